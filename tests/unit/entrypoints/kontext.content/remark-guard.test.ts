import { describe, expect, it } from 'vitest';
import { createRemarkGuard } from '@/entrypoints/kontext.content/remark-guard';

function guardWithClock() {
  let time = 0;
  const guard = createRemarkGuard({ withinMs: 1_000, rounds: 3, now: () => time });
  return { guard, advance: (ms: number) => (time += ms) };
}

describe('remark guard', () => {
  it('marks new content, and content that changed long after we marked it, without limit', () => {
    const { guard, advance } = guardWithClock();
    const block = {};
    expect(guard.mayMark(block)).toBe(true);
    for (let i = 0; i < 10; i++) {
      guard.marked(block);
      advance(5_000);
      expect(guard.mayMark(block)).toBe(true);
    }
  });

  it('gives a block up to the page after its highlights were taken out quickly, round after round', () => {
    const { guard, advance } = guardWithClock();
    const block = {};
    guard.marked(block);
    advance(300);
    expect(guard.mayMark(block)).toBe(true);
    guard.marked(block);
    advance(300);
    expect(guard.mayMark(block)).toBe(true);
    guard.marked(block);
    advance(300);
    expect(guard.mayMark(block)).toBe(false);
    // Given up for good, however long the page then leaves it alone.
    advance(60_000);
    expect(guard.mayMark(block)).toBe(false);
  });

  it('judges each block on its own', () => {
    const { guard, advance } = guardWithClock();
    const fighting = {};
    const calm = {};
    for (let i = 0; i < 3; i++) {
      guard.marked(fighting);
      advance(100);
      guard.mayMark(fighting);
    }
    expect(guard.mayMark(fighting)).toBe(false);
    expect(guard.mayMark(calm)).toBe(true);
  });
});
