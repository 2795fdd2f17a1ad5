import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { formatIsoDate, t, type UiLang } from '../../core/i18n';
import type { AddNoteResult, NoteSummary } from './note-summary';

export interface NoteSectionProps {
  lang: UiLang;
  notes: NoteSummary[];
  /** Fetches the stored notes when the section opens (they live in the background). */
  loadNotes?: () => Promise<NoteSummary[]>;
  onAddNote: (text: string) => Promise<AddNoteResult>;
}

/**
 * The reader's notes on one entity and a small editor for a new one. Note text is only ever
 * rendered as text; a failed save keeps what the reader typed.
 */
export function NoteSection({ lang, notes: initialNotes, loadNotes, onAddNote }: NoteSectionProps) {
  const [notes, setNotes] = useState(initialNotes);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [saving, setSaving] = useState(false);
  const textId = `kp-note-text-${useId()}`;
  const errorId = `kp-note-error-${useId()}`;
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!loadNotes) return;
    let current = true;
    loadNotes().then(
      (loaded) => current && setNotes(loaded),
      // The notes we were given stay on screen; the editor still works.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [loadNotes]);

  useEffect(() => {
    if (editing) textareaRef.current?.focus();
  }, [editing]);

  const open = () => {
    setStatus(undefined);
    setEditing(true);
  };

  const cancel = () => {
    setEditing(false);
    setText('');
    setError(undefined);
    // Focus returns to where the reader started, after the button re-renders.
    queueMicrotask(() => addButtonRef.current?.focus());
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    const value = text.trim();
    if (!value) {
      setError(t(lang, 'notes.emptyText'));
      return;
    }
    setSaving(true);
    setError(undefined);
    let result: AddNoteResult;
    try {
      result = await onAddNote(value);
    } catch (thrown) {
      result = { ok: false, error: thrown instanceof Error ? thrown.message : String(thrown) };
    }
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setNotes((list) => [
      ...list,
      { id: `unsaved-${list.length}`, text: value, updatedAt: new Date().toISOString() },
    ]);
    setText('');
    setEditing(false);
    setStatus(t(lang, 'notes.saved'));
    queueMicrotask(() => addButtonRef.current?.focus());
    if (loadNotes) loadNotes().then(setNotes, () => undefined);
  };

  return (
    <section class="kp-section kp-notes">
      <h3 class="kp-section-title">{t(lang, 'notes.heading')}</h3>
      {notes.length === 0 ? (
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
        <form class="kp-note-form" onSubmit={save}>
          <label class="kp-label" for={textId}>
            {t(lang, 'notes.textLabel')}
          </label>
          <textarea
            id={textId}
            ref={textareaRef}
            rows={3}
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? errorId : undefined}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          {error && (
            <p id={errorId} class="kp-error" role="alert">
              {error}
            </p>
          )}
          <div class="kp-actions">
            <button type="submit" class="kp-button kp-button-primary" disabled={saving}>
              {saving ? t(lang, 'notes.saving') : t(lang, 'notes.save')}
            </button>
            <button type="button" class="kp-button" onClick={cancel}>
              {t(lang, 'notes.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" class="kp-button" ref={addButtonRef} onClick={open}>
          {t(lang, 'notes.add')}
        </button>
      )}
    </section>
  );
}
