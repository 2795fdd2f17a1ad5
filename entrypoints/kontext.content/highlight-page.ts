import { MAX_CLAIM_REACH } from '../../core/matcher/compile-matcher';
import {
  acceptedMatches,
  CHARS_PER_STEP,
  isInForbidden,
  MATCHES_PER_STEP,
  NODES_PER_STEP,
  scanText,
  type EntityMarker,
  type FoundEntity,
  type ScannedText,
} from './find-entities';
import { wrapFound, type MarkResult } from './mark-entities';
import { andThen, idleSlices, inSlices, yieldToPage, type SliceStats, type Slicing } from './slices';

export interface HighlightOptions {
  /** Milliseconds of work before the page gets a turn. */
  budgetMs: number;
  skipChrome: boolean;
  /** Where our own script time is counted, slice by slice. */
  stats?: SliceStats;
  /** Called once the highlights up to the end of the first viewport are in the page. */
  onFirstView?: () => void;
}

/** Text nodes or mark.js batches wrapped per step: each step well under a millisecond. */
const UNITS_PER_STEP = 8;

/**
 * Text read past the end of the first viewport before its highlights are decided. A match there
 * depends on the text around it as far as a claim pattern reaches (MAX_CLAIM_REACH, which a data
 * test holds the dataset to), and no further: with this much more read, a match starting in the
 * viewport is decided exactly as the whole page would decide it.
 */
const FIRST_VIEW_MARGIN = 2 * MAX_CLAIM_REACH + CHARS_PER_STEP;

/**
 * Highlights a page in the order a reader meets it. The text up to a little past the end of the
 * first viewport is read, matched and marked first, in slices with a turn for the page between
 * them; the rest of the page is read, matched and marked once the browser is idle, after it has
 * painted what the reader sees. Marking the whole page in one sequence made the first highlights
 * wait for the last ones, and on a long page much of that wait is the browser laying the page out
 * again after every slice; reading the whole page first made them wait for the walk over its text
 * (issue #17).
 */
export async function highlightPage(
  root: Element,
  marker: EntityMarker,
  options: HighlightOptions,
): Promise<{ found: FoundEntity[] } & MarkResult> {
  if (isInForbidden(root)) {
    options.onFirstView?.();
    return { found: [], groups: [] };
  }
  const soon: Slicing = { budgetMs: options.budgetMs, pause: yieldToPage, stats: options.stats };
  const idle = idleSlices();
  const later: Slicing = { ...soon, pause: idle };

  const walk = scanText(root, options.skipChrome);
  // The first viewport's end, once the walk has read a block below it (the page's layout is
  // current: nothing of ours has changed it yet).
  let viewEnd: number | undefined;
  let walked = false;
  await inSlices(
    { step: (n) => (walked = walk.step(n)), result: () => undefined },
    NODES_PER_STEP,
    soon,
    () => {
      if (viewEnd === undefined && belowFirstView(walk.lastBlock())) viewEnd = endOfFirstView(walk.result());
      return viewEnd !== undefined && walk.length() >= viewEnd + FIRST_VIEW_MARGIN;
    },
  );
  const read = walk.result();
  viewEnd ??= endOfFirstView(read);
  // The matching starts in a task of its own (see its first step).
  await yieldToPage();
  const matching = acceptedMatches(read, marker, { until: viewEnd });
  const found = await inSlices(matching, MATCHES_PER_STEP, soon);
  await yieldToPage();
  const first = await inSlices(wrapFound(found), UNITS_PER_STEP, soon);
  options.onFirstView?.();
  // Done: the page was read and matched whole, or the caps allow no more highlights.
  if ((walked && matching.position() >= read.text.length) || marker.full?.()) return { found, ...first };

  // The rest once the browser has painted the first highlights and is idle: the walk, the
  // matching from where the first pass stopped, then the wrapping, in as few slices as the idle
  // time allows, since the browser lays the page out again after each slice that changed it.
  let budget = await idle(options.budgetMs);
  const whole = walked ? read : await inSlices(walk, NODES_PER_STEP, { ...later, firstBudgetMs: budget });
  if (!walked) budget = await idle(options.budgetMs);
  const rest = await inSlices(
    andThen(acceptedMatches(whole, marker, { from: matching.position() }), (more) => {
      found.push(...more);
      return wrapFound(more, first.groups.length);
    }),
    UNITS_PER_STEP,
    { ...later, firstBudgetMs: budget },
  );
  return { found, groups: [...first.groups, ...rest.groups] };
}

/** Whether `block` starts below the first viewport. */
function belowFirstView(block: Element | undefined): boolean {
  return block !== undefined && block.getBoundingClientRect().top >= window.innerHeight;
}

/**
 * Where the scanned text leaves the first viewport: the start of the first block whose top is
 * below it. Blocks of an article follow each other down the page, so a binary search over them
 * needs a dozen layout reads, and the page's layout is current when we start.
 */
function endOfFirstView(scanned: ScannedText): number {
  const bottom = window.innerHeight;
  let lo = 0;
  let hi = scanned.blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((scanned.blocks[mid]?.getBoundingClientRect().top ?? 0) >= bottom) hi = mid;
    else lo = mid + 1;
  }
  return scanned.starts[lo] ?? scanned.text.length;
}
