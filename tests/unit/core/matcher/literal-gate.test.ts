import { describe, expect, it } from 'vitest';
import { compileLiteralGate } from '../../../../core/matcher/literal-gate';

describe('compileLiteralGate', () => {
  const gate = compileLiteralGate(['moscow', 'mosc', 'cow', 'pyongyang ', 'yang', 'kursk', '$1.2', 'c++']);

  it('finds every literal a text holds, where they overlap or start together', () => {
    expect([...gate.present('talks in moscow and pyongyang today')].sort()).toEqual(
      ['cow', 'mosc', 'moscow', 'pyongyang ', 'yang'].sort(),
    );
  });

  it('reads regex characters in literals as themselves, and finds nothing in a text without them', () => {
    expect([...gate.present('at most $1.2 billion; c++')].sort()).toEqual(['$1.2', 'c++']);
    expect([...gate.present('at most $102 billion')]).toEqual([]);
    expect(compileLiteralGate([]).present('moscow').size).toBe(0);
  });

  it('finds exactly what one includes per literal finds, among more literals than it has buckets', () => {
    // 100,000 literals over 65,536 buckets: many share one, and must still be told apart.
    let seed = 7;
    const random = () => (seed = (Math.imul(seed, 48271) >>> 0) % 0x7fffffff) / 0x7fffffff;
    const letters = 'abcdefghijklmnopqrstuvwxyzäöüß .';
    const word = (n: number) =>
      Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join('');
    const literals = Array.from({ length: 100_000 }, () => word(3 + Math.floor(random() * 5)));
    const text = word(20_000);
    const expected = new Set(literals.filter((l) => text.includes(l)));
    expect(expected.size).toBeGreaterThan(1_000);
    expect(compileLiteralGate(literals).present(text)).toEqual(expected);
  });
});
