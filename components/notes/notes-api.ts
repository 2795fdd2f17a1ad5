/**
 * The notes page's typed way to the background. It never throws: a missing or failed answer becomes
 * an error reply, so the page can show it and keep what the reader typed.
 */
import type { NoteRequest, NoteRequestType, NoteResponseFor } from '@/core/notes/messages';

export type SendMessage = (message: NoteRequest) => Promise<unknown>;

export interface NotesApi {
  request<T extends NoteRequestType>(request: Extract<NoteRequest, { type: T }>): Promise<NoteResponseFor<T>>;
}

const NO_ANSWER = 'Kontext could not reach its note store. Nothing was changed; please try again.';

export function createNotesApi(send: SendMessage): NotesApi {
  return {
    async request<T extends NoteRequestType>(request: Extract<NoteRequest, { type: T }>) {
      try {
        const response = (await send(request)) as NoteResponseFor<T> | undefined;
        return response ?? { ok: false, code: 'internal', error: NO_ANSWER };
      } catch (error) {
        const detail = error instanceof Error ? ` (${error.message})` : '';
        return { ok: false, code: 'internal', error: NO_ANSWER + detail };
      }
    },
  };
}
