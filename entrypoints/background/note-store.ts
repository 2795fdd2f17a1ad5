/**
 * The reader's notes in the extension's own IndexedDB (never a web page's origin), owned by the
 * background. The connection opens on first use and again after the service worker was stopped, so
 * nothing that matters lives only in memory.
 *
 * Layouts:
 * - v1: store `notes` (keyPath `id`) of flat records (core/notes/migrate-note-v1.ts), indexes
 *   `by-entity` on `entityId` and `by-url` on `url`.
 * - v2: the same store of notes as core/notes/note.ts defines them, indexes `by-entity`
 *   (`target.entityId`), `by-url` (`target.url`, cleaned), `by-canonical-url` and `by-updated`; plus
 *   `notes-unmigrated`, where v1 records that could not be read are kept instead of being dropped.
 */
import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPObjectStore,
  type IDBPTransaction,
  type StoreNames,
} from 'idb';
import type { ImportProgress, NoteFilter, PageCursor } from '@/core/notes/messages';
import { migrateNoteV1 } from '@/core/notes/migrate-note-v1';
import { cleanTarget, compareNewestFirst, urlVariants, type Note, type NoteDraft } from '@/core/notes/note';

export const NOTES_DB_NAME = 'kontext';
export const NOTES_DB_VERSION = 2;

interface NotesDB extends DBSchema {
  notes: {
    key: string;
    value: Note;
    indexes: { 'by-entity': string; 'by-url': string; 'by-canonical-url': string; 'by-updated': string };
  };
  'notes-unmigrated': { key: number; value: { record: unknown; reason: string } };
}

type Notes = IDBPDatabase<NotesDB>;
type WriteTransaction = IDBPTransaction<NotesDB, ['notes'], 'readwrite'>;

export type NoteStoreErrorCode = 'quota' | 'not-found' | 'internal';

export class NoteStoreError extends Error {
  constructor(
    readonly code: NoteStoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'NoteStoreError';
  }
}

export const NOTE_GONE_MESSAGE = 'This note no longer exists; it may have been deleted in another tab.';
export const NOTE_DELETED_MESSAGE =
  'This note was deleted in another tab, so the edit was not saved. Your text is still in the editor.';
const QUOTA_MESSAGE =
  'Your browser has no room left for Kontext notes, so nothing was saved. Your text is still in the editor; ' +
  'free some disk space or delete old notes, then try again.';
const ABORT_MESSAGE =
  'The browser stopped the write before it finished, so nothing was saved. Your text is still in the editor; ' +
  'please try again.';

export interface NoteStoreOptions {
  /** Tests give each store its own database. */
  name?: string;
  now?: () => Date;
  newId?: () => string;
}

export class NoteStore {
  private connection: Promise<Notes> | undefined;
  private readonly name: string;
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(options: NoteStoreOptions = {}) {
    this.name = options.name ?? NOTES_DB_NAME;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? (() => crypto.randomUUID());
  }

  /** Newest first. A URL filter matches a note's page URL or its canonical URL, both cleaned. */
  async list(filter: NoteFilter = {}): Promise<Note[]> {
    const db = await this.open();
    let notes: Note[];
    if (filter.url !== undefined) {
      // Stored URLs keep the host the reader saw; the same article under `www.` or without must match.
      const urls = urlVariants(filter.url);
      const found = await Promise.all(
        urls.flatMap((url) => [
          db.getAllFromIndex('notes', 'by-url', url),
          db.getAllFromIndex('notes', 'by-canonical-url', url),
        ]),
      );
      notes = [...new Map(found.flat().map((note) => [note.id, note])).values()];
    } else if (filter.entityId !== undefined) {
      notes = await db.getAllFromIndex('notes', 'by-entity', filter.entityId);
    } else {
      return (await db.getAllFromIndex('notes', 'by-updated')).reverse();
    }
    if (filter.entityId !== undefined) {
      notes = notes.filter(
        (note) => note.target.type === 'entity' && note.target.entityId === filter.entityId,
      );
    }
    return notes.sort(compareNewestFirst);
  }

  async get(id: string): Promise<Note | undefined> {
    return (await this.open()).get('notes', id);
  }

