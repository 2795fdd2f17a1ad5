/**
 * Answers the notes protocol (core/notes/messages.ts) over a NoteStore. Pure routing: it never
 * throws; every failure becomes an error reply the UI can show as it is.
 */
import {
  parseNoteRequest,
  type ImportPhase,
  type NoteError,
  type NoteRequest,
  type NoteResponse,
  type NoteResponseFor,
} from '@/core/notes/messages';
import { exportAnnotations, importAnnotations, importAnnotationsInSlices } from '@/core/notes/web-annotation';
import { NOTE_GONE_MESSAGE, NoteStoreError, type NoteStore } from './note-store';

/** Validates a raw runtime message, then answers it; a malformed one changes nothing. */
export async function answerNoteMessage(store: NoteStore, message: unknown): Promise<NoteResponse> {
  const parsed = parseNoteRequest(message);
  if (!parsed.ok) return { ok: false, code: 'invalid', error: parsed.error };
  return handleNoteRequest(store, parsed.request);
}

export async function handleNoteRequest(store: NoteStore, request: NoteRequest): Promise<NoteResponse> {
  try {
    switch (request.type) {
      case 'notes:list':
        return { ok: true, notes: await store.list(request.filter) };
      case 'notes:page':
        return { ok: true, ...(await store.listPage(request.limit, request.after)) };
      case 'notes:get': {
        const note = await store.get(request.id);
        return note ? { ok: true, note } : notFound();
      }
      case 'notes:save':
        return { ok: true, note: await store.put(request.note) };
      case 'notes:delete':
        return { ok: true, deleted: await store.delete(request.id) };
      case 'notes:restore':
        return { ok: true, note: await store.restore(request.note) };
      case 'notes:anchored':
        return { ok: true, note: await store.markAnchored(request.id, request.found) };
      case 'notes:export': {
        const notes = await store.exportAll(request);
        return { ok: true, json: exportAnnotations(notes, new Date()), count: notes.length };
      }
      case 'notes:import': {
        const file = importAnnotations(request.json);
        if (!file.ok) return { ok: false, code: 'invalid', error: file.error };
        const { imported, skipped } = await store.importAll(file.notes);
        return { ok: true, report: { imported, skipped, rejected: file.rejected } };
      }
    }
  } catch (error) {
    return toErrorResponse(error);
  }
}

/**
 * An import that says how far it is: first every item of the file is checked, then the valid notes are
 * written in one transaction (all or none, as without progress). `pause` yields between slices of the
 * check, so the progress reaches the page while the file is still being read.
 */
export async function importWithProgress(
  store: NoteStore,
  json: string,
  onProgress: (phase: ImportPhase, done: number, total: number) => void,
  pause: () => Promise<void>,
): Promise<NoteResponseFor<'notes:import'>> {
  try {
    const file = await importAnnotationsInSlices(
      json,
      (done, total) => onProgress('reading', done, total),
      pause,
    );
    if (!file.ok) return { ok: false, code: 'invalid', error: file.error };
    const { imported, skipped } = await store.importAll(file.notes, (done, total) =>
      onProgress('writing', done, total),
    );
    return { ok: true, report: { imported, skipped, rejected: file.rejected } };
  } catch (error) {
    return toErrorResponse(error);
  }
}

function notFound(): NoteError {
  return { ok: false, code: 'not-found', error: NOTE_GONE_MESSAGE };
}

function toErrorResponse(error: unknown): NoteError {
  if (error instanceof NoteStoreError) return { ok: false, code: error.code, error: error.message };
  return { ok: false, code: 'internal', error: error instanceof Error ? error.message : String(error) };
}
