import { useCallback, useEffect, useMemo } from 'preact/hooks';
import { t } from '../../core/i18n';
import type { NoteResponse } from '../../core/notes/messages';
import type { NotesFrameEvent, NotesFrameParams } from '../../core/notes/notes-frame-protocol';
import type { NoteDraft } from '../popover/note-draft';
import { NoteSection } from '../popover/NoteSection';
import type { AddNoteResult, NoteSummary } from '../popover/note-summary';
import { NoteForm } from '../popover/NoteForm';

export interface NotesFrameAppProps {
  params: NotesFrameParams;
  /** The background's answer to a notes request; undefined when it could not be reached. */
  send: (message: unknown) => Promise<NoteResponse | undefined>;
  /** Tells the content script around the frame. */
  post: (event: NotesFrameEvent) => void;
  /** Where the unsaved text for this target is kept (see note-draft.ts). */
  draft?: NoteDraft;
}

/**
 * What the note frame shows: the reader's notes on an expert or claim with an editor for a new one,
 * or the editor for a note on a passage. It runs in the extension's origin, so the page around it
 * sees none of it.
 */
export function NotesFrameApp({ params, send, post, draft }: NotesFrameAppProps) {
  const { lang, target } = params;

  // The card keeps still while a draft is held: the content script hears when that starts and ends.
  const heldDraft = useMemo((): NoteDraft | undefined => {
    if (!draft) return undefined;
    let held = draft.read().trim() !== '';
    return {
      read: draft.read,
      settled: draft.settled,
      write(text) {
        draft.write(text);
        const now = text.trim() !== '';
        if (now !== held) post({ type: 'draft', held: now });
        held = now;
      },
    };
  }, [draft, post]);
  useEffect(() => {
    if (draft && draft.read().trim() !== '') post({ type: 'draft', held: true });
  }, [draft, post]);

  const save = useCallback(
    async (text: string): Promise<{ result: AddNoteResult; noteId?: string }> => {
      const response = await send({ type: 'notes:save', note: { text, tags: [], target } });
      if (!response) return { result: { ok: false, error: t(lang, 'notes.noAnswer') } };
      if (!response.ok) {
        const error = response.code === 'quota' ? t(lang, 'notes.quota') : response.error;
        return { result: { ok: false, error } };
      }
      // The draft is gone from storage before the reader sees the note saved: a card reopened at
      // once must not bring the saved text back as a draft.
      if (heldDraft) {
        heldDraft.write('');
        await heldDraft.settled();
      }
      return { result: { ok: true }, noteId: 'note' in response ? response.note.id : undefined };
    },
    [send, target, lang, heldDraft],
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
          draft={heldDraft}
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
        draft={heldDraft}
        onSave={async (text) => {
          const { result, noteId } = await save(text);
          if (result.ok && noteId) post({ type: 'saved', noteId });
          return result;
        }}
      />
    </div>
  );
}
