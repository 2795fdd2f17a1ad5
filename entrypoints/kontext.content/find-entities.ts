import type { EntityKind } from '../../core/matcher/entity-kind';
import type { MarkCaps } from '../../core/matcher/mark-caps';
import type { FoundMatch, MatchScanner } from '../../core/matcher/compile-matcher';
import { isPageChrome } from '../../core/extract/page-chrome';
import { MARK_TAG } from './mark-registry';
import { finish, type Resumable } from './slices';

/**
 * "Find": what to highlight under a root, decided in one pass over its text, in reading order.
 * How the found entities are wrapped is mark-entities.ts's part.
 */

/** Where a highlight must never appear: form fields, editors, code, hidden or foreign UI. */
const FORBIDDEN = [
  'input',
  'textarea',
  'select',
  'option',
  'button',
  '[contenteditable]:not([contenteditable="false"])',
  'script',
  'style',
  'noscript',
  'template',
  'code',
  'pre',
  'kbd',
  'samp',
  'svg',
  'math',
  'iframe',
  'object',
  '[hidden]',
  '[aria-hidden="true"]',
  'kontext-ui',
  MARK_TAG,
];
const FORBIDDEN_SELECTOR = FORBIDDEN.join(',');
/** The same rule as a quick test, for the walk that visits every element of a long page. */
const FORBIDDEN_NAMES = new Set(FORBIDDEN.filter((s) => /^[a-z-]+$/.test(s)));
function isForbidden(el: Element): boolean {
  if (FORBIDDEN_NAMES.has(el.localName)) return true;
  if (!el.hasAttributes()) return false;
  const editable = el.getAttribute('contenteditable');
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    (editable !== null && editable !== 'false')
  );
}
/** Between blocks in the scanned text: not a letter, not a space, so no match runs across it. */
const BLOCK_BREAK = '\u0000';

/** Elements that flow inside a line: a name split across them still reads as one name. */
const INLINE = new Set(
  'A ABBR B BDI BDO CITE DATA DEL DFN EM FONT I INS LABEL MARK Q S SMALL SPAN STRONG SUB SUP TIME U VAR WBR BR'.split(
    ' ',
  ),
);

export interface MatchedEntity {
  kind: EntityKind;
  id: string;
}

export interface EntityMarker {
  /** A scan of the text for every alias and claim pattern, from `from` on (see Matcher.scanner). */
  scanner(text: string, from?: number): MatchScanner;
  /** Which entity a match names, or undefined to leave it unmarked (e.g. a lone surname). */
  accept(match: FoundMatch): MatchedEntity | undefined;
  /** Whether nothing more will be accepted on this page: the search can stop. */
  full?(): boolean;
}

/** A marker that accepts no more highlights than `caps` allow (see core/matcher/mark-caps.ts). */
export function withinCaps(marker: EntityMarker, caps: MarkCaps): EntityMarker {
  return {
    scanner: (text, from) => marker.scanner(text, from),
    accept(match) {
      const entity = marker.accept(match);
      return entity && caps.take(entity) ? entity : undefined;
    },
    full: () => caps.full(),
  };
}

/** The nearest ancestor that is not inline: the unit a match may not cross. */
function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE.has(el.tagName)) el = el.parentElement;
  return el;
}

export interface ScannedText {
  text: string;
  /** Where each block's text starts in `text`, in document order. */
  starts: number[];
  blocks: Element[];
  /** Every text node read, and where its text starts in `text`. */
  nodes: Text[];
  nodeStarts: number[];
  /**
   * Each node's text as read in the walk. Firefox makes a new copy of a text node's whole text on
   * every read of `data`, so reading it again for every match made finding quadratic there: one
   * 256 KB paragraph with 6,554 mentions took 34 s (`npm run bench`, Firefox), 30 ms in Chromium.
   */
  nodeTexts: string[];
}

/**
 * Whether text under an element may be scanned, decided once per element and remembered: text
 * nodes come in runs under the same few parents, so most answers are a lookup.
 */
function scannable(root: Element, skipChrome: boolean): (el: Element) => boolean {
  const verdicts = new Map<Element, boolean>();
  const check = (el: Element): boolean => {
    const known = verdicts.get(el);
    if (known !== undefined) return known;
    // The root itself was chosen as the text's container: a <form> around a whole page stays readable.
    const parent = el.parentElement;
    const verdict =
      el === root || (!isForbidden(el) && !(skipChrome && isPageChrome(el)) && (!parent || check(parent)));
    verdicts.set(el, verdict);
    return verdict;
  };
  return check;
}

/**
 * One walk over the text under `root`, skipping forbidden subtrees (and page chrome when asked),
 * joining the text with a break between blocks, `limit` text nodes per step.
 *
 * The walker has no filter: a filter is a call from the browser into script for every node, and
 * that made the walk ten times slower than the walk itself (see `npm run bench -- --profile`).
 * Text in a forbidden subtree is visited and dropped instead. The loop is a plain function, not a
 * generator: the engine optimises a long loop while it runs only in the former, and a page is read
 * once, cold.
 */
