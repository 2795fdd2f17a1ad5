/**
 * The notes page's typed way to the background. It never throws: a missing or failed answer becomes
 * an error reply, so the page can show it and keep what the reader typed.
 */
import {
  NOTES_IMPORT_PORT,
  type ImportPhase,
  type ImportPortMessage,
  type NoteRequest,
  type NoteRequestType,
  type NoteResponseFor,
} from '@/core/notes/messages';

export type SendMessage = (message: NoteRequest) => Promise<unknown>;

/** The part of a runtime port an import uses. */
export interface ImportPortLike {
  postMessage(message: NoteRequest): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}
export type ConnectPort = (name: string) => ImportPortLike;

export type ImportProgressListener = (phase: ImportPhase, done: number, total: number) => void;

export interface NotesApi {
  request<T extends NoteRequestType>(request: Extract<NoteRequest, { type: T }>): Promise<NoteResponseFor<T>>;
  /** Imports a file's text, telling `onProgress` how far it is (when a port is at hand). */
  importNotes(json: string, onProgress: ImportProgressListener): Promise<NoteResponseFor<'notes:import'>>;
}

const NO_ANSWER = 'Kontext could not reach its note store. Nothing was changed; please try again.';
/** The worker went away mid-import; the import is one transaction, so it wrote all or nothing. */
const IMPORT_CUT =
  'Kontext lost its note store while importing. The import is all or nothing: reload the page to see whether the notes arrived, and import the file again if not.';

/** Without `connect` (unit tests of the page), an import is one message without progress. */
export function createNotesApi(send: SendMessage, connect?: ConnectPort): NotesApi {
  const request = async <T extends NoteRequestType>(
    message: Extract<NoteRequest, { type: T }>,
  ): Promise<NoteResponseFor<T>> => {
    try {
      const response = (await send(message)) as NoteResponseFor<T> | undefined;
      return response ?? { ok: false, code: 'internal', error: NO_ANSWER };
    } catch (error) {
      const detail = error instanceof Error ? ` (${error.message})` : '';
      return { ok: false, code: 'internal', error: NO_ANSWER + detail };
    }
  };
  return {
    request,
    importNotes(json, onProgress) {
      if (!connect) return request({ type: 'notes:import', json });
      return new Promise((resolve) => {
        let port: ImportPortLike;
        try {
          port = connect(NOTES_IMPORT_PORT);
        } catch {
          resolve({ ok: false, code: 'internal', error: NO_ANSWER });
          return;
        }
        let settled = false;
        port.onMessage.addListener((raw) => {
          const message = raw as ImportPortMessage;
          if (message.type === 'progress') onProgress(message.phase, message.done, message.total);
          else if (message.type === 'done') {
            settled = true;
            resolve(message.response);
            port.disconnect();
          }
        });
        port.onDisconnect.addListener(() => {
          if (!settled) resolve({ ok: false, code: 'internal', error: IMPORT_CUT });
        });
        port.postMessage({ type: 'notes:import', json });
      });
    },
  };
}
