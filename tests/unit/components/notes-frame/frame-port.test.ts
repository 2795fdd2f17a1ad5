import { describe, expect, it } from 'vitest';
import { closeOnEscape, createFramePort } from '@/components/notes-frame/frame-port';
import type { NotesFrameEvent } from '@/core/notes/notes-frame-protocol';

const NONCE = '2b7e1516-28ae-4d2a-abf7-158809cf4f3c';

/** A port that records what is posted to it. */
function recordingPort() {
  const got: unknown[] = [];
  return { got, port: { postMessage: (m: unknown) => got.push(m) } as unknown as MessagePort };
}

describe('the note frame’s port', () => {
  it('takes the first port offered with its nonce, and sends what waited for it', () => {
    const framePort = createFramePort(NONCE);
    framePort.post({ type: 'height', px: 120 });
    const kontext = recordingPort();
    expect(framePort.offer({ data: { kontextNotesFrame: NONCE }, ports: [kontext.port] })).toBe(true);
    framePort.post({ type: 'close' });
    expect(kontext.got).toEqual([{ type: 'height', px: 120 }, { type: 'close' }]);
  });

  it('ignores a page’s offers: a wrong or missing nonce, no port, or any offer once it has one', () => {
    const framePort = createFramePort(NONCE);
    const page = recordingPort();
    expect(framePort.offer({ data: { kontextNotesFrame: crypto.randomUUID() }, ports: [page.port] })).toBe(
      false,
    );
    expect(framePort.offer({ data: {}, ports: [page.port] })).toBe(false);
    expect(framePort.offer({ data: { kontextNotesFrame: NONCE }, ports: [] })).toBe(false);
    const kontext = recordingPort();
    expect(framePort.offer({ data: { kontextNotesFrame: NONCE }, ports: [kontext.port] })).toBe(true);
    // Even with the nonce (say, replayed), a later offer does not take over.
    expect(framePort.offer({ data: { kontextNotesFrame: NONCE }, ports: [page.port] })).toBe(false);
    framePort.post({ type: 'saved', noteId: '44444444-4444-4444-8444-444444444444' });
    expect(page.got).toEqual([]);
    expect(kontext.got).toHaveLength(1);
  });
});

describe('Escape in the note frame', () => {
  it('asks to close once the key is released, and only for Escape', () => {
    const target = new EventTarget();
    const posted: NotesFrameEvent[] = [];
    closeOnEscape(target, (event) => posted.push(event));
    const key = (type: string, key: string) => Object.assign(new Event(type), { key });
    target.dispatchEvent(key('keydown', 'Escape'));
    expect(posted).toEqual([]);
    target.dispatchEvent(key('keyup', 'a'));
    expect(posted).toEqual([]);
    target.dispatchEvent(key('keyup', 'Escape'));
    expect(posted).toEqual([{ type: 'close' }]);
  });
});
