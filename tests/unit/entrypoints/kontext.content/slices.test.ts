import { describe, expect, it } from 'vitest';
import {
  andThen,
  finish,
  idleSlices,
  inSlices,
  type IdleClock,
  type Resumable,
} from '../../../../entrypoints/kontext.content/slices';

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

  it('goes on in the idle period the browser offered, after a turn for the page, and waits for the next once it is over', async () => {
    // A browser that offers idle periods of 50 ms, each 40 ms after the last was asked for.
    let now = 0;
    const asked: number[] = [];
    const clock: IdleClock = {
      now: () => now,
      requestIdle(callback) {
        asked.push(now);
        now += 40;
        callback(50);
      },
      turn: () => Promise.resolve((now += 1)),
    };
    const pause = idleSlices(clock);
    const budgets: number[] = [];
    // Slices of the budget each, as inSlices runs them.
    for (let slice = 0; slice < 6; slice++) {
      const budget = await pause(8);
      budgets.push(budget);
      now += budget;
    }
    // One period of 50 ms holds four slices of 10 ms (the most) with a turn between them, and the
    // rest of it (7 ms) is too short for a slice of 8: the fifth slice waits for the next period.
    expect(asked).toEqual([0, 83]);
    expect(budgets).toEqual([10, 10, 10, 10, 10, 10]);
  });
});
