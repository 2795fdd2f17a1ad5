import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ImportPhase, ImportReport, NoteError, PageCursor } from '@/core/notes/messages';
import type { Note } from '@/core/notes/note';
import { NoteIndex, type NoteQuery } from '@/core/notes/search-notes';
import { MAX_IMPORT_CHARS } from '@/core/notes/web-annotation';
import { ImportReportView } from './import-report';
import { NoteItem, type EntityLabel, type SaveFailure } from './note-item';
import type { NotesApi } from './notes-api';
import type { NotesLanguage, NotesStrings } from './notes-strings';
import { VirtualList } from './virtual-list';

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
  | { kind: 'importing'; phase: ImportPhase; done: number; total: number }
  | { kind: 'imported'; report: ImportReport };

/**
 * A file bigger than this is not read at all. Bytes, not characters: a file just under the limit in
 * characters but over it in bytes would not fit in one extension message either.
 */
const MAX_IMPORT_BYTES = MAX_IMPORT_CHARS;
/** The first page is small so the newest notes show at once; the rest comes in larger pages. */
const FIRST_PAGE = 100;
const NEXT_PAGE = 5_000;
/** Row height before a row was measured, and the space between rows (px). */
const ROW_ESTIMATE = 180;
const ROW_GAP = 12;

/** Where the listing stands: still arriving (with how many there are in all), or complete. */
interface Loaded {
  /** Bumped whenever the index changes, so what depends on it is worked out again. */
  version: number;
  total: number;
  complete: boolean;
}

export function NotesPage({ api, strings, language, entityLabel, saveFile }: NotesPageProps) {
  const index = useRef(new NoteIndex());
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [query, setQuery] = useState<NoteQuery>({});
  const [status, setStatus] = useState<Status | undefined>();
  /** A newer reload makes the pages an older one is still fetching irrelevant. */
  const generation = useRef(0);

  const changed = (total = index.current.notes.length, complete = true) =>
    setLoaded((current) => ({ version: (current?.version ?? 0) + 1, total, complete }));

  /** Lists every note a page at a time; the first page shows before the rest is fetched. */
  const reload = async () => {
    const mine = (generation.current += 1);
    const fresh = new NoteIndex();
    const fetchPage = (limit: number, after?: PageCursor) =>
      api.request({ type: 'notes:page', limit, ...(after && { after }) });
    let pending = fetchPage(FIRST_PAGE);
    for (;;) {
      const response = await pending;
      if (mine !== generation.current) return;
      if (!response.ok) return setStatus({ kind: 'error', text: response.error });
      // The background reads the next page while this one is indexed and drawn.
      if (response.next !== undefined) pending = fetchPage(NEXT_PAGE, response.next);
      fresh.add(response.notes);
      index.current = fresh;
      changed(response.total, response.next === undefined);
      if (response.next === undefined) return;
    }
  };
  useEffect(() => {
    void reload();
  }, []);

  const notes = index.current.notes;
  const facets = useMemo(() => index.current.facets(), [loaded?.version]);
  const shown = useMemo(() => index.current.search(query), [loaded?.version, query]);
  const orphans = index.current.orphans;

  const keepTotal = (delta: number) => changed((loaded?.total ?? 0) + delta, loaded?.complete ?? true);
  const save = async (note: Note): Promise<SaveFailure | undefined> => {
    const response = await api.request({ type: 'notes:save', note });
    if (!response.ok) return saveFailure(response, strings);
    index.current.add([response.note]);
    keepTotal(0);
    return undefined;
  };
  /** The edited text of a note deleted meanwhile, saved as a new note in its place. */
  const saveAsNew = async (gone: Note): Promise<SaveFailure | undefined> => {
    const { text, tags, target } = gone;
    const response = await api.request({ type: 'notes:save', note: { text, tags, target } });
    if (!response.ok) return saveFailure(response, strings);
    index.current.remove(gone.id);
    index.current.add([response.note]);
    keepTotal(0);
    return undefined;
  };
  const remove = async (note: Note) => {
    const response = await api.request({ type: 'notes:delete', id: note.id });
    if (!response.ok) return setStatus({ kind: 'error', text: response.error });
    index.current.remove(note.id);
    keepTotal(-1);
    setStatus({ kind: 'deleted', note: response.deleted });
  };
  const undo = async (note: Note) => {
    const response = await api.request({ type: 'notes:restore', note });
    if (!response.ok) return setStatus({ kind: 'error', text: response.error });
    setStatus(undefined);
    index.current.add([response.note]);
    keepTotal(1);
  };
  const exportShown = async () => {
    const response = await api.request({ type: 'notes:export', ids: shown.map((note) => note.id) });
    if (!response.ok) return setStatus({ kind: 'error', text: response.error });
    saveFile(`kontext-notes-${new Date().toISOString().slice(0, 10)}.jsonld`, response.json);
  };
  const importFile = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) return setStatus({ kind: 'error', text: strings.importTooBig });
    const response = await api.importNotes(await file.text(), (phase, done, total) =>
      setStatus({ kind: 'importing', phase, done, total }),
    );
    if (!response.ok)
      return setStatus({
        kind: 'error',
        text: response.code === 'quota' ? strings.quotaImport : response.error,
      });
    // The report comes once the list holds what it reports: "Imported 1 note." over a list without
    // that note read as a failed import (and an e2e test caught the list a moment behind).
    await reload();
    setStatus({ kind: 'imported', report: response.report });
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
        {status?.kind === 'importing' && (
          <p class="notes-progress">
            <progress aria-label={strings.importProgress} max={status.total} value={status.done} />{' '}
            {(status.phase === 'reading' ? strings.importReading : strings.importWriting)(
              status.done,
              status.total,
            )}
          </p>
        )}
        {status?.kind === 'imported' && <ImportReportView report={status.report} strings={strings} />}
        {status && status.kind !== 'importing' && (
          <button type="button" class="notes-dismiss" onClick={() => setStatus(undefined)}>
            {strings.dismiss}
          </button>
        )}
      </div>

      {loaded === undefined ? (
        <p>{strings.loading}</p>
      ) : loaded.total === 0 && notes.length === 0 ? (
        <p>{strings.empty}</p>
      ) : (
        <>
          <p class="notes-count">
            {loaded.complete
              ? strings.shown(shown.length, notes.length)
              : strings.loadingMore(notes.length, loaded.total)}
          </p>
          {shown.length === 0 && loaded.complete && <p>{strings.noMatch}</p>}
          <VirtualList
            class="notes-list"
            items={shown}
            keyOf={(note) => `${note.id}:${note.updatedAt}`}
            estimate={ROW_ESTIMATE}
            gap={ROW_GAP}
            renderRow={(note, row) => (
              <NoteItem
                key={row['data-row-key']}
                row={row}
                note={note}
                strings={strings}
                language={language}
                entityLabel={entityLabel}
                onSave={save}
                onSaveAsNew={saveAsNew}
                onDelete={(target) => void remove(target)}
              />
            )}
          />
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
