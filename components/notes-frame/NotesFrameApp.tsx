import { useCallback } from 'preact/hooks';
import { t } from '../../core/i18n';
import type { NoteResponse } from '../../core/notes/messages';
import type { NotesFrameEvent, NotesFrameParams } from '../../core/notes/notes-frame-protocol';
import { NoteSection } from '../popover/NoteSection';
import type { AddNoteResult, NoteSummary } from '../popover/note-summary';
import { NoteForm } from '../popover/NoteForm';

export interface NotesFrameAppProps {
  params: NotesFrameParams;
  /** The background's answer to a notes request; undefined when it could not be reached. */
  send: (message: unknown) => Promise<NoteResponse | undefined>;
  /** Tells the content script around the frame. */
  post: (event: NotesFrameEvent) => void;
}

/**
 * What the note frame shows: the reader's notes on an expert or claim with an editor for a new one,
 * or the editor for a note on a passage. It runs in the extension's origin, so the page around it
 * sees none of it.
 */
export function NotesFrameApp({ params, send, post }: NotesFrameAppProps) {
  const { lang, target } = params;

  const save = useCallback(
    async (text: string): Promise<{ result: AddNoteResult; noteId?: string }> => {
      const response = await send({ type: 'notes:save', note: { text, tags: [], target } });
      if (!response) return { result: { ok: false, error: t(lang, 'notes.noAnswer') } };
      if (!response.ok) {
        const error = response.code === 'quota' ? t(lang, 'notes.quota') : response.error;
        return { result: { ok: false, error } };
      }
      return { result: { ok: true }, noteId: 'note' in response ? response.note.id : undefined };
    },
    [send, target, lang],
  );

  const loadNotes = useCallback(async (): Promise<NoteSummary[]> => {
    if (target.type !== 'entity') return [];
    const response = await send({ type: 'notes:list', filter: { entityId: target.entityId } });
    return response?.ok && 'notes' in response ? response.notes : [];
  }, [send, target]);

  if (target.type === 'entity')
    return (
      <div class="kontext-popover kp-frame" lang={lang}>
        <NoteSection
          lang={lang}
          notes={[]}
          loadNotes={loadNotes}
          onAddNote={async (text) => (await save(text)).result}
        />
      </div>
    );

  return (
    <div class="kontext-popover kp-frame" lang={lang}>
      <NoteForm
        lang={lang}
        label={t(lang, 'notes.passageLabel')}
        rows={4}
        onCancel={() => post({ type: 'close' })}
        onSave={async (text) => {
          const { result, noteId } = await save(text);
          if (result.ok && noteId) post({ type: 'saved', noteId });
          return result;
        }}
      />
    </div>
  );
}
