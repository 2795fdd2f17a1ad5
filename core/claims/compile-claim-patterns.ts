import type { Claim } from '../../data/schema';
import type { PatternEntry } from '../matcher/compile-matcher';
import { expandNumberPlaceholders } from './expand-number-placeholders';

/** Every claim pattern of the dataset, with number placeholders expanded, ready for the matcher. */
export function claimPatternEntries(claims: readonly Claim[]): PatternEntry[] {
  return claims.flatMap((claim) =>
    claim.patterns.map((p) => ({ id: claim.id, source: expandNumberPlaceholders(p.pattern) })),
  );
}