  /**
   * Saves a new note (a draft) or replaces the stored one with the same id, keeping its creation time.
   * A full note whose id is no longer stored is refused (`not-found`), not re-created.
   */
  async put(input: Note | NoteDraft): Promise<Note> {
    const now = this.now().toISOString();
    return this.write(async (tx) => {
      const store = tx.objectStore('notes');
      const existing = 'id' in input ? await store.get(input.id) : undefined;
      // An edit of a note deleted meanwhile (in another tab) must not bring it back; restore is explicit.
      if ('id' in input && existing === undefined)
        throw new NoteStoreError('not-found', NOTE_DELETED_MESSAGE);
      const note: Note = {
        id: 'id' in input ? input.id : this.newId(),
        createdAt: existing?.createdAt ?? ('createdAt' in input ? input.createdAt : now),
        updatedAt: now,
        text: input.text,
        tags: input.tags,
        target: cleanTarget(input.target),
      };
      // Editing the text does not re-anchor the passage: whether it was found stays as it was.
      if (existing?.orphanedAt !== undefined) note.orphanedAt = existing.orphanedAt;
      await store.put(note);
      return note;
    });
  }

  /** Removes the note and returns it, so the caller can offer undo (restore). */
  async delete(id: string): Promise<Note> {
    return this.write(async (tx) => {
      const store = tx.objectStore('notes');
      const note = await store.get(id);
      if (!note) throw new NoteStoreError('not-found', NOTE_GONE_MESSAGE);
      await store.delete(id);
      return note;
    });
  }

  /** Records whether a passage note was found on its page; its text and update time stay as they are. */
  async markAnchored(id: string, found: boolean): Promise<Note> {
    const now = this.now().toISOString();
    return this.write(async (tx) => {
      const store = tx.objectStore('notes');
      const note = await store.get(id);
      if (!note) throw new NoteStoreError('not-found', NOTE_GONE_MESSAGE);
      const { orphanedAt, ...rest } = note;
      const marked: Note = found ? rest : { ...rest, orphanedAt: orphanedAt ?? now };
      await store.put(marked);
      return marked;
    });
  }

  /** Puts a deleted note back exactly as it was, timestamps included. */
  async restore(note: Note): Promise<Note> {
    const restored: Note = { ...note, target: cleanTarget(note.target) };
    await this.write((tx) => tx.objectStore('notes').put(restored));
    return restored;
  }

  /**
   * Adds the notes in ONE transaction: all are written or, if the transaction fails, none.
   * A note whose id is already stored (or repeated in the batch) is skipped, never overwritten.
   * The stored ids are read in one request and the writes are queued without waiting for each other:
   * awaiting every note in turn made 10,000 notes take about 20 s. `onProgress` hears how many of the
   * new notes the database has written so far.
   */
  async importAll(
    notes: Note[],
    onProgress?: ImportProgress,
  ): Promise<{ imported: string[]; skipped: string[] }> {
    return this.write(async (tx) => {
      const store = tx.objectStore('notes');
      const seen = new Set<string>(await store.getAllKeys());
      const imported: Note[] = [];
      const skipped: string[] = [];
      for (const note of notes) {
        if (seen.has(note.id)) {
          skipped.push(note.id);
          continue;
        }
        seen.add(note.id);
        imported.push({ ...note, target: cleanTarget(note.target) });
      }
      let written = 0;
      const step = progressStep(imported.length);
      const writes: Promise<void>[] = [];
      try {
        for (const note of imported)
          writes.push(
            store.add(note).then(() => {
              written += 1;
              if (written % step === 0 || written === imported.length) onProgress?.(written, imported.length);
            }),
          );
      } catch (error) {
        // The transaction is aborted below; the writes already queued fail with it, which says nothing new.
        for (const queued of writes) queued.catch(() => undefined);
        throw error;
      }
      await Promise.all(writes);
      return { imported: imported.map((note) => note.id), skipped };
    });
  }

  /**
   * One page of all notes, newest first, starting after `after` (the last note of the previous page).
   * The notes page shows the first page while the rest is still coming, so a large collection does not
   * keep the reader waiting for everything.
   */
  async listPage(
    limit: number,
    after?: PageCursor,
  ): Promise<{ notes: Note[]; next?: PageCursor; total: number }> {
    const db = await this.open();
    const tx = db.transaction('notes');
    const total = await tx.store.count();
    const range = after === undefined ? undefined : IDBKeyRange.upperBound(after.updatedAt);
    let cursor = await tx.store.index('by-updated').openCursor(range, 'prev');
    // Notes updated at the same instant come in falling id order; skip those the last page already had.
    while (cursor && after !== undefined && cursor.key === after.updatedAt && cursor.primaryKey >= after.id)
      cursor = await cursor.continue();
    const notes: Note[] = [];
    while (cursor && notes.length < limit) {
      notes.push(cursor.value);
      cursor = await cursor.continue();
    }
    const last = notes.at(-1);
    return cursor && last
      ? { notes, next: { updatedAt: last.updatedAt, id: last.id }, total }
      : { notes, total };
  }

