/**
 * Full-text search and filters for the notes page. Pure, so it runs the same in tests and the page.
 */
import MiniSearch from 'minisearch';
import { compareNewestFirst, type Note } from './note';

export interface NoteQuery {
  text?: string;
  /** `kind:id`, as entityKey() writes it. */
  entity?: string;
  site?: string;
  tag?: string;
  /** Only passage notes whose passage was not found on the page's last visit. */
  orphaned?: boolean;
}

export interface NoteFacets {
  entities: string[];
  sites: string[];
  tags: string[];
}

export function entityKey(note: Note): string | undefined {
  return note.target.type === 'entity' ? `${note.target.kind}:${note.target.entityId}` : undefined;
}

/** The site a note was written on, without `www.`, or undefined for a note made away from any page. */
export function noteSite(note: Note): string | undefined {
  if (note.target.url === undefined) return undefined;
  try {
    return new URL(note.target.url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

export function noteFacets(notes: Note[]): NoteFacets {
  const unique = (values: (string | undefined)[]) =>
    [...new Set(values.filter((value): value is string => value !== undefined))].sort();
  return {
    entities: unique(notes.map(entityKey)),
    sites: unique(notes.map(noteSite)),
    tags: unique(notes.flatMap((note) => note.tags)),
  };
}

/** Builds the index once per list of notes; the returned function answers each query, newest first. */
export function createNoteSearch(notes: Note[]): (query: NoteQuery) => Note[] {
  const index = new MiniSearch<Note>({
    fields: ['text', 'tags', 'title', 'quote'],
    extractField: (note, field) => {
      if (field === 'id') return note.id;
      if (field === 'text') return note.text;
      if (field === 'tags') return note.tags.join(' ');
      if (field === 'title') return note.target.pageTitle ?? '';
      return note.target.type === 'passage' ? note.target.selectors.quote.exact : '';
    },
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  index.addAll(notes);
  const newestFirst = [...notes].sort(compareNewestFirst);

  return (query) => {
    const text = query.text?.trim() ?? '';
    const hits = text ? new Set(index.search(text).map((result) => result.id as string)) : undefined;
    return newestFirst.filter(
      (note) =>
        (!hits || hits.has(note.id)) &&
        (!query.entity || entityKey(note) === query.entity) &&
        (!query.site || noteSite(note) === query.site) &&
        (!query.tag || note.tags.includes(query.tag)) &&
        (!query.orphaned || note.orphanedAt !== undefined),
    );
  };
}
