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

/** Newest first; notes changed at the same instant by falling id, the order the store pages them in. */
function compareListed(a: Note, b: Note): number {
  return compareNewestFirst(a, b) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * The notes the page holds, newest first, with a full-text index that grows with them: each page of
 * notes from the background is indexed once as it arrives, and a save or delete changes one entry, so
 * neither a keystroke nor a new page rebuilds the index or scans every note's text.
 */
export class NoteIndex {
  private readonly index = new MiniSearch<Note>({
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
  private readonly listed: Note[] = [];
  /** How many held notes carry each entity, site and tag, and how many are orphaned: kept as notes come and go, so no page of notes recounts them all. */
  private readonly counts = {
    entities: new Map<string, number>(),
    sites: new Map<string, number>(),
    tags: new Map<string, number>(),
  };
  private orphanCount = 0;

  /** Each entity, site and tag of the held notes once, sorted. */
  facets(): NoteFacets {
    const keys = (counts: Map<string, number>) => [...counts.keys()].sort();
    return {
      entities: keys(this.counts.entities),
      sites: keys(this.counts.sites),
      tags: keys(this.counts.tags),
    };
  }

  /** How many held notes are passages not found on their page's last visit. */
  get orphans(): number {
    return this.orphanCount;
  }

  /** Every note held, newest first. */
  get notes(): readonly Note[] {
    return this.listed;
  }

  /** Adds notes not held yet (a page of the listing); a note already held is replaced by this copy. */
  add(notes: readonly Note[]): void {
    const fresh: Note[] = [];
    for (const note of notes) {
      if (this.index.has(note.id)) this.remove(note.id);
      const last = this.listed.at(-1);
      // Pages arrive oldest last, so nearly every note goes to the end.
      if (last === undefined || compareListed(last, note) <= 0) this.listed.push(note);
      else this.listed.splice(this.position(note), 0, note);
      fresh.push(note);
      this.count(note, 1);
    }
    this.index.addAll(fresh);
  }

  remove(id: string): void {
    if (!this.index.has(id)) return;
    this.index.discard(id);
    const at = this.listed.findIndex((note) => note.id === id);
    if (at < 0) return;
    this.count(this.listed[at] as Note, -1);
    this.listed.splice(at, 1);
  }

  private count(note: Note, delta: 1 | -1): void {
    const bump = (counts: Map<string, number>, key: string | undefined) => {
      if (key === undefined) return;
      const next = (counts.get(key) ?? 0) + delta;
      if (next > 0) counts.set(key, next);
      else counts.delete(key);
    };
    bump(this.counts.entities, entityKey(note));
    bump(this.counts.sites, noteSite(note));
    for (const tag of new Set(note.tags)) bump(this.counts.tags, tag);
    if (note.orphanedAt !== undefined) this.orphanCount += delta;
  }

  /** The notes that match, newest first. */
  search(query: NoteQuery): Note[] {
    const text = query.text?.trim() ?? '';
    const hits = text ? new Set(this.index.search(text).map((result) => result.id as string)) : undefined;
    return this.listed.filter(
      (note) =>
        (!hits || hits.has(note.id)) &&
        (!query.entity || entityKey(note) === query.entity) &&
        (!query.site || noteSite(note) === query.site) &&
        (!query.tag || note.tags.includes(query.tag)) &&
        (!query.orphaned || note.orphanedAt !== undefined),
    );
  }

  private position(note: Note): number {
    let low = 0;
    let high = this.listed.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareListed(this.listed[middle] as Note, note) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
