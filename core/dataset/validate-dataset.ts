import * as v from 'valibot';
import { DatasetSchema, type Dataset, type Publisher } from '../../data/schema';
import { datasetFacts } from './dataset-facts';
import { isBefore } from './partial-date';

/**
 * structure: the schema and every id reference (the build refuses these: code relies on them);
 * trust: what a fact rests on; time: the dates a card needs to say what was true when.
 */
export type DatasetRule = 'structure' | 'trust' | 'time';

export interface DatasetProblem {
  rule: DatasetRule;
  path: string;
  message: string;
  /** The record the problem belongs to (people.x, claims.y, events.z), for trust and time rules. */
  record?: string;
}

/** Publisher types that never carry a fact alone: they copy or make up what others report. */
const UNTRUSTED: ReadonlySet<Publisher['type']> = new Set(['aggregator', 'content-farm']);

/**
 * May this publisher carry a fact on its own? Not an aggregator or content farm; state media only
 * for what their own state says (`factState`).
 */
export function countsAsSource(publisher: Publisher | undefined, factState: string | undefined): boolean {
  if (!publisher || UNTRUSTED.has(publisher.type)) return false;
  return publisher.type !== 'state-media' || publisher.state === factState;
}

/** Schema errors, the cross-file references, and the dataset's trust and time rules. */
export function validateDataset(input: unknown): { dataset?: Dataset; problems: DatasetProblem[] } {
  const parsed = v.safeParse(DatasetSchema, input);
  if (!parsed.success) {
    return {
      problems: parsed.issues.map((issue) => ({
        rule: 'structure',
        path: v.getDotPath(issue) ?? '(root)',
        message: issue.message,
      })),
    };
  }
  const dataset = parsed.output;
  const problems = [...structureProblems(dataset), ...trustProblems(dataset), ...timeProblems(dataset)];
  return { dataset, problems };
}

function structureProblems(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const problem = (path: string, message: string) => problems.push({ rule: 'structure', path, message });
  const unique = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problem(kind, `duplicate id ${id}`);
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
  const claimIds = unique(
    'claims',
    dataset.claims.map((c) => c.id),
  );
  const eventIds = unique(
    'events',
    dataset.events.map((e) => e.id),
  );
  const publishers = unique(
    'publishers',
    dataset.publishers.map((p) => p.name),
  );

  const needSource = (path: string, ids: readonly string[]) => {
    for (const id of ids) if (!sourceIds.has(id)) problem(path, `unknown source ${id}`);
  };
  const needPerson = (path: string, id: string | undefined) => {
    if (id !== undefined && !personIds.has(id)) problem(path, `unknown person ${id}`);
  };

  for (const fact of datasetFacts(dataset)) needSource(fact.path, fact.sources);
  for (const p of dataset.people) {
    p.differs.forEach((d, i) => {
      const at = `people.${p.id}.differs.${i}`;
      needPerson(at, d.personId);
      if (d.sourceId !== undefined) needSource(at, [d.sourceId]);
      if (d.personId === undefined && d.sourceId === undefined)
        problem(at, 'names neither a person nor a source');
    });
  }
  for (const c of dataset.claims) {
    const at = `claims.${c.id}`;
    needPerson(`${at}.madeBy`, c.madeBy.personId);
    if (c.madeBy.personId === undefined && c.madeBy.actor === undefined)
      problem(`${at}.madeBy`, 'names neither a person nor an actor');
    for (const e of c.events ?? []) if (!eventIds.has(e)) problem(at, `unknown event ${e}`);
    const by = c.status?.supersededBy;
    if (by?.claimId !== undefined && !claimIds.has(by.claimId))
      problem(`${at}.status.supersededBy`, `unknown claim ${by.claimId}`);
    if (by?.eventId !== undefined && !eventIds.has(by.eventId))
      problem(`${at}.status.supersededBy`, `unknown event ${by.eventId}`);
  }
  for (const s of dataset.sources)
    if (!publishers.has(s.publisher))
      problem(`sources.${s.id}`, `publisher not in publishers.json: ${s.publisher}`);
  for (const p of dataset.publishers) {
    if (p.type === 'state-media' && p.state === undefined)
      problem(`publishers.${p.name}`, 'state media name the state they speak for');
    if (p.type !== 'state-media' && p.state !== undefined)
      problem(`publishers.${p.name}`, 'only state media name a state');
  }
  return problems;
}

/** Every fact rests on at least one source that counts (see countsAsSource). */
function trustProblems(dataset: Dataset): DatasetProblem[] {
  const publisherByName = new Map(dataset.publishers.map((p) => [p.name, p]));
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const publisherOf = (id: string) => {
    const source = sourceById.get(id);
    return source && publisherByName.get(source.publisher);
  };
  return datasetFacts(dataset)
    .filter((fact) => !fact.sources.some((id) => countsAsSource(publisherOf(id), fact.state)))
    .map((fact) => ({
      rule: 'trust',
      path: fact.path,
      record: fact.record,
      message: `${fact.kind} rests on no source that counts: ${fact.sources
        .map((id) => {
          const p = publisherOf(id);
          return `${id} (${p ? (p.state ? `${p.type} ${p.state}` : p.type) : 'unknown'})`;
        })
        .join(', ')}${fact.state ? ` [${fact.state} statement]` : ''}`,
    }));
}

function timeProblems(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const problem = (record: string, path: string, message: string) =>
    problems.push({ rule: 'time', path, record, message });
  for (const p of dataset.people) {
    const record = `people.${p.id}`;
    if (p.asOf === undefined) problem(record, `${record}.asOf`, 'says when its facts were last checked');
    p.roles.forEach((r, i) => {
      const at = `${record}.roles.${i}`;
      if (r.from === undefined) problem(record, at, 'role has no start date (from)');
      if (r.from !== undefined && r.to !== undefined && isBefore(r.to, r.from))
        problem(record, at, `role ends (${r.to}) before it starts (${r.from})`);
      if (p.died === undefined) return;
      if (r.to === undefined) problem(record, at, `role has no end date, but the person died ${p.died}`);
      else if (isBefore(p.died, r.to)) problem(record, at, `role ends ${r.to}, after death ${p.died}`);
    });
  }
  for (const c of dataset.claims) {
    const record = `claims.${c.id}`;
    const status = c.status;
    if (status === undefined) {
      problem(record, `${record}.status`, 'says where the claim stands today (status)');
      continue;
    }
    const by = status.supersededBy;
    if (status.value === 'superseded' && by?.claimId === undefined && by?.eventId === undefined)
      problem(record, `${record}.status`, 'superseded names the claim or event that superseded it');
    if (status.value === 'confirmed' && status.by === undefined)
      problem(record, `${record}.status`, 'confirmed says by whom');
    if (isBefore(status.date, c.madeBy.date))
      problem(
        record,
        `${record}.status`,
        `status date ${status.date} is before the claim (${c.madeBy.date})`,
      );
  }
  return problems;
}
