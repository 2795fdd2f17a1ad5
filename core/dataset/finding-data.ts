import type { Claim, Dataset, Person } from '../../data/schema';
import { claimPatternEntries } from '../claims/compile-claim-patterns';
import { buildMatcherTables, type MatcherTables } from '../matcher/matcher-tables';

/**
 * What the content script needs to FIND people and claims on a page, and nothing a card shows:
 * the matcher's tables (aliases and claim patterns, prepared at build time), each person's name
 * (for the popup and evidence lines), the date each claim was made (the date gate), and the topic
 * lexicon. Bios, roles, timelines and sources stay in the background, which hands a card its slice
 * on demand (see card-slice.ts).
 */
export interface FindingData {
  people: Pick<Person, 'id' | 'name' | 'highlight'>[];
  claims: (Pick<Claim, 'id'> & { madeBy: Pick<Claim['madeBy'], 'date'> })[];
  lexicon: Dataset['lexicon'];
  matcher: MatcherTables;
}

/** Every highlighted person's aliases and every claim pattern, as the matcher's tables. */
export function datasetMatcherTables(dataset: Pick<Dataset, 'people' | 'claims'>): MatcherTables {
  const entries = dataset.people
    .filter((p) => p.highlight)
    .flatMap((p) =>
      p.aliases.map((a) => ({
        text: a.text,
        id: p.id,
        kind: 'expert' as const,
        ambiguous: a.ambiguous,
        afterFullName: a.afterFullName,
      })),
    );
  return buildMatcherTables(entries, claimPatternEntries(dataset.claims));
}

/** The finding view of a dataset; run at build time, so the full JSON never enters the content script. */
export function toFindingData(dataset: Dataset): FindingData {
  return {
    // A person who is not highlighted is never found, so only their card (via a reference) needs them.
    people: dataset.people
      .filter((p) => p.highlight)
      .map(({ id, name, highlight }) => ({ id, name, highlight })),
    claims: dataset.claims.map(({ id, madeBy }) => ({ id, madeBy: { date: madeBy.date } })),
    lexicon: dataset.lexicon,
    matcher: datasetMatcherTables(dataset),
  };
}

/**
 * The module the build serves as `virtual:kontext-finding-data`: a string for JSON.parse, which V8
 * parses faster than the same data written as an object literal.
 */
export function findingDataModule(dataset: Dataset): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(toFindingData(dataset)))});`;
}
