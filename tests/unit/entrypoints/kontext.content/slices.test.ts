import { describe, expect, it } from 'vitest';
import { andThen, finish, inSlices, type Resumable } from '../../../../entrypoints/kontext.content/slices';

/** Counts to `n`, one per unit of a step, and records each step's size. */
function counter(n: number, steps: number[]): Resumable<number> {
  let at = 0;
  return {
    step(limit) {
      const next = Math.min(n, at + limit);
      steps.push(next - at);
      at = next;
      return at >= n;
    },
    result: () => at,
  };
}

describe('slices', () => {
  it('runs one piece of work after the other, handing on the first result', () => {
    const steps: number[] = [];
    const both = andThen(counter(5, steps), (five) => counter(five * 2, steps));
    expect(finish(both)).toBe(10);
  });

  it('stops where `enough` says and goes on from there later', async () => {
    const steps: number[] = [];
    const work = counter(100, steps);
    let done = 0;
    const slicing = { budgetMs: 1_000, pause: () => Promise.resolve(1_000) };
    await inSlices(work, 10, slicing, () => (done = work.result()) >= 30);
    expect(done).toBe(30);
    expect(await inSlices(work, 10, slicing)).toBe(100);
    expect(steps.every((s) => s <= 10)).toBe(true);
  });
});
