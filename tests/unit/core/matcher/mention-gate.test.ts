import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../../core/matcher/compile-matcher';
import { createMentionGate } from '../../../../core/matcher/mention-gate';

const matcher = compileMatcher([
  { text: 'Eric Ballbach', id: 'eric-ballbach', kind: 'expert' },
  { text: 'Ballbach', id: 'eric-ballbach', kind: 'expert', afterFullName: true },
]);

/** Feeds the matches one at a time, as the sliced page scan does, and keeps what the gate accepts. */
function accepted(text: string): string[] {
  const gate = createMentionGate(matcher);
  const scan = gate.scanner(text);
  const out: string[] = [];
  for (let m = scan.next(); m; m = scan.next()) if (gate.accept(m)) out.push(m.text);
  return out;
}

describe('createMentionGate', () => {
  it('applies the same rules as findAll to matches that arrive one by one', () => {
    const text = 'Ballbach zuerst, dann Eric Ballbach und wieder Ballbach.';
    expect(accepted(text)).toEqual(['Eric Ballbach', 'Ballbach']);
    expect(accepted(text)).toEqual(matcher.findAll(text).map((m) => m.text));
  });

  it('starts each page afresh', () => {
    accepted('Eric Ballbach');
    expect(accepted('Ballbach allein')).toEqual([]);
  });
});
