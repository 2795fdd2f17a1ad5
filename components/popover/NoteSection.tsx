import { useEffect, useRef, useState } from 'preact/hooks';
import { formatIsoDate, t, type UiLang } from '../../core/i18n';
import type { NoteDraft } from './note-draft';
import { NoteForm } from './NoteForm';
import type { AddNoteResult, NoteSummary } from './note-summary';

export interface NoteSectionProps {
  lang: UiLang;
  notes: NoteSummary[];
  /** Fetches the stored notes when the section opens (they live in the background). */
  loadNotes?: () => Promise<NoteSummary[]>;
  onAddNote: (text: string) => Promise<AddNoteResult>;
  /** An unsaved note from before: the editor opens with it. */
  draft?: NoteDraft;
}

/**
 * The reader's notes on one entity and a small editor for a new one. Note text is only ever
 * rendered as text; a failed save keeps what the reader typed.
 */
export function NoteSection({ lang, notes: initialNotes, loadNotes, onAddNote, draft }: NoteSectionProps) {
  const [notes, setNotes] = useState(initialNotes);
  // Until the reader's notes arrive the section says so, instead of a false "No notes yet" and an
  // "Add note" button that moves under the pointer when the list appears above it.
  const [loaded, setLoaded] = useState(!loadNotes);
  const [editing, setEditing] = useState(() => (draft?.read() ?? '') !== '');
  const [status, setStatus] = useState<string>();
  const addButtonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!loadNotes) return;
    let current = true;
    loadNotes().then(
      (list) => {
        if (!current) return;
        setNotes(list);
        setLoaded(true);
      },
      // The notes we were given stay on screen; the editor still works.
      () => current && setLoaded(true),
    );
    return () => {
      current = false;
    };
  }, [loadNotes]);

  const open = () => {
    setStatus(undefined);
    setEditing(true);
  };

  /** Closes the editor; focus returns to where the reader started, after the button re-renders. */
  const close = () => {
    setEditing(false);
    queueMicrotask(() => addButtonRef.current?.focus());
  };

  const add = async (value: string): Promise<AddNoteResult> => {
    const result = await onAddNote(value);
    if (!result.ok) return result;
    setNotes((list) => [
      ...list,
      { id: `unsaved-${list.length}`, text: value, updatedAt: new Date().toISOString() },
    ]);
    setStatus(t(lang, 'notes.saved'));
    if (loadNotes) loadNotes().then(setNotes, () => undefined);
    return result;
  };

  return (
    <section class="kp-section kp-notes">
      <h3 class="kp-section-title">{t(lang, 'notes.heading')}</h3>
      {!loaded ? (
        <p class="kp-empty" aria-busy="true">
          {t(lang, 'notes.loading')}
        </p>
      ) : notes.length === 0 ? (
        <p class="kp-empty">{t(lang, 'notes.empty')}</p>
      ) : (
        <ul class="kp-note-list">
          {notes.map((note) => (
            <li key={note.id} class="kp-note">
              <p class="kp-note-text">{note.text}</p>
              <p class="kp-note-meta">
                {t(lang, 'notes.updatedAt', { date: formatIsoDate(note.updatedAt.slice(0, 10), lang) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <p class="kp-status" role="status">
        {status}
      </p>
      {editing ? (
        <NoteForm
          lang={lang}
          label={t(lang, 'notes.textLabel')}
          rows={3}
          onSave={add}
          onSaved={close}
          onCancel={close}
          draft={draft}
        />
      ) : (
        loaded && (
          <button type="button" class="kp-button" ref={addButtonRef} onClick={open}>
            {t(lang, 'notes.add')}
          </button>
        )
      )}
    </section>
  );
}
