/**
 * `npm run data:report`: what the dataset holds (people, aliases, claims, sources, languages,
 * publishers) and which facts rest on a single source, so reviewers know where to look first.
 */
import { bundledDataset } from '../core/dataset/bundled-dataset';

const { people, claims, sources, events } = bundledDataset;
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