  /** The notes for an export file: all, those matching the filter, or exactly the listed ids; newest first. */
  async exportAll(selection: { filter?: NoteFilter; ids?: string[] } = {}): Promise<Note[]> {
    const notes = await this.list(selection.filter);
    if (!selection.ids) return notes;
    const wanted = new Set(selection.ids);
    return notes.filter((note) => wanted.has(note.id));
  }

  /** Lets go of the connection; the next call opens it again, as after a service worker restart. */
  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = undefined;
    (await connection?.catch(() => undefined))?.close();
  }

  private open(): Promise<Notes> {
    this.connection ??= openDB<NotesDB>(this.name, NOTES_DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db, oldVersion, tx),
      // Another context (a newer extension version) needs to upgrade: step aside and reopen later.
      blocking: () => void this.close(),
      // The browser closed the connection (storage cleared, worker shutting down): reopen on next use.
      terminated: () => {
        this.connection = undefined;
      },
    });
    const connection = this.connection;
    connection.catch(() => {
      if (this.connection === connection) this.connection = undefined;
    });
    return connection;
  }

  /** Runs one read-write transaction; on any failure it is aborted, so nothing is half-written. */
  private async write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    let tx: WriteTransaction;
    try {
      tx = (await this.open()).transaction('notes', 'readwrite');
    } catch (error) {
      throw toStoreError(error);
    }
    const done = tx.done;
    // The failure is reported through `work` or below; this only keeps it from being reported twice.
    done.catch(() => undefined);
    try {
      const result = await work(tx);
      await done;
      return result;
    } catch (error) {
      abortQuietly(tx);
      throw toStoreError(error);
    }
  }
}

/** Reports about every 2 % of a large import, so thousands of notes do not mean thousands of messages. */
function progressStep(total: number): number {
  return Math.max(1, Math.ceil(total / 50));
}

function abortQuietly(tx: WriteTransaction | UpgradeTransaction): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted by the browser: either way nothing more will be written.
  }
}

function toStoreError(error: unknown): NoteStoreError {
  if (error instanceof NoteStoreError) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return new NoteStoreError('quota', QUOTA_MESSAGE);
  if (name === 'AbortError') return new NoteStoreError('quota', ABORT_MESSAGE);
  const detail = error instanceof Error ? error.message : String(error);
  return new NoteStoreError('internal', `The note store failed: ${detail}`);
}

type UpgradeTransaction = IDBPTransaction<NotesDB, StoreNames<NotesDB>[], 'versionchange'>;

function upgrade(db: Notes, oldVersion: number, tx: UpgradeTransaction): void {
  if (oldVersion < 1) {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    createV2Indexes(notes);
    db.createObjectStore('notes-unmigrated', { autoIncrement: true });
    return;
  }
  if (oldVersion < 2) {
    // A failed migration must leave the v1 data as it was, not half rewritten: abort the upgrade.
    // openDB then rejects, which is how the caller learns of it; tx.done would only repeat that.
    tx.done.catch(() => undefined);
    migrateFromV1(db, tx).catch(() => abortQuietly(tx));
  }
}

type NotesObjectStore = IDBPObjectStore<NotesDB, ArrayLike<StoreNames<NotesDB>>, 'notes', 'versionchange'>;

function createV2Indexes(notes: NotesObjectStore): void {
  notes.createIndex('by-entity', 'target.entityId');
  notes.createIndex('by-url', 'target.url');
  notes.createIndex('by-canonical-url', 'target.canonicalUrl');
  notes.createIndex('by-updated', 'updatedAt');
}

/** Rewrites every v1 record inside the upgrade transaction; if any step fails, the database stays at v1. */
async function migrateFromV1(db: Notes, tx: UpgradeTransaction): Promise<void> {
  const notes = tx.objectStore('notes');
  // The v1 indexes point at top-level fields that v2 records no longer have.
  for (const name of [...notes.indexNames]) notes.deleteIndex(name);
  createV2Indexes(notes);
  const unmigrated = db.createObjectStore('notes-unmigrated', { autoIncrement: true });

  let cursor = await notes.openCursor();
  while (cursor) {
    const migrated = migrateNoteV1(cursor.value);
    if (migrated.ok) {
      await cursor.update(migrated.note);
    } else {
      await unmigrated.add({ record: cursor.value, reason: migrated.reason });
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
}
