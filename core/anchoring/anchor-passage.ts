/**
 * Finds a described passage again in the page's (possibly changed) main text, the way Hypothesis
 * re-anchors: exact quote, then stored position, then an approximate match with a bounded error count.
 */
import search from 'approx-string-match';
import { type PassageAnchor, type PassageSelectors } from './types';

/** The fuzzy step's error budget never exceeds this, whatever the quote, so it cannot stall the page. */
export const MAX_FUZZY_ERRORS = 32;
/** Enough to pick among a quote's repetitions; a quote found more often than this is just a common phrase. */
const MAX_OCCURRENCES = 1_000;

export function anchorPassage(text: string, selectors: PassageSelectors): PassageAnchor | null {
  const { quote, position } = selectors;
  if (quote.exact.length === 0) return null;

  const occurrences = findOccurrences(text, quote.exact);
  const inContext = occurrences.filter(
    (start) =>
      contextScore(text, start, start + quote.exact.length, quote.prefix, quote.suffix) ===
      fullContext(quote),
  );
  if (inContext.length > 0) return exactAt(nearest(inContext, position.start), quote.exact.length, 'exact');

  // The context around every copy changed, but the copy at the stored offset is still the quote.
  if (text.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, how: 'position' };
  }
  if (occurrences.length > 0) {
    const best = bestBy(occurrences, (start) => [
      -contextScore(text, start, start + quote.exact.length, quote.prefix, quote.suffix),
      Math.abs(start - position.start),
    ]);
    return exactAt(best, quote.exact.length, 'exact');
  }
  return fuzzyAnchor(text, selectors);
}

/** The error budget for a quote: a fifth of its length, capped. Short quotes get none and must match exactly. */
export function maxErrorsFor(quote: string): number {
  return Math.min(MAX_FUZZY_ERRORS, Math.floor(quote.length / 5));
}

function fuzzyAnchor(text: string, { quote, position }: PassageSelectors): PassageAnchor | null {
  const maxErrors = maxErrorsFor(quote.exact);
  if (maxErrors === 0) return null;
  const matches = search(text, quote.exact, maxErrors);
  if (matches.length === 0) return null;
  const best = bestBy(matches, (match) => [
    match.errors,
    -contextScore(text, match.start, match.end, quote.prefix, quote.suffix),
    Math.abs(match.start - position.start),
  ]);
  return { start: best.start, end: best.end, how: 'fuzzy' };
}

function findOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (
    let at = text.indexOf(exact);
    at !== -1 && found.length < MAX_OCCURRENCES;
    at = text.indexOf(exact, at + 1)
  ) {
    found.push(at);
  }
  return found;
}

/** How many characters of the stored prefix and suffix still surround text[start, end). */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  let before = 0;
  while (before < prefix.length && text[start - 1 - before] === prefix[prefix.length - 1 - before]) before++;
  let after = 0;
  while (after < suffix.length && text[end + after] === suffix[after]) after++;
  return before + after;
}

function fullContext(quote: PassageSelectors['quote']): number {
  return quote.prefix.length + quote.suffix.length;
}

function nearest(starts: number[], target: number): number {
  return bestBy(starts, (start) => [Math.abs(start - target)]);
}

/** The candidate with the smallest key, compared element by element; the first one wins ties. */
function bestBy<T>(candidates: T[], key: (candidate: T) => number[]): T {
  let best = candidates[0] as T;
  let bestKey = key(best);
  for (const candidate of candidates.slice(1)) {
    const candidateKey = key(candidate);
    const index = candidateKey.findIndex((value, i) => value !== bestKey[i]);
    if (index !== -1 && (candidateKey[index] as number) < (bestKey[index] as number)) {
      best = candidate;
      bestKey = candidateKey;
    }
  }
  return best;
}

function exactAt(start: number, length: number, how: PassageAnchor['how']): PassageAnchor {
  return { start, end: start + length, how };
}
