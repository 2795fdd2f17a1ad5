import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t, type UiLang } from '../../core/i18n';
import type { AddNoteResult } from '../popover/note-summary';

export interface PassageEditorProps {
  lang: UiLang;
  onSave: (text: string) => Promise<AddNoteResult>;
  onCancel: () => void;
}

/**
 * The editor for a note on a passage. A failed save keeps what the reader typed and says why; an
 * empty note is not saved.
 */
export function PassageEditor({ lang, onSave, onCancel }: PassageEditorProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const textId = `kp-passage-text-${useId()}`;
  const errorId = `kp-passage-error-${useId()}`;
  const textareaRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const focus = () => textareaRef.current?.focus();
    focus();
    // The frame gets focus from the page around it after it loaded: pass it on to the field.
    window.addEventListener('focus', focus);
    return () => window.removeEventListener('focus', focus);
  }, []);

  const save = async (event: Event) => {
    event.preventDefault();
    if (saving) return;
    if (!text.trim()) {
      setError(t(lang, 'notes.emptyText'));
      return;
    }
    setSaving(true);
    setError(undefined);
    let result: AddNoteResult;
    try {
      result = await onSave(text);
    } catch (thrown) {
      result = { ok: false, error: thrown instanceof Error ? thrown.message : String(thrown) };
    }
    setSaving(false);
    if (!result.ok) setError(result.error);
  };

  return (
    <form class="kp-note-form" onSubmit={save}>
      <label class="kp-label" for={textId}>
        {t(lang, 'notes.passageLabel')}
      </label>
      <textarea
        id={textId}
        ref={textareaRef}
        rows={4}
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
        <button type="button" class="kp-button" onClick={onCancel}>
          {t(lang, 'notes.cancel')}
        </button>
      </div>
    </form>
  );
}
