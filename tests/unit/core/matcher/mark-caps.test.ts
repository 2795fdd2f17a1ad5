import { describe, expect, it } from 'vitest';
import { createMarkCaps } from '../../../../core/matcher/mark-caps';

const cha = { kind: 'expert', id: 'victor-cha' } as const;
const town = { kind: 'expert', id: 'jenny-town' } as const;

describe('createMarkCaps', () => {
  it('stops one entity at its cap while others still get highlights', () => {
    const caps = createMarkCaps({ perEntity: 2, perPage: 10 });
    expect([caps.take(cha), caps.take(cha), caps.take(cha)]).toEqual([true, true, false]);
    expect(caps.take(town)).toBe(true);
    expect(caps.full()).toBe(false);
  });

  it('stops every entity once the page has its cap', () => {
    const caps = createMarkCaps({ perEntity: 5, perPage: 3 });
    expect([caps.take(cha), caps.take(cha), caps.take(town)]).toEqual([true, true, true]);
    expect(caps.full()).toBe(true);
    expect(caps.take(town)).toBe(false);
  });

  it('counts an expert and a claim with the same id apart', () => {
    const caps = createMarkCaps({ perEntity: 1, perPage: 10 });
    expect(caps.take({ kind: 'expert', id: 'x' })).toBe(true);
    expect(caps.take({ kind: 'claim', id: 'x' })).toBe(true);
    expect(caps.take({ kind: 'claim', id: 'x' })).toBe(false);
  });
});
