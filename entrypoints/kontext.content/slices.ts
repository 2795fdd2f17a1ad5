/**
 * Long work done in slices, so that the page stays responsive: the work is resumable, and a
 * scheduler decides when it goes on.
 */

/** Work that can stop after a number of steps and go on later: `step` says whether it is done. */
export interface Resumable<T> {
  step(limit: number): boolean;
  result(): T;
}

/** Runs resumable work to its end in one go. */
export function finish<T>(work: Resumable<T>): T {
  while (!work.step(Infinity));
  return work.result();
}

/** `first` to its end, then the work `next` makes of its result, as one piece of resumable work. */
export function andThen<A, B>(first: Resumable<A>, next: (a: A) => Resumable<B>): Resumable<B> {
  let second: Resumable<B> | undefined;
  return {
    step(limit) {
      if (!second) {
        if (!first.step(limit)) return false;
        second = next(first.result());
      }
      return second.step(limit);
    },
    result() {
      second ??= next(first.result());
      return second.result();
    },
  };
}

/** What our sliced work cost: script time only, apart from the browser's rendering between slices. */
export interface SliceStats {
  /** Our script's time, summed over slices. */
  scriptMs: number;
  longestSliceMs: number;
  slices: number;
}

export function newSliceStats(): SliceStats {
  return { scriptMs: 0, longestSliceMs: 0, slices: 0 };
}

export interface Slicing {
  /** Milliseconds of work per slice. */
  budgetMs: number;
  /** The first slice's, when it differs (it starts in an idle period of known length). */
  firstBudgetMs?: number;
  /** Gives the page a turn; resolves with the budget for the next slice. */
  pause: (budgetMs: number) => Promise<number>;
  stats?: SliceStats;
}

/** Runs resumable work in slices, `perStep` units per step, until it is done or `enough` says so. */
export async function inSlices<T>(
  work: Resumable<T>,
  perStep: number,
  slicing: Slicing,
  enough: () => boolean = () => false,
): Promise<T> {
  let budget = slicing.firstBudgetMs ?? slicing.budgetMs;
  let sliceStart = performance.now();
  let done = false;
  while (!done && !enough()) {
    done = work.step(perStep);
    if (!done && performance.now() - sliceStart > budget) {
      countSlice(slicing.stats, performance.now() - sliceStart);
      budget = await slicing.pause(slicing.budgetMs);
      sliceStart = performance.now();
    }
  }
  countSlice(slicing.stats, performance.now() - sliceStart);
  return work.result();
}

function countSlice(stats: SliceStats | undefined, ms: number): void {
  if (!stats) return;
  stats.scriptMs += ms;
  stats.longestSliceMs = Math.max(stats.longestSliceMs, ms);
  stats.slices += 1;
}

/**
 * Lets the page's waiting tasks (input first) run, then goes on. A timeout, not a message to
 * ourselves: a chain of MessageChannel messages avoids the browsers' 4 ms hold-back of nested
 * timeouts, but Chromium then reported our slices as one long script of 100-150 ms on the 2 MB
 * bench page (`npm run bench -- --budgets`), against 15 ms with timeouts.
 */
export function yieldToPage(budgetMs = 0): Promise<number> {
  return new Promise((resolve) => setTimeout(() => resolve(budgetMs), 0));
}

/** The longest slice run in idle time: an idle period after a frame lasts up to 50 ms. */
const IDLE_SLICE_MAX_MS = 14;
/** How long work may wait for an idle moment before it goes on anyway, on a page that is never idle. */
const IDLE_TIMEOUT_MS = 200;

/**
 * Waits until the browser is idle (after it has painted) and resolves with the idle time it
 * offers, between `budgetMs` and IDLE_SLICE_MAX_MS: fewer, fuller slices mean fewer layouts of
 * the page between them.
 */
export function whenIdle(budgetMs: number): Promise<number> {
  if (typeof requestIdleCallback !== 'function') return yieldToPage(budgetMs);
  return new Promise((resolve) =>
    requestIdleCallback(
      (deadline) => resolve(Math.max(budgetMs, Math.min(deadline.timeRemaining(), IDLE_SLICE_MAX_MS))),
      { timeout: IDLE_TIMEOUT_MS },
    ),
  );
}
