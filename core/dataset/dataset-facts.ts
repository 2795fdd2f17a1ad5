import type { Dataset } from '../../data/schema';

/** The kinds of fact a reader may take from a card, each of which must rest on a source. */
export type FactKind = 'role' | 'bio' | 'position' | 'claim' | 'status' | 'timeline' | 'counter' | 'event';

export interface DatasetFact {
  kind: FactKind;
  /** Where the fact sits, as a dot path (people.ada.roles.0). */
  path: string;
  /** The record it belongs to (people.ada, claims.x, events.y): the unit of re-verification. */
  record: string;
  sources: readonly string[];
  /** Set when the fact is a state's own statement: that state's media count for it. */
  state?: string;
}

/** Every fact in the dataset with the sources it rests on, in file order. */
export function datasetFacts(dataset: Dataset): DatasetFact[] {
  const facts: DatasetFact[] = [];
  for (const p of dataset.people) {
    const record = `people.${p.id}`;
    const state = p.state;
    p.roles.forEach((r, i) =>
      facts.push({ kind: 'role', path: `${record}.roles.${i}`, record, sources: r.sources, state }),
    );
    facts.push({ kind: 'bio', path: `${record}.sources`, record, sources: p.sources, state });
    p.positions.forEach((x, i) =>
      facts.push({ kind: 'position', path: `${record}.positions.${i}`, record, sources: x.sources, state }),
    );
  }
  for (const c of dataset.claims) {
    const record = `claims.${c.id}`;
    const state = c.madeBy.state;
    facts.push({ kind: 'claim', path: record, record, sources: c.sources, state });
    if (c.status)
      facts.push({
        kind: 'status',
        path: `${record}.status`,
        record,
        sources: c.status.sources,
        state: c.status.state,
      });
    c.timeline.forEach((t, i) =>
      facts.push({
        kind: 'timeline',
        path: `${record}.timeline.${i}`,
        record,
        sources: t.sources,
        state: t.state,
      }),
    );
    c.counter.forEach((k, i) =>
      facts.push({
        kind: 'counter',
        path: `${record}.counter.${i}`,
        record,
        sources: [k.sourceId],
        state: k.state,
      }),
    );
  }
  for (const e of dataset.events) {
    const record = `events.${e.id}`;
    facts.push({ kind: 'event', path: record, record, sources: e.sources });
  }
  return facts;
}
