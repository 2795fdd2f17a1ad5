/**
 * Dataset coverage on the labelled corpus: of the people and claims annotators listed for the
 * on-topic items, how many `scan` finds. Pure over its inputs (items, dataset, map), so the
 * data:coverage script and the coverage ratchet test measure the same thing.
 */
import type { Dataset } from '../../data/schema';
import { analyzeText } from '../../core/analyze-text';
import type { Matcher } from '../../core/matcher/compile-matcher';
import type { CorpusItem } from '../corpus/read-corpus-dev';
import { lookupClaim, type ClaimMap } from './claim-map';

export interface Share {
  found: number;
  all: number;
}

export interface Coverage {
  people: Record<'all' | 'de' | 'en', Share>;
  claims: Record<'all' | 'de' | 'en', Share>;
  /** Annotated names no dataset person took, most frequent first, with their counts. */
  missingPeople: [name: string, count: number][];
  /** Annotated claims not found (null-mapped or not matched), most frequent first. */
  missingClaims: [claim: string, count: number][];
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-‐‑\s]+/g, ' ')
    .trim();

/**
 * The dataset people an annotated name denotes: those with an alias equal to it (spacing, hyphens
 * and accents aside; so a bare surname names everyone who has it as an alias), or whom the matcher
 * finds in the name itself.
 */
export function peopleNamed(name: string, dataset: Dataset, matcher: Matcher): Set<string> {
  const ids = new Set<string>();
  const folded = fold(name);
  for (const p of dataset.people) if (p.aliases.some((a) => fold(a.text) === folded)) ids.add(p.id);
  for (const m of matcher.findAll(name)) if (m.kind === 'expert') ids.add(m.id);
  return ids;
}

function tally(list: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const s of list) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const share = (): Share => ({ found: 0, all: 0 });

export function measureCoverage(
  items: CorpusItem[],
  dataset: Dataset,
  matcher: Matcher,
  claimMap: ClaimMap,
  headsOfState: string[],
): Coverage {
  const heads = new Set(dataset.people.filter((p) => p.kind === 'head-of-state').map((p) => p.id));
  const outsideHeads = new Set(headsOfState.map(fold));
  const people = { all: share(), de: share(), en: share() };
  const claims = { all: share(), de: share(), en: share() };
  const missingPeople: string[] = [];
  const missingClaims: string[] = [];
  const count = (shares: Record<'all' | 'de' | 'en', Share>, lang: 'de' | 'en', found: boolean) => {
    for (const s of [shares.all, shares[lang]]) {
      s.all += 1;
      if (found) s.found += 1;
    }
  };
  for (const item of items.filter((i) => i.label === 'positive')) {
    const analysis = analyzeText(item.text, dataset, matcher, item.date);
    const foundPeople = new Set(analysis.experts.map((e) => e.id));
    const foundClaims = new Set(analysis.claims.map((c) => c.id));
    for (const name of item.people) {
      if (outsideHeads.has(fold(name))) continue;
      const named = peopleNamed(name, dataset, matcher);
      if ([...named].some((id) => heads.has(id))) continue;
      const found = [...named].some((id) => foundPeople.has(id));
      count(people, item.lang, found);
      if (!found) missingPeople.push(name);
    }
    for (const claim of item.claims) {
      const id = lookupClaim(claimMap, claim)?.id;
      const found = id != null && foundClaims.has(id);
      count(claims, item.lang, found);
      if (!found) missingClaims.push(claim);
    }
  }
  return { people, claims, missingPeople: tally(missingPeople), missingClaims: tally(missingClaims) };
}

const pct = (s: Share) => `${((s.found / (s.all || 1)) * 100).toFixed(1)}% (${s.found}/${s.all})`;

/** The figures as the script and the test print them: overall and per language. */
export function formatCoverage(c: Coverage): string {
  return [
    `person mentions (heads of state aside): ${pct(c.people.all)}; de ${pct(c.people.de)}; en ${pct(c.people.en)}`,
    `annotated claims: ${pct(c.claims.all)}; de ${pct(c.claims.de)}; en ${pct(c.claims.en)}`,
  ].join('\n');
}

/** Rounded to three decimals, as the ratchet keeps them. */
export const rate = (s: Share) => Math.round((s.found / (s.all || 1)) * 1000) / 1000;
