import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ImportPortMessage } from '@/core/notes/messages';
import { exportAnnotations } from '@/core/notes/web-annotation';
import { answerImportPort, type ImportPort } from '@/entrypoints/background/import-port';
import { NoteStore } from '@/entrypoints/background/note-store';
import { entityNote } from '../../core/notes/fixtures';

const ORIGIN = 'chrome-extension://kontext-id/';
let databases = 0;

/** A port as the background sees it; `send` plays the page's side. */
function fakePort(senderUrl: string, tabUrl?: string) {
  const posted: ImportPortMessage[] = [];
  const listeners = new Set<(message: unknown) => void>();
  let disconnected = false;
  const port: ImportPort = {
    sender: { url: senderUrl, ...(tabUrl && { tab: { url: tabUrl } }) },
    postMessage: (message) => posted.push(message),
    disconnect: () => {
      disconnected = true;
    },
    onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    onDisconnect: { addListener: () => undefined },
  };
  return {
    port,
    posted,
    send: (message: unknown) => listeners.forEach((listener) => listener(message)),
    isDisconnected: () => disconnected,
  };
}

function notes(count: number) {
  return Array.from({ length: count }, (_, n) => entityNote({ id: crypto.randomUUID(), text: `note ${n}` }));
}

describe('answerImportPort', () => {
  it('reports reading, then writing, then the import report, and stores every note', async () => {
    const store = new NoteStore({ name: `kontext-port-${(databases += 1)}` });
    const page = fakePort(`${ORIGIN}notes.html`, `${ORIGIN}notes.html`);
    answerImportPort(store, page.port, ORIGIN);
    page.send({ type: 'notes:import', json: exportAnnotations(notes(2_500), new Date()) });
    await expect.poll(() => page.posted.at(-1)?.type).toBe('done');

    const phases = page.posted.flatMap((message) => (message.type === 'progress' ? [message.phase] : []));
    expect(phases[0]).toBe('reading');
    expect(phases.at(-1)).toBe('writing');
    expect(phases.lastIndexOf('reading')).toBeLessThan(phases.indexOf('writing'));
    expect(page.posted).toContainEqual({ type: 'progress', phase: 'reading', done: 2_500, total: 2_500 });
    expect(page.posted).toContainEqual({ type: 'progress', phase: 'writing', done: 2_500, total: 2_500 });
    const done = page.posted.at(-1);
    expect(done?.type === 'done' && done.response.ok && done.response.report.imported.length).toBe(2_500);
    expect(await store.list()).toHaveLength(2_500);
  });

  it('shuts a port opened from a web page, or from Kontext’s editor framed in one, without reading it', async () => {
    const store = new NoteStore({ name: `kontext-port-${(databases += 1)}` });
    for (const page of [
      fakePort('https://www.spiegel.de/a.html', 'https://www.spiegel.de/a.html'),
      fakePort(`${ORIGIN}notes-frame.html`, 'https://www.spiegel.de/a.html'),
    ]) {
      answerImportPort(store, page.port, ORIGIN);
      page.send({ type: 'notes:import', json: exportAnnotations(notes(3), new Date()) });
      expect(page.isDisconnected()).toBe(true);
      expect(page.posted).toEqual([]);
    }
    expect(await store.list()).toEqual([]);
  });

  it('answers a malformed request with an error and writes nothing', async () => {
    const store = new NoteStore({ name: `kontext-port-${(databases += 1)}` });
    const page = fakePort(`${ORIGIN}notes.html`);
    answerImportPort(store, page.port, ORIGIN);
    page.send({ type: 'notes:import', json: 42 });
    await expect.poll(() => page.posted.at(-1)?.type).toBe('done');
    expect(page.posted.at(-1)).toMatchObject({ type: 'done', response: { ok: false, code: 'invalid' } });
    expect(await store.list()).toEqual([]);
  });
});
