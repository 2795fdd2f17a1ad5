import type { Claim, ContextEvent, Dataset, Person, Publisher, Source } from '../../data/schema';

/** Lookups by id over a validated dataset; built once per page. */
export interface DatasetIndex {
  dataset: Dataset;
  person(id: string): Person | undefined;
  claim(id: string): Claim | undefined;
  source(id: string): Source | undefined;
  event(id: string): ContextEvent | undefined;
  /** The registry entry for a source's `publisher` string. */
  publisher(name: string): Publisher | undefined;
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((x) => [x.id, x]));
  const people = byId(dataset.people);
  const claims = byId(dataset.claims);
  const sources = byId(dataset.sources);
  const events = byId(dataset.events);
  const publishers = new Map(dataset.publishers.map((p) => [p.name, p]));
  return {
    dataset,
    person: (id) => people.get(id),
    claim: (id) => claims.get(id),
    source: (id) => sources.get(id),
    event: (id) => events.get(id),
    publisher: (name) => publishers.get(name),
  };
}
