/**
 * The notes protocol between content scripts, popup, notes page and the background, which owns the
 * database. Every request is validated on receipt: a malformed one gets an `invalid` reply and writes nothing.
 */
import * as v from 'valibot';
import { NoteDraftSchema, NoteSchema, type Note } from './note';
import { MAX_IMPORT_ITEMS, type ImportRejection } from './web-annotation';

const IdSchema = v.pipe(v.string(), v.uuid());
const FilterSchema = v.object({
  entityId: v.optional(v.pipe(v.string(), v.maxLength(100))),
  url: v.optional(v.pipe(v.string(), v.maxLength(2_048))),
});
export type NoteFilter = v.InferOutput<typeof FilterSchema>;

/** What a reader can export from the notes page, they can import again: the same limit as a file's notes. */
const MAX_EXPORT_IDS = MAX_IMPORT_ITEMS;
/** The most notes one page of a listing carries. */
export const MAX_PAGE_SIZE = 5_000;

/** Where the previous page of a listing ended: its last (oldest) note. */
const PageCursorSchema = v.object({ updatedAt: v.pipe(v.string(), v.maxLength(64)), id: IdSchema });
export type PageCursor = v.InferOutput<typeof PageCursorSchema>;

export const NoteRequestSchema = v.variant('type', [
  v.object({ type: v.literal('notes:list'), filter: v.optional(FilterSchema) }),
  /** All notes a page at a time, newest first: the notes page shows the first before the rest arrives. */
  v.object({
    type: v.literal('notes:page'),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PAGE_SIZE)),
    after: v.optional(PageCursorSchema),
  }),
  v.object({ type: v.literal('notes:get'), id: IdSchema }),
  /** A draft becomes a new note; a full note replaces the stored one with the same id (last writer wins). */
  // The draft is strict so that a full note with a broken id is refused, not silently saved as a new one.
  v.object({
    type: v.literal('notes:save'),
    note: v.union([NoteSchema, v.strictObject(NoteDraftSchema.entries)]),
  }),
  v.object({ type: v.literal('notes:delete'), id: IdSchema }),
  /** Undo of a delete: puts the note back exactly as it was. */
  v.object({ type: v.literal('notes:restore'), note: NoteSchema }),
  /** From the content script after re-anchoring a passage note on its page. */
  v.object({ type: v.literal('notes:anchored'), id: IdSchema, found: v.boolean() }),
  /** All notes, or those matching the filter, or exactly the listed ones (what the notes page shows). */
  v.object({
    type: v.literal('notes:export'),
    filter: v.optional(FilterSchema),
    ids: v.optional(v.pipe(v.array(IdSchema), v.maxLength(MAX_EXPORT_IDS))),
  }),
  /** The file's text; its size is checked by the importer before it is parsed. */
  v.object({ type: v.literal('notes:import'), json: v.string() }),
]);
export type NoteRequest = v.InferOutput<typeof NoteRequestSchema>;
export type NoteRequestType = NoteRequest['type'];

export type NoteErrorCode = 'invalid' | 'quota' | 'not-found' | 'internal';
export interface NoteError {
  ok: false;
  error: string;
  code: NoteErrorCode;
}

export interface ImportReport {
  /** Ids of the notes written. */
  imported: string[];
  /** Notes whose id is already stored (or repeated in the file): left as they are. */
  skipped: string[];
  /** Items that are not valid notes, by their index in the file, with the reason. */
  rejected: ImportRejection[];
}

/** The successful reply to each request type. */
export interface NoteSuccess {
  'notes:list': { ok: true; notes: Note[] };
  /** `next` is absent on the last page; `total` counts all stored notes. */
  'notes:page': { ok: true; notes: Note[]; next?: PageCursor; total: number };
  'notes:get': { ok: true; note: Note };
  'notes:save': { ok: true; note: Note };
  /** The deleted note comes back so the UI can offer undo with `notes:restore`. */
  'notes:delete': { ok: true; deleted: Note };
  'notes:restore': { ok: true; note: Note };
  'notes:anchored': { ok: true; note: Note };
  'notes:export': { ok: true; json: string; count: number };
  'notes:import': { ok: true; report: ImportReport };
}

export type NoteResponseFor<T extends NoteRequestType> = NoteSuccess[T] | NoteError;
export type NoteResponse = NoteSuccess[NoteRequestType] | NoteError;

export function isNoteMessage(message: unknown): boolean {
  if (typeof message !== 'object' || message === null || !('type' in message)) return false;
  return typeof message.type === 'string' && message.type.startsWith('notes:');
}

export function parseNoteRequest(
  input: unknown,
): { ok: true; request: NoteRequest } | { ok: false; error: string } {
  const parsed = v.safeParse(NoteRequestSchema, input);
  if (parsed.success) return { ok: true, request: parsed.output };
  const issue = parsed.issues[0];
  const path = issue ? v.getDotPath(issue) : null;
  return {
    ok: false,
    error: `invalid notes message${path ? ` at ${path}` : ''}: ${issue?.message ?? 'unknown shape'}`,
  };
}

/**
 * A long import runs over a port named NOTES_IMPORT_PORT, so the page hears how far it is: the page
 * sends one `notes:import` request, the background answers with progress messages and then one `done`.
 */
export const NOTES_IMPORT_PORT = 'notes:import';

/** `reading`: items of the file checked; `writing`: new notes stored (the transaction commits at the end). */
export type ImportPhase = 'reading' | 'writing';
export type ImportProgress = (done: number, total: number) => void;

export type ImportPortMessage =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'done'; response: NoteResponseFor<'notes:import'> };
