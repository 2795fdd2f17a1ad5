import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NoteRecordV1 } from '@/core/notes/migrate-note-v1';
import type { NoteDraft } from '@/core/notes/note';
import { NoteStore, NoteStoreError } from '@/entrypoints/background/note-store';
import { entityNote, passageNote, passageTarget } from '../../core/notes/fixtures';

let databases = 0;
/** Each test gets its own database in the shared fake IndexedDB. */
function freshName(): string {
  databases += 1;
  return `kontext-test-${databases}`;
}

function clock(...isoTimes: string[]): () => Date {
  let i = 0;
  return () => new Date(isoTimes[Math.min(i++, isoTimes.length - 1)] as string);
}

const draft: NoteDraft = {
  text: 'first thought',
  tags: ['t'],
  target: { type: 'entity', kind: 'claim', entityId: 'some-claim' },
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('NoteStore CRUD', () => {
  it('gives a draft an id and timestamps and reads it back', async () => {
    const store = new NoteStore({ name: freshName(), now: clock('2026-11-23T07:00:00.000Z') });
    const saved = await store.put(draft);
    expect(saved).toMatchObject({
      ...draft,
      createdAt: '2026-11-23T07:00:00.000Z',
      updatedAt: '2026-11-23T07:00:00.000Z',
    });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await store.get(saved.id)).toEqual(saved);
  });

  it('updates a note in place: same id and creation time, new update time', async () => {
    const store = new NoteStore({
      name: freshName(),
      now: clock('2026-11-23T07:00:00.000Z', '2026-11-23T08:00:00.000Z'),
    });
    const saved = await store.put(draft);
    const edited = await store.put({
      ...saved,
      text: 'second thought',
      createdAt: '2000-01-01T00:00:00.000Z',
    });
    expect(edited).toMatchObject({
      id: saved.id,
      createdAt: saved.createdAt,
      updatedAt: '2026-11-23T08:00:00.000Z',
    });
    expect(await store.list()).toEqual([edited]);
  });

  it('stores page URLs without tracking parameters and finds notes by page or canonical URL', async () => {
    const store = new NoteStore({ name: freshName() });
    const onPage = await store.put({
      text: 'a',
      tags: [],
      target: passageTarget({
        url: 'https://news.example/a?utm_source=x#p3',
        canonicalUrl: 'https://news.example/c',
      }),
    });
    expect(onPage.target).toMatchObject({ url: 'https://news.example/a' });
    await store.put(draft);
    expect(await store.list({ url: 'https://news.example/a?fbclid=1' })).toEqual([onPage]);
    expect(await store.list({ url: 'https://news.example/c' })).toEqual([onPage]);
    expect(await store.list({ entityId: 'some-claim' })).toHaveLength(1);
  });

  it('lists newest first', async () => {
    const store = new NoteStore({
      name: freshName(),
      now: clock('2026-11-23T07:00:00.000Z', '2026-11-23T09:00:00.000Z', '2026-11-23T08:00:00.000Z'),
    });
    for (const text of ['old', 'newest', 'middle']) await store.put({ ...draft, text });
    expect((await store.list()).map((note) => note.text)).toEqual(['newest', 'middle', 'old']);
    expect((await store.list({ entityId: 'some-claim' })).map((note) => note.text)).toEqual([
      'newest',
      'middle',
      'old',
    ]);
  });

  it('deletes a note, returns it for undo, and restores it unchanged', async () => {
    const store = new NoteStore({ name: freshName() });
    const saved = await store.put(draft);
    const deleted = await store.delete(saved.id);
    expect(deleted).toEqual(saved);
    expect(await store.get(saved.id)).toBeUndefined();
    await store.restore(deleted);
    expect(await store.get(saved.id)).toEqual(saved);
  });

  it('refuses an edit of a note deleted meanwhile instead of bringing it back', async () => {
    const store = new NoteStore({ name: freshName() });
    const saved = await store.put(draft);
    await store.delete(saved.id);
    const failure = await store
      .put({ ...saved, text: 'edited in the other tab' })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NoteStoreError);
    expect(failure).toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/deleted in another tab/),
    });
    expect(await store.get(saved.id)).toBeUndefined();
    expect(await store.list()).toEqual([]);
  });

  it('says a note is gone when it was already deleted', async () => {
    const store = new NoteStore({ name: freshName() });
    await expect(store.delete(entityNote().id)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('NoteStore lookup by page', () => {
  it('finds a note written on www.host/a on host/a and on /a with tracking parameters, not on /a?page=1', async () => {
    const store = new NoteStore({ name: freshName() });
    const onWww = await store.put({
      text: 'p',
      tags: [],
      target: passageTarget({ url: 'https://www.spiegel.de/a?utm_source=feed', canonicalUrl: undefined }),
    });
    expect(onWww.target.url).toBe('https://www.spiegel.de/a');
    const ids = async (url: string) => (await store.list({ url })).map((note) => note.id);
    expect(await ids('https://spiegel.de/a')).toEqual([onWww.id]);
    expect(await ids('https://spiegel.de/a?utm_source=x')).toEqual([onWww.id]);
    expect(await ids('https://www.spiegel.de/a#frag')).toEqual([onWww.id]);
    expect(await ids('https://spiegel.de/a?page=1')).toEqual([]);
  });
});

describe('NoteStore orphaned passages', () => {
  it('marks a passage note orphaned since the first miss, keeps that through edits, and clears it when found', async () => {
    const store = new NoteStore({
      name: freshName(),
      now: clock(
        '2026-11-23T07:00:00.000Z',
        '2026-11-23T08:00:00.000Z',
        '2026-11-23T09:00:00.000Z',
        '2026-11-23T10:00:00.000Z',
      ),
    });
    const saved = await store.put({ text: 'p', tags: [], target: passageTarget() });
    const missed = await store.markAnchored(saved.id, false);
    expect(missed).toEqual({ ...saved, orphanedAt: '2026-11-23T08:00:00.000Z' });
    await store.markAnchored(saved.id, false);
    const edited = await store.put({ ...missed, text: 'edited' });
    expect(edited.orphanedAt).toBe('2026-11-23T08:00:00.000Z');
    const found = await store.markAnchored(saved.id, true);
    expect(found.orphanedAt).toBeUndefined();
    expect(await store.get(saved.id)).toEqual(found);
  });
});

describe('NoteStore lifetime and concurrency', () => {
  it('reopens after its connection was closed, as after a service worker restart', async () => {
    const name = freshName();
    const store = new NoteStore({ name });
    const saved = await store.put(draft);
    await store.close();
    expect(await store.get(saved.id)).toEqual(saved);
    const afterRestart = new NoteStore({ name });
    expect(await afterRestart.list()).toEqual([saved]);
  });

  it('keeps every note when two tabs write different notes at the same time', async () => {
    const name = freshName();
    const tabA = new NoteStore({ name });
    const tabB = new NoteStore({ name });
    const writes = Array.from({ length: 20 }, (_, i) =>
      (i % 2 === 0 ? tabA : tabB).put({ ...draft, text: `note ${i}` }),
    );
    await Promise.all(writes);
    expect((await tabA.list()).map((note) => note.text).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `note ${i}`).sort(),
    );
  });

  it('lets the last writer win when two tabs edit the same note', async () => {
    const name = freshName();
    const tabA = new NoteStore({ name });
    const tabB = new NoteStore({ name });
    const saved = await tabA.put(draft);
    await Promise.all([tabA.put({ ...saved, text: 'from A' }), tabB.put({ ...saved, text: 'from B' })]);
    const notes = await tabA.list();
    expect(notes).toHaveLength(1);
    expect(['from A', 'from B']).toContain(notes[0]?.text);
    expect(notes[0]?.createdAt).toBe(saved.createdAt);
  });
});

describe('NoteStore.importAll', () => {
  it('adds new notes and skips ids already stored or repeated, without overwriting', async () => {
    const store = new NoteStore({ name: freshName() });
    const stored = await store.put(draft);
    const clash = { ...entityNote(), id: stored.id, text: 'imported copy' };
    const report = await store.importAll([passageNote(), clash, entityNote(), entityNote({ text: 'twice' })]);
    expect(report).toEqual({
      imported: [passageNote().id, entityNote().id],
      skipped: [stored.id, entityNote().id],
    });
    expect(await store.get(stored.id)).toEqual(stored);
    expect(await store.get(entityNote().id)).toEqual(entityNote());
  });

  it('writes nothing when the transaction fails halfway', async () => {
    const store = new NoteStore({ name: freshName() });
    const original = IDBObjectStore.prototype.add;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      calls += 1;
      if (calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });
    const notes = [passageNote(), entityNote(), entityNote({ id: crypto.randomUUID() })];
    await expect(store.importAll(notes)).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await store.list()).toEqual([]);
  });
});

