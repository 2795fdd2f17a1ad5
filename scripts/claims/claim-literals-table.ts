import type { Claim } from '../../data/schema';
import { expandNumberPlaceholders } from '../../core/claims/expand-number-placeholders';
import { requiredLiterals } from '../../core/matcher/required-literals';
import { patternKey } from '../../core/claims/pattern-key';

/** patternKey(expanded source) → its literals, for every pattern that has a set, in a stable order. */
export function claimLiteralsTable(claims: readonly Claim[]): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  const sources = claims.flatMap((c) => c.patterns.map((p) => expandNumberPlaceholders(p.pattern)));
  for (const source of new Set(sources)) {
    const literals = requiredLiterals(source);
    if (literals) table[patternKey(source)] = literals;
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : 1)));
}
