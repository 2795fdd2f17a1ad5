import type { FindingData } from '../dataset/finding-data';
import type { PatternEntry } from '../matcher/compile-matcher';
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

/** Every claim pattern of the dataset, with number placeholders expanded, ready for the matcher. */
export function claimPatternEntries(claims: readonly FindingData['claims'][number][]): PatternEntry[] {
  return claims.flatMap((claim) =>
    claim.patterns.map((p) => {
      const source = expandNumberPlaceholders(p.pattern);
      const key = patternKey(source);
      return { id: claim.id, source, literals: Object.hasOwn(LITERALS, key) ? LITERALS[key] : undefined };
    }),
  );
}