export function scanText(
  root: Element,
  skipChrome: boolean,
): Resumable<ScannedText> & {
  /** The block the walk read last, if any. */
  lastBlock(): Element | undefined;
  /** The length of the text read so far. */
  length(): number;
} {
  const starts: number[] = [];
  const blocks: Element[] = [];
  const parts: string[] = [];
  const nodes: Text[] = [];
  const nodeStarts: number[] = [];
  const nodeTexts: string[] = [];
  const allowed = scannable(root, skipChrome);
  let length = 0;
  let block: Element | null = null;
  let lastParent: Element | null = null;
  let keep = false;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  return {
    step(limit) {
      for (let visited = 0; node && visited < limit; node = walker.nextNode(), visited++) {
        const parent = node.parentElement;
        if (parent !== lastParent) {
          lastParent = parent;
          keep = parent !== null && allowed(parent);
          if (!keep) continue;
          const next = blockOf(node);
          if (next && next !== block) {
            block = next;
            parts.push(BLOCK_BREAK);
            length += 1;
            starts.push(length);
            blocks.push(next);
          }
        } else if (!keep) continue;
        const data = (node as Text).data;
        nodes.push(node as Text);
        nodeStarts.push(length);
        nodeTexts.push(data);
        parts.push(data);
        length += data.length;
      }
      return node === null;
    },
    // Also the text read so far, mid-walk: its arrays grow as the walk goes on, which leaves what
    // they held at the time, and so every match found in that text, as it was.
    result: () => ({ text: parts.join(''), starts, blocks, nodes, nodeStarts, nodeTexts }),
    lastBlock: () => blocks[blocks.length - 1],
    length: () => length,
  };
}

/** A highlight to be: decided in the text scan, wrapped later by mark.js. */
export interface FoundEntity {
  /** The block the match starts in. */
  block: Element;
  /** The text node the match starts in, its text when scanned, and where in it the match starts. */
  node: Text;
  nodeText: string;
  offset: number;
  /** The matched text, exactly as it stands in the page. */
  text: string;
  entity: MatchedEntity;
  /** Length of the block's text as scanned, to size mark.js's batches without reading it again. */
  blockLength: number;
  /** Whether the match runs on past its first text node (a name split across inline elements). */
  spansNodes: boolean;
  /** Where the match starts in the scanned text. */
  at: number;
}

/** The index of the last entry of the ascending `starts` that is at or before `at`. */
function lastAtOrBefore(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Every accepted match, in reading order: one regex pass over the joined text, each match put to
 * `marker.accept` in the order a reader meets it (a lone surname counts only after the full name),
 * `limit` matches per step. The pass starts at `from` and stops before the first match starting at
 * or after `until`, where given: a pass over the rest can then go on from its position.
 */
export function acceptedMatches(
  scanned: ScannedText,
  marker: EntityMarker,
  { from = 0, until = Infinity }: { from?: number; until?: number } = {},
): Resumable<FoundEntity[]> & {
  /** How far the pass has read: the text's length once nothing is left to find in it. */
  position(): number;
} {
  const found: FoundEntity[] = [];
  const { text, starts, blocks, nodes, nodeStarts, nodeTexts } = scanned;
  let scan: MatchScanner | undefined;
  let done = false;
  /** Whether the pass stopped at `until` rather than at the end of what it may find. */
  let stoppedAtUntil = false;
  return {
    step(limit) {
      if (!scan) {
        // The first step only starts the scan, which compiles the regexes this text needs. The
        // engine compiles a regex on its first run, and drops compiled regex code when it collects
        // garbage, so on a long page this can take tens of milliseconds (measured with
        // `npm run bench -- --budgets`); alone in its step, it does not add to a slice of matching.
        scan = marker.scanner(text, from);
        return false;
      }
      for (let seen = 0; !done && seen < limit; seen++) {
        const left = until - scan.position();
        if (left <= 0) {
          done = stoppedAtUntil = true;
          break;
        }
        const m = marker.full?.() ? undefined : scan.advance(Math.min(CHARS_PER_STEP, left));
        // A stretch of text read without a match: enough for this step.
        if (m === null) return false;
        if (!m) {
          done = true;
          break;
        }
        const entity = marker.accept(m);
        if (!entity) continue;
        const b = lastAtOrBefore(starts, m.index);
        const n = lastAtOrBefore(nodeStarts, m.index);
        const block = blocks[b];
        const node = nodes[n];
        const nodeText = nodeTexts[n];
        if (!block || !node || nodeText === undefined) continue;
        const offset = m.index - (nodeStarts[n] ?? 0);
        found.push({
          block,
          node,
          nodeText,
          offset,
          text: m.text,
          entity,
          blockLength: (starts[b + 1] ?? text.length + 1) - (starts[b] ?? 0) - 1,
          spansNodes: offset + m.text.length > nodeText.length,
          at: m.index,
        });
      }
      return done;
    },
    result: () => found,
    position: () => (done && !stoppedAtUntil ? text.length : (scan?.position() ?? from)),
  };
}

/**
 * What to highlight under `root`, decided in one pass over its text. mark.js then runs on the
 * blocks that hold these alone: scoping it to them costs a fraction of running it over the whole
 * page, and no match runs across two paragraphs.
 */
export function findEntities(root: Element, marker: EntityMarker, skipChrome: boolean): FoundEntity[] {
  if (isInForbidden(root)) return [];
  return finish(acceptedMatches(finish(scanText(root, skipChrome)), marker));
}

/**
 * Text nodes, then matches, per step of a sliced search. A slice ends after the step that passes
 * its budget, so a step must be small: 1,024 nodes took 4-6 ms on the 2 MB bench page on this
 * machine (more when it is busy), which stretched 8 ms slices past 16 ms.
 */
export const NODES_PER_STEP = 256;
export const MATCHES_PER_STEP = 32;
/**
 * Text read per step where it holds no match: each claim pattern whose words are near, and the
 * names, read it. On the 2 MB bench page our longest slice was 31–46 ms with 4,096 characters a
 * step and 19–34 ms with 1,024 (`npm run bench -- --budgets`, four runs each).
 */
export const CHARS_PER_STEP = 1_024;

/** Whether `root` itself lies where no highlight may go (inside a form field, our own UI, …). */
export function isInForbidden(root: Element): boolean {
  return root.closest(FORBIDDEN_SELECTOR) !== null;
}
