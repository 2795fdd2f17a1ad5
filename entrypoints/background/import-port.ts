/**
 * Long imports over a port (core/notes/messages.ts, NOTES_IMPORT_PORT): the notes page hears how far
 * the import is instead of waiting on one silent reply. Only Kontext's own pages may import.
 */
import { parseNoteRequest, type ImportPortMessage } from '@/core/notes/messages';
import { importWithProgress } from './note-handlers';
import { isExtensionPage } from './note-sender-policy';
import type { NoteStore } from './note-store';

/** The part of a runtime port this uses; tests pass a pair of fakes. */
export interface ImportPort {
  sender?: { url?: string; tab?: { url?: string } };
  postMessage(message: ImportPortMessage): void;
  disconnect(): void;
  onMessage: {
    addListener(listener: (message: unknown) => void): void;
    removeListener(listener: (message: unknown) => void): void;
  };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Lets queued port messages leave the worker between slices of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function answerImportPort(store: NoteStore, port: ImportPort, extensionOrigin: string): void {
  const sender = port.sender ?? {};
  if (!isExtensionPage({ url: sender.url, tab: sender.tab }, extensionOrigin)) {
    port.disconnect();
    return;
  }
  let gone = false;
  port.onDisconnect.addListener(() => {
    gone = true;
  });
  const post = (message: ImportPortMessage) => {
    if (!gone) port.postMessage(message);
  };
  const onMessage = (message: unknown) => {
    // One import per port: a second request on it is not read.
    port.onMessage.removeListener(onMessage);
    void (async () => {
      const parsed = parseNoteRequest(message);
      const response =
        !parsed.ok || parsed.request.type !== 'notes:import'
          ? {
              ok: false as const,
              code: 'invalid' as const,
              error: parsed.ok ? 'not an import' : parsed.error,
            }
          : await importWithProgress(
              store,
              parsed.request.json,
              (phase, done, total) => post({ type: 'progress', phase, done, total }),
              nextTask,
            );
      post({ type: 'done', response });
    })();
  };
  port.onMessage.addListener(onMessage);
}
