import type { Claim, Dataset, Person } from '../../data/schema';

/**
 * What the content script needs to FIND people and claims on a page, and nothing a card shows:
 * aliases (and the name, for the popup and evidence lines), claim patterns with the date the claim
 * was made (the date gate), and the topic lexicon. Bios, roles, timelines and sources stay in the
 * background, which hands a card its slice on demand (see card-slice.ts).
 */
export interface FindingData {
  people: Pick<Person, 'id' | 'name' | 'highlight' | 'aliases'>[];
  claims: (Pick<Claim, 'id' | 'patterns'> & { madeBy: Pick<Claim['madeBy'], 'date'> })[];
  lexicon: Dataset['lexicon'];
}

/** The finding view of a dataset; run at build time, so the full JSON never enters the content script. */
export function toFindingData(dataset: Dataset): FindingData {
  return {
    // A person who is not highlighted is never found, so only their card (via a reference) needs them.
    people: dataset.people
      .filter((p) => p.highlight)
      .map(({ id, name, highlight, aliases }) => ({ id, name, highlight, aliases })),
    claims: dataset.claims.map(({ id, patterns, madeBy }) => ({
      id,
      patterns,
      madeBy: { date: madeBy.date },
    })),
    lexicon: dataset.lexicon,
  };
}

/**
 * The module the build serves as `virtual:kontext-finding-data`: a string for JSON.parse, which V8
 * parses faster than the same data written as an object literal.
 */
export function findingDataModule(dataset: Dataset): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(toFindingData(dataset)))});`;
}
