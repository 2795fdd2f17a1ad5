import {
  acceptedMatches,
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
 * Highlights a page in the order a reader meets it. The text up to the end of the first viewport
 * is matched and marked first, in slices with a turn for the page between them; the rest waits
 * for the browser to be idle, after it has painted what the reader sees. Marking the whole page
 * in one sequence made the first highlights wait for the last ones, and on a long page much of
 * that wait is the browser laying the page out again after every slice (issue #17).
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
  const scanned = await inSlices(scanText(root, options.skipChrome), NODES_PER_STEP, soon);
  // The matching starts in a task of its own (see its first step).
  await yieldToPage();
  const matching = acceptedMatches(scanned, marker);
  // Read in the first slice, so that its layout reads count as our work.
  let firstEnd: number | undefined;
  await inSlices(
    matching,
    MATCHES_PER_STEP,
    soon,
    () => matching.position() >= (firstEnd ??= endOfFirstView(scanned)),
  );
  const found = matching.result();
  const viewEnd = firstEnd ?? endOfFirstView(scanned);
  // Up to the first block below the viewport: a block's matches are all wrapped in one pass.
  let firstCount = found.findIndex((f) => f.at >= viewEnd);
  if (firstCount < 0) firstCount = found.length;
  await yieldToPage();
  const first = await inSlices(wrapFound(found.slice(0, firstCount)), UNITS_PER_STEP, soon);
  options.onFirstView?.();
  if (matching.position() >= scanned.text.length && firstCount === found.length) return { found, ...first };
  // The rest once the browser has painted the first highlights and is idle: the matching, then
  // the wrapping, in as few slices as the idle time allows, since the browser lays the page out
  // again after each slice that changed it.
  const rest = await inSlices(
    andThen(matching, (all) => wrapFound(all.slice(firstCount), first.groups.length)),
    UNITS_PER_STEP,
    { ...later, firstBudgetMs: await idle(options.budgetMs) },
  );
  return { found, groups: [...first.groups, ...rest.groups] };
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
