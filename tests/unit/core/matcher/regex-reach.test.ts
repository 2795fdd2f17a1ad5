import { describe, expect, it } from 'vitest';
import { regexReach, UNBOUNDED_AS } from '../../../../core/matcher/regex-reach';

describe('regexReach', () => {
  it('counts the longest match and what lookaheads read beyond it, and apart what lookbehinds read back', () => {
    expect(regexReach('abc')).toEqual({ ahead: 3, back: 0 });
    expect(regexReach('a(?:bc|d)?').ahead).toBe(3);
    expect(regexReach('a(?=[^.]{0,100}x)').ahead).toBe(1 + 100 * 2 + 1);
    expect(regexReach('(?<=[\\s\\S]{0,200}x)ab')).toEqual({ ahead: 2, back: 200 * 2 + 1 });
    // A lookbehind after part of the match looks back over that part too.
    expect(regexReach('abc(?<=x.{0,10})').back).toBe(1 + 10 * 2 + 3);
  });

  it('counts an open repetition as a long word, and has no bound for a back-reference', () => {
    expect(regexReach('\\p{L}+').ahead).toBe(UNBOUNDED_AS * 2);
    expect(regexReach('(a)\\1').ahead).toBe(Infinity);
    expect(regexReach('(')).toEqual({ ahead: Infinity, back: Infinity });
  });
});
