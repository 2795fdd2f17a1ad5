import type { Dataset } from '../data/schema';
import { datasetMatcherTables, type FindingData } from './dataset/finding-data';
import { claimsMatchableAt } from './claims/claim-date-gate';
import { CLAIM_MATCHER_OPTIONS } from './claims/compile-claim-patterns';
import { MAX_DETECTION_CHARS, scoreRelevance } from './detect/score-relevance';
import type { Detection } from './detect/detection';
import { matcherFromTables, type Matcher, type MatchRange } from './matcher/compile-matcher';

export interface Analysis {
  detection: Detection;
  matches: MatchRange[];
  experts: { id: string; name: string; count: number }[];
  claims: { id: string; count: number }[];
}

/**
 * One matcher for the whole dataset: every highlighted person's aliases and every claim pattern.
 * The finding data brings its tables ready-made; a full dataset (Node tools, tests) has them built.
 */
export function compileDatasetMatcher(dataset: Dataset | FindingData): Matcher {
  return matcherFromTables(
    'matcher' in dataset ? dataset.matcher : datasetMatcherTables(dataset),
    CLAIM_MATCHER_OPTIONS,
  );
}

function countIds(matches: MatchRange[], kind: MatchRange['kind']): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of matches) if (m.kind === kind) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  return counts;
}

/**
 * The whole pipeline on plain text: which people and claims it names, and whether it is on topic.
 * `published` (YYYY-MM-DD or YYYY-MM) is the article's date where known; claims made after it do
 * not match, and without it the latest year the text names sets the limit. Only what detection
 * reads (the first MAX_DETECTION_CHARS) is searched: the content script runs this before the first
 * highlight, and the people and claims feed the verdict; the highlighting reads the whole page.
 */
export function analyzeText(
  text: string,
  dataset: Dataset | FindingData,
  matcher: Matcher = compileDatasetMatcher(dataset),
  published?: string,
): Analysis {
  const read = text.length > MAX_DETECTION_CHARS ? text.slice(0, MAX_DETECTION_CHARS) : text;
  const matchable = claimsMatchableAt(dataset.claims, { published, text });
  const matches = matcher.findAll(read).filter((m) => m.kind !== 'claim' || matchable.has(m.id));
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
