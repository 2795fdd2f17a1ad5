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

/**
 * The longest slice run in idle time. A slice ends after the step that passes its budget, and a
 * step can take a few milliseconds: with 14 our longest slice on the bench's 500 KB page was 18.6
 * ms in Chromium, past one frame. Since an idle period is now used in full (see idleSlices), a
 * smaller slice costs only one more turn for the page.
 */
const IDLE_SLICE_MAX_MS = 10;
/** How long work may wait for an idle moment before it goes on anyway, on a page that is never idle. */
const IDLE_TIMEOUT_MS = 200;

/** What idle slices need of the browser; the page's own, unless a test gives others. */
export interface IdleClock {
  now(): number;
  /** Calls back in the browser's next idle period with the milliseconds it offers. */
  requestIdle(callback: (offeredMs: number) => void, timeoutMs: number): void;
  /** A turn for the page's waiting tasks, as between slices. */
  turn(): Promise<unknown>;
}

const pageClock = (): IdleClock | undefined =>
  typeof requestIdleCallback === 'function'
    ? {
        now: () => performance.now(),
        requestIdle: (callback, timeout) =>
          requestIdleCallback((deadline) => callback(deadline.timeRemaining()), { timeout }),
        turn: () => yieldToPage(),
      }
    : undefined;

/**
 * A pause for work done in idle time: it waits until the browser is idle (after it has painted)
 * and resolves with the budget of the next slice, between `budgetMs` and IDLE_SLICE_MAX_MS: fewer,
 * fuller slices mean fewer layouts of the page between them. While the idle period the browser
 * offered lasts, the next slice follows a turn for the page's tasks, without waiting for another
 * period: Firefox offers one period of 50 ms at a time when nothing is to be painted, and a slice
 * of 14 ms (then our most) per period made its highlighting of the bench's 500 KB page take 50 ms
 * of wall time for every 14 ms of ours (five runs, `npm run bench`).
 */
export function idleSlices(
  clock: IdleClock | undefined = pageClock(),
): (budgetMs: number) => Promise<number> {
  let periodEnd = -Infinity;
  return async (budgetMs) => {
    if (!clock) return yieldToPage(budgetMs);
    if (periodEnd - clock.now() >= budgetMs) {
      await clock.turn();
      const left = periodEnd - clock.now();
      if (left >= budgetMs) return Math.min(left, IDLE_SLICE_MAX_MS);
    }
    return new Promise((resolve) =>
      clock.requestIdle((offered) => {
        periodEnd = clock.now() + offered;
        resolve(Math.max(budgetMs, Math.min(offered, IDLE_SLICE_MAX_MS)));
      }, IDLE_TIMEOUT_MS),
    );
  };
}
