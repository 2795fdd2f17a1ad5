import * as v from 'valibot';
import { DatasetSchema, type Dataset } from '../../data/schema';

export interface DatasetProblem {
  path: string;
  message: string;
}

/** Schema errors plus the cross-file rules the schema cannot express (ids unique and resolving). */
export function validateDataset(input: unknown): { dataset?: Dataset; problems: DatasetProblem[] } {
  const parsed = v.safeParse(DatasetSchema, input);
  if (!parsed.success) {
    return {
      problems: parsed.issues.map((issue) => ({
        path: v.getDotPath(issue) ?? '(root)',
        message: issue.message,
      })),
    };
  }
  const dataset = parsed.output;
  const problems: DatasetProblem[] = [];
  const unique = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push({ path: kind, message: `duplicate id ${id}` });
      seen.add(id);
    }
    return seen;
  };
  const sourceIds = unique(
    'sources',
    dataset.sources.map((s) => s.id),
  );
  const personIds = unique(
    'people',
    dataset.people.map((p) => p.id),
  );
  unique(
    'claims',
    dataset.claims.map((c) => c.id),
  );
  const eventIds = unique(
    'events',
    dataset.events.map((e) => e.id),
  );

  const needSource = (path: string, ids: readonly string[]) => {
    for (const id of ids) if (!sourceIds.has(id)) problems.push({ path, message: `unknown source ${id}` });
  };
  const needPerson = (path: string, id: string | undefined) => {
    if (id !== undefined && !personIds.has(id)) problems.push({ path, message: `unknown person ${id}` });
  };

  for (const p of dataset.people) {
    const at = `people.${p.id}`;
    needSource(at, p.sources);
    p.roles.forEach((r, i) => needSource(`${at}.roles.${i}`, r.sources));
    p.positions.forEach((pos, i) => needSource(`${at}.positions.${i}`, pos.sources));
    p.differs.forEach((d, i) => {
      needPerson(`${at}.differs.${i}`, d.personId);
      if (d.sourceId !== undefined) needSource(`${at}.differs.${i}`, [d.sourceId]);
      if (d.personId === undefined && d.sourceId === undefined)
        problems.push({ path: `${at}.differs.${i}`, message: 'names neither a person nor a source' });
    });
  }
  for (const c of dataset.claims) {
    const at = `claims.${c.id}`;
    needSource(at, c.sources);
    needPerson(`${at}.madeBy`, c.madeBy.personId);
    if (c.madeBy.personId === undefined && c.madeBy.actor === undefined)
      problems.push({ path: `${at}.madeBy`, message: 'names neither a person nor an actor' });
    c.timeline.forEach((t, i) => needSource(`${at}.timeline.${i}`, t.sources));
    c.counter.forEach((k, i) => needSource(`${at}.counter.${i}`, [k.sourceId]));
    for (const e of c.events ?? [])
      if (!eventIds.has(e)) problems.push({ path: at, message: `unknown event ${e}` });
  }
  for (const e of dataset.events) needSource(`events.${e.id}`, e.sources);
  const publishers = unique(
    'publishers',
    dataset.publishers.map((p) => p.name),
  );
  for (const s of dataset.sources)
    if (!publishers.has(s.publisher))
      problems.push({ path: `sources.${s.id}`, message: `publisher not in publishers.json: ${s.publisher}` });
  return problems.length ? { dataset, problems } : { dataset, problems: [] };
}
