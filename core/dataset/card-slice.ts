import type { Dataset } from '../../data/schema';
import type { EntityKind } from '../matcher/entity-kind';
import type { DatasetIndex } from './index-dataset';

/** The records the cards of some entities need; the lexicon is the finding data's. */
export type CardSlice = Omit<Dataset, 'lexicon'>;

export interface EntityRef {
  kind: EntityKind;
  id: string;
}

/** Ids a record points at, by the fields the schema uses for references. */
interface Refs {
  people: Set<string>;
  claims: Set<string>;
  events: Set<string>;
  sources: Set<string>;
}

function collectRefs(value: unknown, refs: Refs): void {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, refs);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'string') {
      if (key === 'personId') refs.people.add(field);
      else if (key === 'claimId') refs.claims.add(field);
      else if (key === 'eventId') refs.events.add(field);
      else if (key === 'sourceId') refs.sources.add(field);
    } else if ((key === 'sources' || key === 'events') && Array.isArray(field)) {
      for (const id of field) if (typeof id === 'string') refs[key].add(id);
    } else collectRefs(field, refs);
  }
}

/**
 * What the cards of these entities need from the dataset: each person or claim, the people, claims
 * and events it references, every source cited along the way and those sources' publishers. A
 * referenced person is shown by name only and a referenced claim by who made it, so their other
 * references stay out.
 */
export function cardSlice(index: DatasetIndex, entities: readonly EntityRef[]): CardSlice {
  const refs: Refs = { people: new Set(), claims: new Set(), events: new Set(), sources: new Set() };
  const people = new Set<string>();
  const claims = new Set<string>();
  for (const { kind, id } of entities) {
    const record = kind === 'expert' ? index.person(id) : index.claim(id);
    if (!record) continue;
    (kind === 'expert' ? people : claims).add(id);
    collectRefs(record, refs);
  }
  for (const id of refs.events) collectRefs(index.event(id), refs);
  // A later claim that supersedes this one is named with whoever made it.
  for (const id of refs.claims) {
    const personId = index.claim(id)?.madeBy.personId;
    if (personId) refs.people.add(personId);
  }
  const pick = <T>(ids: Iterable<string>, get: (id: string) => T | undefined) =>
    [...new Set(ids)].flatMap((id) => get(id) ?? []);
  const sources = pick(refs.sources, index.source);
  return {
    people: pick([...people, ...refs.people], index.person),
    claims: pick([...claims, ...refs.claims], index.claim),
    events: pick(refs.events, index.event),
    sources,
    publishers: pick(
      sources.map((s) => s.publisher),
      index.publisher,
    ),
  };
}

/** Slices put together into a dataset the cards can index, each record once. */
export function mergeSlices(slices: readonly CardSlice[], lexicon: Dataset['lexicon']): Dataset {
  const unique = <T>(items: T[], key: (item: T) => string) => [
    ...new Map(items.map((item) => [key(item), item])).values(),
  ];
  const byId = (item: { id: string }) => item.id;
  return {
    people: unique(
      slices.flatMap((s) => s.people),
      byId,
    ),
    claims: unique(
      slices.flatMap((s) => s.claims),
      byId,
    ),
    events: unique(
      slices.flatMap((s) => s.events),
      byId,
    ),
    sources: unique(
      slices.flatMap((s) => s.sources),
      byId,
    ),
    publishers: unique(
      slices.flatMap((s) => s.publishers),
      (p) => p.name,
    ),
    lexicon,
  };
}
