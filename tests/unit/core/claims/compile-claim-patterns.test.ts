import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../../data/schema';
import { claimPatternEntries } from '../../../../core/claims/compile-claim-patterns';
import { compileMatcher } from '../../../../core/matcher/compile-matcher';

describe('claimPatternEntries', () => {
  it('gives one matcher entry per pattern, numbers expanded, and the matcher finds the figure and its noun', () => {
    const claims = [
      { id: 'containers', patterns: [{ pattern: '{n:1000} Container' }, { pattern: '{n:1000} containers' }] },
      { id: 'troops', patterns: [{ pattern: '{n:12000} (?:Soldaten|troops)' }] },
    ] as unknown as Claim[];
    const entries = claimPatternEntries(claims);
    expect(entries.map((e) => e.id)).toEqual(['containers', 'containers', 'troops']);
    expect(entries.every((e) => !e.source.includes('{n:'))).toBe(true);
    const text = 'Laut Kirby kamen mehr als tausend Container an; Seoul spricht von 12.000 Soldaten.';
    expect(
      compileMatcher([], entries)
        .findAll(text)
        .map((m) => [m.id, m.text]),
    ).toEqual([
      ['containers', 'tausend Container'],
      ['troops', '12.000 Soldaten'],
    ]);
  });
});
