import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ImportReport, NoteError } from '@/core/notes/messages';
import type { Note } from '@/core/notes/note';
import { createNoteSearch, noteFacets, type NoteQuery } from '@/core/notes/search-notes';
import { MAX_IMPORT_CHARS } from '@/core/notes/web-annotation';
import { ImportReportView } from './import-report';
import { NoteItem, type EntityLabel, type SaveFailure } from './note-item';
import type { NotesApi } from './notes-api';
import type { NotesLanguage, NotesStrings } from './notes-strings';

interface NotesPageProps {
  api: NotesApi;
  strings: NotesStrings;
  language: NotesLanguage;
  entityLabel: EntityLabel;
  /** Hands the exported file to the reader; the page passes a download, tests a spy. */
  saveFile: (name: string, json: string) => void;
}

type Status =
  | { kind: 'error'; text: string }
  | { kind: 'deleted'; note: Note }
  | { kind: 'imported'; report: ImportReport };

/** A UTF-8 file of this many bytes has more characters than the importer accepts, so it is not read at all. */
const MAX_IMPORT_BYTES = MAX_IMPORT_CHARS * 3;

export function NotesPage({ api, strings, language, entityLabel, saveFile }: NotesPageProps) {
  const [notes, setNotes] = useState<Note[] | undefined>();
  const [query, setQuery] = useState<NoteQuery>({});
  const [status, setStatus] = useState<Status | undefined>();

  const reload = async () => {
    const response = await api.request({ type: 'notes:list' });
    if (response.ok) setNotes(response.notes);
    else setStatus({ kind: 'error', text: response.error });
  };
  useEffect(() => {
    void reload();
  }, []);

  const search = useMemo(() => createNoteSearch(notes ?? []), [notes]);
  const facets = useMemo(() => noteFacets(notes ?? []), [notes]);
  const shown = useMemo(() => search(query), [search, query]);
  const orphans = useMemo(
    () => (notes ?? []).filter((note) => note.orphanedAt !== undefined).length,
    [notes],
  );

  const save = async (note: Note): Promise<SaveFailure | undefined> => {
    const response = await api.request({ type: 'notes:save', note });
    if (!response.ok) return saveFailure(response, strings);
    setNotes((current) => [response.note, ...(current ?? []).filter((other) => other.id !== note.id)]);
    return undefined;
  };
  /** The edited text of a note deleted meanwhile, saved as a new note in its place. */
  const saveAsNew = async (gone: Note): Promise<SaveFailure | undefined> => {
    const { text, tags, target } = gone;
    const response = await api.request({ type: 'notes:save', note: { text, tags, target } });
    if (!response.ok) return saveFailure(response, strings);
    setNotes((current) => [response.note, ...(current ?? []).filter((other) => other.id !== gone.id)]);
    return undefined;
  };
  const remove = async (note: Note) => {
    const response = await api.request({ type: 'notes:delete', id: note.id });
    if (!response.ok) return setStatus({ kind: 'error', text: response.error });
    setNotes((current) => (current ?? []).filter((other) => other.id !== note.id));
    setStatus({ kind: 'deleted', note: response.deleted });
  };
  const undo = async (note: Note) => {
    const response = await api.request({ type: 'notes:restore', note });
    if (!response.ok) return setStatus({ kind: 'error', text: response.error });
    setStatus(undefined);
    await reload();
  };
  const exportShown = async () => {
    const response = await api.request({ type: 'notes:export', ids: shown.map((note) => note.id) });
    if (!response.ok) return setStatus({ kind: 'error', text: response.error });
    saveFile(`kontext-notes-${new Date().toISOString().slice(0, 10)}.jsonld`, response.json);
  };
  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) return setStatus({ kind: 'error', text: strings.importTooBig });
    const response = await api.request({ type: 'notes:import', json: await file.text() });
    if (!response.ok)
      return setStatus({
        kind: 'error',
        text: response.code === 'quota' ? strings.quotaImport : response.error,
      });
    setStatus({ kind: 'imported', report: response.report });
    await reload();
  };

  const setFilter = (key: 'text' | 'entity' | 'site' | 'tag', value: string) =>
    setQuery((current) => ({ ...current, [key]: value || undefined }));

  return (
    <main class="notes-page">
      <h1>{strings.title}</h1>
      <div class="notes-toolbar">
        <input
          type="search"
          aria-label={strings.search}
          placeholder={strings.search}
          value={query.text ?? ''}
          onInput={(event) => setFilter('text', event.currentTarget.value)}
        />
        <FilterSelect
          label={strings.filterEntity}
          all={strings.allEntities}
          options={facets.entities.map((key) => [key, entityOptionLabel(key, strings, entityLabel)])}
          value={query.entity}
          onChange={(value) => setFilter('entity', value)}
        />
        <FilterSelect
          label={strings.filterSite}
          all={strings.allSites}
          options={facets.sites.map((site) => [site, site])}
          value={query.site}
          onChange={(value) => setFilter('site', value)}
        />
        <FilterSelect
          label={strings.filterTag}
          all={strings.allTags}
          options={facets.tags.map((tag) => [tag, tag])}
          value={query.tag}
          onChange={(value) => setFilter('tag', value)}
        />
        {orphans > 0 && (
          <label class="notes-orphans">
            <input
              type="checkbox"
              checked={query.orphaned === true}
              onChange={(event) =>
                setQuery((current) => ({ ...current, orphaned: event.currentTarget.checked || undefined }))
              }
            />{' '}
            {strings.orphanedOnly(orphans)}
          </label>
        )}
        <button type="button" onClick={() => void exportShown()} disabled={shown.length === 0}>
          {strings.exportShown}
        </button>
        <label class="notes-import">
          {strings.importFile}
          <input
            type="file"
            accept=".jsonld,.json,application/ld+json,application/json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) void importFile(file);
            }}
          />
        </label>
      </div>

      <div class="notes-status" role="status" aria-live="polite">
        {status?.kind === 'error' && <p class="notes-error">{status.text}</p>}
        {status?.kind === 'deleted' && (
          <p>
            {strings.deleted}{' '}
            <button type="button" onClick={() => void undo(status.note)}>
              {strings.undo}
            </button>
          </p>
        )}
        {status?.kind === 'imported' && <ImportReportView report={status.report} strings={strings} />}
        {status && (
          <button type="button" class="notes-dismiss" onClick={() => setStatus(undefined)}>
            {strings.dismiss}
          </button>
        )}
      </div>

      {notes === undefined ? (
        <p>{strings.loading}</p>
      ) : notes.length === 0 ? (
        <p>{strings.empty}</p>
      ) : (
        <>
          <p class="notes-count">{strings.shown(shown.length, notes.length)}</p>
          {shown.length === 0 && <p>{strings.noMatch}</p>}
          <ol class="notes-list">
            {shown.map((note) => (
              <NoteItem
                key={`${note.id}:${note.updatedAt}`}
                note={note}
                strings={strings}
                language={language}
                entityLabel={entityLabel}
                onSave={save}
                onSaveAsNew={saveAsNew}
                onDelete={(target) => void remove(target)}
              />
            ))}
          </ol>
        </>
      )}
    </main>
  );
}

interface FilterSelectProps {
  label: string;
  all: string;
  options: [value: string, label: string][];
  value: string | undefined;
  onChange: (value: string) => void;
}

function FilterSelect({ label, all, options, value, onChange }: FilterSelectProps) {
  return (
    <select aria-label={label} value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value)}>
      <option value="">{all}</option>
      {options.map(([optionValue, optionLabel]) => (
        <option key={optionValue} value={optionValue}>
          {optionLabel}
        </option>
      ))}
    </select>
  );
}

function entityOptionLabel(key: string, strings: NotesStrings, entityLabel: EntityLabel): string {
  const [kind, id = ''] = key.split(':') as ['expert' | 'claim', string];
  return `${strings[kind]}: ${entityLabel(kind, id) ?? id}`;
}

/** The reader's words for a failed save: the two failures they can act on get their own sentence. */
function saveFailure(response: NoteError, strings: NotesStrings): SaveFailure {
  if (response.code === 'not-found') return { message: strings.deletedElsewhere, gone: true };
  return { message: response.code === 'quota' ? strings.quotaSave : response.error, gone: false };
}
