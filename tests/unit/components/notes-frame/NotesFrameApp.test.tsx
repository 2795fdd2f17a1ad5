// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NotesFrameApp } from '@/components/notes-frame/NotesFrameApp';
import { loadDraft, type NoteDraft } from '@/components/popover/note-draft';
import { formIn } from '../form-in';
import type { NoteResponse } from '@/core/notes/messages';
import type { NotesFrameEvent, NotesFrameParams } from '@/core/notes/notes-frame-protocol';
import { entityNote, passageNote, passageTarget } from '../../core/notes/fixtures';
import { mountPoint } from '../mount-point';

const container = mountPoint();

const nonce = '2b7e1516-28ae-4d2a-abf7-158809cf4f3c';
const passage: NotesFrameParams = { nonce, lang: 'en', target: passageTarget() };
const entity: NotesFrameParams = {
  nonce,
  lang: 'de',
  target: {
    type: 'entity',
    kind: 'expert',
    entityId: 'jane-doe',
    url: 'https://news.example/a',
    pageTitle: 'A',
  },
};

async function show(
  params: NotesFrameParams,
  answer: (message: { type: string }) => NoteResponse | undefined,
  draft?: NoteDraft,
) {
  const sent: { type: string; note?: { text: string; target: unknown } }[] = [];
  const posted: NotesFrameEvent[] = [];
  const send = vi.fn(async (message: unknown) => {
    sent.push(message as (typeof sent)[number]);
    return answer(message as { type: string });
  });
  await act(async () => {
    render(
      <NotesFrameApp params={params} send={send} post={(e) => posted.push(e)} draft={draft} />,
      container(),
    );
  });
  return { sent, posted };
}

const form = () => formIn(container());
const button = (label: string) => form().button(label);
const type = (text: string) => form().type(text);
const submit = () => form().submit();

describe('the note frame on a passage', () => {
  it('saves the note under the passage and tells the page script its id', async () => {
    const stored = passageNote({ id: '44444444-4444-4444-8444-444444444444' });
    const { sent, posted } = await show(passage, () => ({ ok: true, note: stored }));
    expect(container().querySelector('label')?.textContent).toBe('Your note on this passage');
    await type('  How many exactly?  ');
    await submit();
    expect(sent).toEqual([
      { type: 'notes:save', note: { text: 'How many exactly?', tags: [], target: passageTarget() } },
    ]);
    await vi.waitFor(() => expect(posted).toEqual([{ type: 'saved', noteId: stored.id }]));
  });

  it('keeps the text and shows why when the store refuses or cannot be reached', async () => {
    let answer: NoteResponse | undefined = {
      ok: false,
      code: 'quota',
      error: 'The browser has no room left.',
    };
    const { posted } = await show(passage, () => answer);
    await type('Keep me');
    await submit();
    await vi.waitFor(() =>
      // In the reader's language, not the background's English.
      expect(container().querySelector('[role="alert"]')?.textContent).toMatch(
        /^Your browser has no room left for Kontext notes, so nothing was saved\. Your text is still here/,
      ),
    );
    expect(container().querySelector('textarea')!.value).toBe('Keep me');
    answer = undefined;
    await submit();
    await vi.waitFor(() =>
      expect(container().querySelector('[role="alert"]')?.textContent).toMatch(
        /could not reach its note store/,
      ),
    );
    expect(container().querySelector('textarea')!.value).toBe('Keep me');
    expect(posted).toEqual([]);
  });

  it('saves nothing empty, and Cancel asks to close', async () => {
    const { sent, posted } = await show(passage, () => undefined);
    await type('   ');
    await submit();
    expect(sent).toEqual([]);
    expect(container().querySelector('[role="alert"]')?.textContent).toBe('Please write something first.');
    await act(async () => button('Cancel').click());
    expect(posted).toEqual([{ type: 'close' }]);
  });
});

describe('the note frame on an expert or claim', () => {
  it('lists the reader’s notes on it and saves a new one under it, in the card’s language', async () => {
    const { sent } = await show(entity, (message) =>
      message.type === 'notes:list' ? { ok: true, notes: [entityNote()] } : { ok: true, note: entityNote() },
    );
    await vi.waitFor(() =>
      expect(container().textContent).toContain('Check her earlier statement on the treaty.'),
    );
    expect(container().textContent).toContain('Ihre Notizen');
    expect(sent[0]).toEqual({ type: 'notes:list', filter: { entityId: 'jane-doe' } });
    await act(async () => button('Notiz hinzufügen').click());
    await type('Neue Notiz');
    await submit();
    expect(sent.find((m) => m.type === 'notes:save')?.note).toEqual({
      text: 'Neue Notiz',
      tags: [],
      target: entity.target,
    });
  });
});

describe('an unsaved note in the frame', () => {
  /** A card that closed and opened again: the frame is made anew, with the same storage. */
  const reopen = async (params: NotesFrameParams, answer: () => NoteResponse | undefined) => {
    await act(async () => render(null, container()));
    return show(params, answer, await loadDraft(fakeBrowser.storage.session, params.target));
  };
  const textarea = () => container().querySelector('textarea');
  const noNotes = (): NoteResponse => ({ ok: true, notes: [] });
  beforeEach(() => fakeBrowser.reset());

  it('comes back when the card is opened again on the same expert, and the card hears it is held', async () => {
    const first = await show(entity, noNotes, await loadDraft(fakeBrowser.storage.session, entity.target));
    // "Add note" appears once the reader's notes are in, so it does not move under the pointer.
    await vi.waitFor(() => expect(button('Notiz hinzufügen')).toBeDefined());
    await act(async () => button('Notiz hinzufügen').click());
    await type('Half a thought');
    expect(first.posted).toEqual([{ type: 'draft', held: true }]);
    const second = await reopen(entity, noNotes);
    expect(textarea()?.value).toBe('Half a thought');
    expect(second.posted).toEqual([{ type: 'draft', held: true }]);
    // Another expert's editor does not get it.
    await reopen(
      {
        ...entity,
        target: {
          type: 'entity',
          kind: 'expert',
          entityId: 'john-doe',
          url: 'https://news.example/a',
          pageTitle: 'A',
        },
      },
      noNotes,
    );
    expect(textarea()).toBeNull();
  });

  it('is gone once saved', async () => {
    const stored = passageNote({ id: '55555555-5555-4555-8555-555555555555' });
    const { posted } = await show(
      passage,
      () => ({ ok: true, note: stored }),
      await loadDraft(fakeBrowser.storage.session, passage.target),
    );
    await type('Saved soon');
    await submit();
    await vi.waitFor(() => expect(posted).toContainEqual({ type: 'saved', noteId: stored.id }));
    expect(posted).toContainEqual({ type: 'draft', held: false });
    await reopen(passage, () => undefined);
    expect(textarea()?.value).toBe('');
  });

  it('is gone once discarded with Cancel', async () => {
    const { posted } = await show(
      passage,
      () => undefined,
      await loadDraft(fakeBrowser.storage.session, passage.target),
    );
    await type('Never mind');
    await act(async () => button('Cancel').click());
    // The card closes when the frame says so; the next one opens after that.
    await vi.waitFor(() => expect(posted).toContainEqual({ type: 'close' }));
    await reopen(passage, () => undefined);
    expect(textarea()?.value).toBe('');
  });
});
