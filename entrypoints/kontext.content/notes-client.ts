import { browser } from 'wxt/browser';
import type { NoteSummary } from '@/components/popover/note-summary';
import type { NoteResponse } from '@/core/notes/messages';

export type SaveResult = { ok: true } | { ok: false; error: string };

/** The content script's only way to notes: messages to the background, which owns the database. */
export interface NotesClient {
  listFor(kind: 'expert' | 'claim', id: string): Promise<NoteSummary[]>;
  addFor(kind: 'expert' | 'claim', id: string, text: string): Promise<SaveResult>;
}

const NO_ANSWER = 'Kontext could not reach its note store. Your text is still here; please try again.';

export function createNotesClient(url: string, pageTitle: string): NotesClient {
  const send = async (message: unknown): Promise<NoteResponse | undefined> => {
    try {
      return (await browser.runtime.sendMessage(message)) as NoteResponse | undefined;
    } catch {
      return undefined;
    }
  };
  return {
    async listFor(_kind, id) {
      const response = await send({ type: 'notes:list', filter: { entityId: id } });
      return response?.ok && 'notes' in response ? response.notes : [];
    },
    async addFor(kind, id, text) {
      const response = await send({
        type: 'notes:save',
        note: { text, tags: [], target: { type: 'entity', kind, entityId: id, url, pageTitle } },
      });
      if (!response) return { ok: false, error: NO_ANSWER };
      return response.ok ? { ok: true } : { ok: false, error: response.error };
    },
  };
}
