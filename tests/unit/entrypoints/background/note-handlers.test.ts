import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportAnnotations } from '@/core/notes/web-annotation';
import { answerNoteMessage } from '@/entrypoints/background/note-handlers';
import { NoteStore } from '@/entrypoints/background/note-store';
import { entityNote, passageNote } from '../../core/notes/fixtures';

let databases = 0;
function freshStore(): NoteStore {
  databases += 1;
  return new NoteStore({ name: `kontext-handlers-${databases}` });
}

const draft = { text: 'x', tags: [], target: { type: 'entity', kind: 'expert', entityId: 'jane-doe' } };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('answerNoteMessage', () => {
  it('saves, lists, deletes and restores through messages', async () => {
    const store = freshStore();
    const saved = await answerNoteMessage(store, { type: 'notes:save', note: draft });
    if (!saved.ok || !('note' in saved)) throw new Error('save failed');
    expect(await answerNoteMessage(store, { type: 'notes:list', filter: { entityId: 'jane-doe' } })).toEqual({
      ok: true,
      notes: [saved.note],
    });
    const deleted = await answerNoteMessage(store, { type: 'notes:delete', id: saved.note.id });
    expect(deleted).toEqual({ ok: true, deleted: saved.note });
    expect(await answerNoteMessage(store, { type: 'notes:get', id: saved.note.id })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    await answerNoteMessage(store, { type: 'notes:restore', note: saved.note });
    expect(await answerNoteMessage(store, { type: 'notes:get', id: saved.note.id })).toEqual({
      ok: true,
      note: saved.note,
    });
  });

  it('answers a malformed message with an invalid error and writes nothing', async () => {
    const store = freshStore();
    const reply = await answerNoteMessage(store, { type: 'notes:save', note: { ...draft, text: 42 } });
    expect(reply).toMatchObject({ ok: false, code: 'invalid' });
    expect(await store.list()).toEqual([]);
  });

  it('reports a full disk as a quota error instead of throwing', async () => {
    const store = freshStore();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(await answerNoteMessage(store, { type: 'notes:save', note: draft })).toMatchObject({
      ok: false,
      code: 'quota',
      error: expect.stringMatching(/nothing was saved/),
    });
  });

  it('exports everything and imports it into a fresh profile as identical notes', async () => {
    const source = freshStore();
    await source.importAll([passageNote(), entityNote()]);
    const exported = await answerNoteMessage(source, { type: 'notes:export' });
    if (!exported.ok || !('json' in exported)) throw new Error('export failed');
    expect(exported.count).toBe(2);

    const fresh = freshStore();
    expect(await answerNoteMessage(fresh, { type: 'notes:import', json: exported.json })).toEqual({
      ok: true,
      report: { imported: [passageNote().id, entityNote().id], skipped: [], rejected: [] },
    });
    expect(await fresh.list()).toEqual(await source.list());
  });

  it('exports only the listed notes when asked', async () => {
    const store = freshStore();
    await store.importAll([passageNote(), entityNote()]);
    const reply = await answerNoteMessage(store, { type: 'notes:export', ids: [entityNote().id] });
    if (!reply.ok || !('json' in reply)) throw new Error('export failed');
    expect(reply.count).toBe(1);
    expect(JSON.parse(reply.json).first.items.map((item: { id: string }) => item.id)).toEqual([
      `urn:uuid:${entityNote().id}`,
    ]);
  });

  it('imports the valid items of a hostile file, reports the rest, and never runs the text', async () => {
    const store = freshStore();
    const file = JSON.parse(exportAnnotations([passageNote()], new Date()));
    file.first.items.push({ ...file.first.items[0], id: 'urn:uuid:1', target: 'javascript:alert(1)' });
    const reply = await answerNoteMessage(store, { type: 'notes:import', json: JSON.stringify(file) });
    expect(reply).toMatchObject({
      ok: true,
      report: { imported: [passageNote().id], rejected: [{ index: 1 }] },
    });
    expect((await store.get(passageNote().id))?.text).toBe('<script>alert(1)</script> & "quotes" stay text');
  });

  it('records from the content script that a passage was not found, for the orphans list', async () => {
    const store = freshStore();
    await store.importAll([passageNote()]);
    const reply = await answerNoteMessage(store, {
      type: 'notes:anchored',
      id: passageNote().id,
      found: false,
    });
    expect(reply).toMatchObject({ ok: true, note: { id: passageNote().id, orphanedAt: expect.any(String) } });
    expect(
      await answerNoteMessage(store, { type: 'notes:anchored', id: entityNote().id, found: true }),
    ).toMatchObject({
      ok: false,
      code: 'not-found',
    });
  });

  it('refuses a 61 MB file unread and keeps the stored notes', async () => {
    const store = freshStore();
    await store.importAll([entityNote()]);
    const reply = await answerNoteMessage(store, {
      type: 'notes:import',
      json: ' '.repeat(61 * 1024 * 1024),
    });
    expect(reply).toMatchObject({
      ok: false,
      code: 'invalid',
      error: expect.stringMatching(/larger than 60 MB/),
    });
    expect(await store.list()).toEqual([entityNote()]);
  });

  it('refuses a file that is not an export, leaving the stored notes alone', async () => {
    const store = freshStore();
    await store.importAll([entityNote()]);
    const reply = await answerNoteMessage(store, { type: 'notes:import', json: '{"not":"annotations"}' });
    expect(reply).toMatchObject({ ok: false, code: 'invalid' });
    expect(await store.list()).toEqual([entityNote()]);
  });
});