describe('NoteStore paging and progress', () => {
  /** `count` notes, one a minute, plus three changed at the same instant (ties are ordered by id). */
  function manyNotes(count: number) {
    const notes = Array.from({ length: count }, (_, n) =>
      entityNote({
        id: crypto.randomUUID(),
        updatedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
      }),
    );
    const tie = '2026-06-01T00:00:00.000Z';
    return [
      ...notes,
      ...['a', 'b', 'c'].map((l) =>
        entityNote({ id: `${l.repeat(8)}-0000-4000-8000-000000000000`, updatedAt: tie }),
      ),
    ];
  }

  it('pages through every note newest first, each exactly once, the same order as the full listing', async () => {
    const store = new NoteStore({ name: freshName() });
    await store.importAll(manyNotes(250));
    const first = await store.listPage(100);
    expect(first.total).toBe(253);
    expect(first.notes).toHaveLength(100);
    const seen = [...first.notes];
    let next = first.next;
    while (next) {
      const page = await store.listPage(2, next);
      seen.push(...page.notes);
      next = page.next;
    }
    expect(seen.map((note) => note.id)).toEqual((await store.list()).map((note) => note.id));
    expect(seen.slice(0, 3).map((note) => note.id[0])).toEqual(['c', 'b', 'a']);
  });

  it('says there is no next page after the last one', async () => {
    const store = new NoteStore({ name: freshName() });
    await store.importAll(manyNotes(7));
    const all = await store.listPage(10);
    expect(all.total).toBe(10);
    expect(all.notes).toHaveLength(10);
    expect(all.next).toBeUndefined();
    expect(await store.listPage(5)).toMatchObject({
      next: expect.objectContaining({ id: expect.any(String) }),
    });
  });

  it('reports import progress up to every new note, in steps rather than per note', async () => {
    const store = new NoteStore({ name: freshName() });
    const progress: [number, number][] = [];
    const report = await store.importAll(manyNotes(997), (done, total) => progress.push([done, total]));
    expect(report.imported).toHaveLength(1_000);
    expect(progress.at(-1)).toEqual([1_000, 1_000]);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.length).toBeLessThanOrEqual(51);
    expect(progress.every(([done], i) => i === 0 || done > (progress[i - 1] as [number, number])[0])).toBe(
      true,
    );
  });
});

