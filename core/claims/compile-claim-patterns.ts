import type { Claim } from '../../data/schema';
import type { MatcherOptions, PatternEntry } from '../matcher/compile-matcher';
import { expandNumberPlaceholders } from './expand-number-placeholders';
import claimLiterals from './claim-literals.json';
import { patternKey } from './pattern-key';

/**
 * The literals of each expanded pattern (see core/matcher/required-literals.ts), worked out at
 * build time by `npm run data:literals`: reading them off 200 patterns costs the content script
 * tens of milliseconds it does not have. Keyed by patternKey(source). A pattern missing here (the file is stale) still runs,
 * only over every text; a unit test keeps the file current.
 */
const LITERALS: Readonly<Record<string, readonly string[]>> = claimLiterals;

/**
 * Every claim pattern of the dataset for the matcher: as written, with the literals of its
 * expanded form. The matcher expands it on first use, given CLAIM_MATCHER_OPTIONS.
 */
export function claimPatternEntries(claims: readonly Pick<Claim, 'id' | 'patterns'>[]): PatternEntry[] {
  return claims.flatMap((claim) =>
    claim.patterns.map((p) => {
      const key = patternKey(expandNumberPlaceholders(p.pattern));
      return {
        id: claim.id,
        source: p.pattern,
        literals: Object.hasOwn(LITERALS, key) ? LITERALS[key] : undefined,
      };
    }),
  );
}

/** How the matcher turns a claim pattern as written into a regex: number placeholders expanded. */
export const CLAIM_MATCHER_OPTIONS: MatcherOptions = { expand: expandNumberPlaceholders };
