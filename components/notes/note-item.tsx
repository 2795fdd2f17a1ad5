import { useState } from 'preact/hooks';
import type { Note } from '@/core/notes/note';
import { passageLink } from '@/core/notes/passage-link';
import { noteSite } from '@/core/notes/search-notes';
import type { NotesLanguage, NotesStrings } from './notes-strings';
import type { RowProps } from './virtual-list';

export type EntityLabel = (kind: 'expert' | 'claim', id: string) => string | undefined;

export interface SaveFailure {
  message: string;
  /** The note is no longer stored (deleted in another tab): only saving it as a new note can help. */
  gone: boolean;
}

interface NoteItemProps {
  note: Note;
  strings: NotesStrings;
  language: NotesLanguage;
  entityLabel: EntityLabel;
  /** Resolves to why it failed, or undefined when saved; on failure the edited text stays. */
  onSave: (note: Note) => Promise<SaveFailure | undefined>;
  /** Saves the edited text as a new note on the same target (when the note itself was deleted meanwhile). */
  onSaveAsNew: (note: Note) => Promise<SaveFailure | undefined>;
  onDelete: (note: Note) => void;
  /** Its place in the virtual list. */
  row: RowProps;
}

/** One note; its text is always rendered as text, never as HTML. */
export function NoteItem({
  note,
  strings,
  language,
  entityLabel,
  onSave,
  onSaveAsNew,
  onDelete,
  row,
}: NoteItemProps) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.text);
  const [tags, setTags] = useState(note.tags.join(', '));
  const [error, setError] = useState<SaveFailure | undefined>();
  const [saving, setSaving] = useState(false);
  const link = passageLink(note);

  const startEditing = () => {
    setText(note.text);
    setTags(note.tags.join(', '));
    setError(undefined);
    setEditing(true);
  };
  const save = async (asNew: boolean) => {
    setSaving(true);
    const tagList = tags
      .split(',')
      .map((tag) => tag.trim())
      .filter((tag) => tag.length > 0);
    const edited = { ...note, text, tags: tagList };
    const failure = await (asNew ? onSaveAsNew(edited) : onSave(edited));
    setSaving(false);
    setError(failure);
    if (!failure) setEditing(false);
  };

  return (
    <li class="note" data-note-id={note.id} {...row}>
      <article aria-label={targetLabel(note, entityLabel)}>
        <header class="note-target">
          <span class="note-kind">{kindLabel(note, strings)}</span>{' '}
          <span class="note-subject">{targetLabel(note, entityLabel)}</span>
          {noteSite(note) && <span class="note-site"> · {noteSite(note)}</span>}
        </header>
        {note.orphanedAt !== undefined && <p class="note-orphaned">{strings.orphaned}</p>}
        {note.target.type === 'passage' && (
          <blockquote class="note-quote">{note.target.selectors.quote.exact}</blockquote>
        )}
        {editing ? (
          <div class="note-editor" data-keep-mounted>
            <label>
              {strings.textLabel}
              <textarea value={text} rows={4} onInput={(event) => setText(event.currentTarget.value)} />
            </label>
            <label>
              {strings.tagsLabel}
              <input type="text" value={tags} onInput={(event) => setTags(event.currentTarget.value)} />
            </label>
            {error && (
              <p class="note-error" role="alert">
                {error.message}
              </p>
            )}
            <div class="note-actions">
              {error?.gone ? (
                <button type="button" onClick={() => void save(true)} disabled={saving}>
                  {strings.saveAsNew}
                </button>
              ) : (
                <button type="button" onClick={() => void save(false)} disabled={saving}>
                  {strings.save}
                </button>
              )}
              <button type="button" onClick={() => setEditing(false)} disabled={saving}>
                {strings.cancel}
              </button>
            </div>
          </div>
        ) : (
          <>
            <p class="note-text">{note.text}</p>
            {note.tags.length > 0 && (
              <ul class="note-tags">
                {note.tags.map((tag) => (
                  <li key={tag}>{tag}</li>
                ))}
              </ul>
            )}
            <footer class="note-footer">
              <time dateTime={note.updatedAt}>
                {note.updatedAt === note.createdAt ? strings.created : strings.updated}{' '}
                {new Date(note.updatedAt).toLocaleString(language)}
              </time>
              <div class="note-actions">
                <button type="button" onClick={startEditing}>
                  {strings.edit}
                </button>
                <button type="button" onClick={() => onDelete(note)}>
                  {strings.delete}
                </button>
                {link && (
                  <a href={link} target="_blank" rel="noopener noreferrer">
                    {note.target.type === 'passage' ? strings.openPassage : strings.openPage}
                  </a>
                )}
              </div>
            </footer>
          </>
        )}
      </article>
    </li>
  );
}

function kindLabel(note: Note, strings: NotesStrings): string {
  return note.target.type === 'passage' ? strings.passage : strings[note.target.kind];
}

function targetLabel(note: Note, entityLabel: EntityLabel): string {
  const { target } = note;
  if (target.type === 'passage') return target.pageTitle || target.url;
  return entityLabel(target.kind, target.entityId) ?? target.entityId;
}