describe('NoteStore quota', () => {
  it('turns a full disk into a clear quota error and keeps the old note intact', async () => {
    const store = new NoteStore({ name: freshName() });
    const saved = await store.put(draft);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = await store.put({ ...saved, text: 'will not fit' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NoteStoreError);
    expect(failure).toMatchObject({
      code: 'quota',
      message: expect.stringMatching(/no room left.*still in the editor/),
    });
    vi.restoreAllMocks();
    expect(await store.get(saved.id)).toEqual(saved);
  });
});

describe('NoteStore migration from v1', () => {
  it('upgrades real v1 records, keeps unreadable ones aside, and indexes the migrated notes', async () => {
    const name = freshName();
    const v1Entity: NoteRecordV1 = {
      id: '0f8c3a52-6f1e-4b8e-9a51-2d9c0c6e7a11',
      created: '2025-01-02T03:04:05.000Z',
      text: 'on an expert',
      kind: 'expert',
      entityId: 'jane-doe',
      url: 'https://news.example/a?utm_medium=social',
    };
    const v1Passage: NoteRecordV1 = {
      id: '5b1d7c9e-2a43-4f60-8c1b-7e3f9a0d4c22',
      created: '2025-02-02T03:04:05.000Z',
      text: 'on a passage',
      kind: 'passage',
      url: 'https://news.example/b',
      pageTitle: 'B',
      quote: { type: 'TextQuoteSelector', exact: 'words', prefix: 'some ', suffix: ' here' },
      position: { type: 'TextPositionSelector', start: 5, end: 10 },
    };
    const broken = { id: 'not-a-uuid', created: 'someday', text: 'keep me', kind: 'expert' };
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        const notes = db.createObjectStore('notes', { keyPath: 'id' });
        notes.createIndex('by-entity', 'entityId');
        notes.createIndex('by-url', 'url');
      },
    });
    for (const record of [v1Entity, v1Passage, broken]) await v1.put('notes', record);
    v1.close();

    const store = new NoteStore({ name });
    const notes = await store.list();
    expect(notes.map((note) => note.id)).toEqual([v1Passage.id, v1Entity.id]);
    expect(await store.get(v1Entity.id)).toEqual({
      id: v1Entity.id,
      createdAt: v1Entity.created,
      updatedAt: v1Entity.created,
      text: 'on an expert',
      tags: [],
      target: { type: 'entity', kind: 'expert', entityId: 'jane-doe', url: 'https://news.example/a' },
    });
    expect(await store.list({ entityId: 'jane-doe' })).toHaveLength(1);
    expect(await store.list({ url: 'https://news.example/b' })).toHaveLength(1);
    await store.close();

    const raw = await openDB(name);
    expect(raw.version).toBe(2);
    expect(await raw.getAll('notes-unmigrated')).toEqual([{ record: broken, reason: expect.any(String) }]);
    raw.close();
  });

  it('leaves v1 data untouched when the migration fails, and migrates on the next open', async () => {
    const name = freshName();
    const records = [0, 1, 2].map((i) => ({
      id: crypto.randomUUID(),
      created: `2025-01-0${i + 1}T00:00:00.000Z`,
      text: `note ${i}`,
      kind: 'claim',
      entityId: 'c',
    }));
    const v1 = await openDB(name, 1, {
      upgrade: (db) => void db.createObjectStore('notes', { keyPath: 'id' }),
    });
    for (const record of records) await v1.put('notes', record);
    v1.close();

    const original = IDBCursor.prototype.update;
    let calls = 0;
    vi.spyOn(IDBCursor.prototype, 'update').mockImplementation(function (this: IDBCursor, value) {
      calls += 1;
      if (calls === 2) throw new Error('disk went away');
      return original.call(this, value);
    });
    const store = new NoteStore({ name });
    await expect(store.list()).rejects.toThrow();
    vi.restoreAllMocks();

    const raw = await openDB(name);
    expect(raw.version).toBe(1);
    expect(await raw.getAll('notes')).toEqual([...records].sort((a, b) => a.id.localeCompare(b.id)));
    raw.close();
    expect(await store.list()).toHaveLength(3);
  });
});
