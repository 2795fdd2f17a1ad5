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
});
