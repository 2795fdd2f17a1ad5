import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t, type UiLang } from '../../core/i18n';
import type { NoteDraft } from './note-draft';
import type { AddNoteResult } from './note-summary';

export interface NoteFormProps {
  lang: UiLang;
  label: string;
  rows: number;
  /** Stores the (trimmed) text. */
  onSave: (text: string) => Promise<AddNoteResult>;
  /** After a successful save. */
  onSaved?: () => void;
  onCancel: () => void;
  /** Where the unsaved text is kept, so that it outlives the editor; it ends on save or cancel. */
  draft?: NoteDraft;
}

/**
 * The editor for one new note, on an entity or a passage. It takes focus when it opens; an empty
 * note is not saved; a failed save keeps what the reader typed and says why.
 */
export function NoteForm({ lang, label, rows, onSave, onSaved, onCancel, draft }: NoteFormProps) {
  const [text, setText] = useState(() => draft?.read() ?? '');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const textId = `kp-note-text-${useId()}`;
  const errorId = `kp-note-error-${useId()}`;
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const focus = () => textareaRef.current?.focus();
    focus();
    // In the note frame, focus reaches the frame from the page around it after it loaded: pass it on.
    window.addEventListener('focus', focus);
    return () => window.removeEventListener('focus', focus);
  }, []);

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
      result = await onSave(value);
    } catch (thrown) {
      result = { ok: false, error: thrown instanceof Error ? thrown.message : String(thrown) };
    }
    setSaving(false);
    if (result.ok) {
      draft?.write('');
      onSaved?.();
    } else setError(result.error);
  };

  return (
    <form class="kp-note-form" onSubmit={save}>
      <label class="kp-label" for={textId}>
        {label}
      </label>
      <textarea
        id={textId}
        ref={textareaRef}
        rows={rows}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(event) => {
          setText(event.currentTarget.value);
          draft?.write(event.currentTarget.value);
        }}
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
        <button
          type="button"
          class="kp-button"
          onClick={async () => {
            // Gone from storage before the card closes, so a card reopened at once starts empty.
            draft?.write('');
            await draft?.settled();
            onCancel();
          }}
        >
          {t(lang, 'notes.cancel')}
        </button>
      </div>
    </form>
  );
}
