import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../../data/schema';
import { CLAIM_MATCHER_OPTIONS, claimPatternEntries } from '../../../../core/claims/compile-claim-patterns';
import { compileMatcher } from '../../../../core/matcher/compile-matcher';

describe('claimPatternEntries', () => {
  it('gives one matcher entry per pattern, and the matcher, expanding its numbers, finds the figure and its noun', () => {
    const claims = [
      { id: 'containers', patterns: [{ pattern: '{n:1000} Container' }, { pattern: '{n:1000} containers' }] },
      { id: 'troops', patterns: [{ pattern: '{n:12000} (?:Soldaten|troops)' }] },
    ] as unknown as Claim[];
    const entries = claimPatternEntries(claims);
    expect(entries.map((e) => e.id)).toEqual(['containers', 'containers', 'troops']);
    const text = 'Laut Kirby kamen mehr als tausend Container an; Seoul spricht von 12.000 Soldaten.';
    expect(
      compileMatcher([], entries, CLAIM_MATCHER_OPTIONS)
        .findAll(text)
        .map((m) => [m.id, m.text]),
    ).toEqual([
      ['containers', 'tausend Container'],
      ['troops', '12.000 Soldaten'],
    ]);
  });
});
