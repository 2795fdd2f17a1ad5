import type { FindingData } from './dataset/finding-data';
import { claimsMatchableAt } from './claims/claim-date-gate';
import { claimPatternEntries } from './claims/compile-claim-patterns';
import { scoreRelevance } from './detect/score-relevance';
import type { Detection } from './detect/detection';
import { compileMatcher, type Matcher, type MatchRange, type MatcherEntry } from './matcher/compile-matcher';

export interface Analysis {
  detection: Detection;
  matches: MatchRange[];
  experts: { id: string; name: string; count: number }[];
  claims: { id: string; count: number }[];
}

/** One matcher for the whole dataset: every highlighted person's aliases and every claim pattern. */
export function compileDatasetMatcher(dataset: FindingData): Matcher {
  const entries: MatcherEntry[] = dataset.people
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
  return compileMatcher(entries, claimPatternEntries(dataset.claims));
}

function countIds(matches: MatchRange[], kind: MatchRange['kind']): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of matches) if (m.kind === kind) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  return counts;
}

/**
 * The whole pipeline on plain text: which people and claims it names, and whether it is on topic.
 * `published` (YYYY-MM-DD or YYYY-MM) is the article's date where known; claims made after it do
 * not match, and without it the latest year the text names sets the limit.
 */
export function analyzeText(
  text: string,
  dataset: FindingData,
  matcher: Matcher = compileDatasetMatcher(dataset),
  published?: string,
): Analysis {
  const matchable = claimsMatchableAt(dataset.claims, { published, text });
  const matches = matcher.findAll(text).filter((m) => m.kind !== 'claim' || matchable.has(m.id));
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const experts = [...countIds(matches, 'expert')].map(([id, count]) => ({
    id,
    name: people.get(id)?.name ?? id,
    count,
  }));
  const claims = [...countIds(matches, 'claim')].map(([id, count]) => ({ id, count }));
  const detection = scoreRelevance(text, dataset.lexicon, { claims: claims.length, people: experts.length });
  return { detection, matches, experts, claims };
}
