/**
 * `npm run data:report`: what the dataset holds (people, aliases, claims, sources, languages,
 * publishers), which facts rest on a single source, the facts by source type and by when their
 * record was last checked, and the facts resting on state media alone, so reviewers know where to
 * look first.
 */
import { bundledDataset } from '../core/dataset/bundled-dataset';
import { datasetFacts } from '../core/dataset/dataset-facts';
import { startOfDate } from '../core/dataset/partial-date';

const { people, claims, sources, events, publishers } = bundledDataset;
const count = <T>(items: T[], key: (x: T) => string) => {
  const m = new Map<string, number>();
  for (const x of items) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
};

console.log('Kontext dataset');
console.log(`  people   ${people.length} (${people.filter((p) => p.highlight).length} highlighted)`);
console.log(`  aliases  ${people.reduce((n, p) => n + p.aliases.length, 0)}`);
console.log(`  claims   ${claims.length} (${claims.reduce((n, c) => n + c.patterns.length, 0)} patterns)`);
console.log(`  sources  ${sources.length} (${sources.filter((s) => s.url).length} with a URL someone saw)`);
console.log(`  events   ${events.length}`);
console.log(
  `  source languages: ${count(sources, (s) => s.lang)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
);
console.log(`  publishers: ${new Set(sources.map((s) => s.publisher)).size}`);

const single: string[] = [];
for (const p of people) {
  p.roles.forEach((r, i) => r.sources.length < 2 && single.push(`people.${p.id}.roles.${i}`));
  p.positions.forEach((x, i) => x.sources.length < 2 && single.push(`people.${p.id}.positions.${i}`));
}
for (const c of claims) {
  if (c.sources.length < 2) single.push(`claims.${c.id}`);
  c.timeline.forEach((t, i) => t.sources.length < 2 && single.push(`claims.${c.id}.timeline.${i}`));
}
for (const e of events) if (e.sources.length < 2) single.push(`events.${e.id}`);
console.log(`\nFacts resting on a single source (${single.length}):`);
for (const s of single) console.log(`  ${s}`);

// Trust: what kinds of publisher the facts rest on (a fact counts once under each type it cites).
const publisherByName = new Map(publishers.map((p) => [p.name, p]));
const sourceById = new Map(sources.map((s) => [s.id, s]));
const publisherOf = (id: string) => publisherByName.get(sourceById.get(id)?.publisher ?? '');
const facts = datasetFacts(bundledDataset);
const byType = new Map<string, number>();
for (const fact of facts) {
  const types = new Set(fact.sources.map((id) => publisherOf(id)?.type ?? 'unregistered'));
  for (const type of types) byType.set(type, (byType.get(type) ?? 0) + 1);
}
console.log(`\nFacts by source type (${facts.length} facts; a fact counts under each type it cites):`);
for (const [type, n] of [...byType.entries()].sort((a, b) => b[1] - a[1]))
  console.log(`  ${type.padEnd(20)} ${n}`);

// Time: how long ago each record was last checked against its sources.
const today = new Date().toISOString().slice(0, 10);
const daysSince = (date: string) =>
  Math.floor((Date.parse(today) - Date.parse(startOfDate(date))) / 86_400_000);
const ageBucket = (date: string | undefined) => {
  if (date === undefined) return 'never checked';
  const days = daysSince(date);
  return days <= 30
    ? 'within 30 days'
    : days <= 182
      ? 'within 6 months'
      : days <= 365
        ? 'within a year'
        : 'over a year ago';
};
const asOfOf = new Map<string, string | undefined>([
  ...people.map((p): [string, string | undefined] => [`people.${p.id}`, p.asOf]),
  ...claims.map((c): [string, string | undefined] => [`claims.${c.id}`, c.status?.date]),
]);
const byAge = count(
  facts.filter((f) => asOfOf.has(f.record)),
  (f) => ageBucket(asOfOf.get(f.record)),
);
console.log(
  `\nFacts by when their record was last checked (people: asOf; claims: status date; as of ${today}):`,
);
for (const [bucket, n] of byAge) console.log(`  ${bucket.padEnd(20)} ${n}`);

// State media alone: facts whose only sources that are not aggregators or farms are state media.
const stateAlone = facts.filter((f) => {
  const usable = f.sources
    .map(publisherOf)
    .filter((p) => p && p.type !== 'aggregator' && p.type !== 'content-farm');
  return usable.length > 0 && usable.every((p) => p?.type === 'state-media');
});
console.log(`\nFacts resting on state media alone (${stateAlone.length}):`);
for (const f of stateAlone) {
  const states = [...new Set(f.sources.map((id) => publisherOf(id)?.state).filter(Boolean))].join(', ');
  console.log(
    `  ${f.path}  [${states} media${f.state ? `; marked as ${f.state}'s word` : "; NOT marked as that state's word"}]`,
  );
}
