import Mark from 'mark.js';
import type { EntityKind } from '../../core/matcher/entity-kind';

/** The element name of our highlights: a custom name so page rules like `mark {…}` cannot hide them. */
export const MARK_TAG = 'kontext-mark';

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
/**
 * mark.js only tests a text node's direct parent, so every forbidden element also excludes its
 * subtree; one combined selector, because mark.js tests each list entry separately per text node.
 */
const EXCLUDE = [FORBIDDEN.flatMap((s) => [s, `${s} *`]).join(',')];
/** For the usual block with nothing forbidden inside: only our own marks are off limits. */
const EXCLUDE_MARKS_ONLY = [MARK_TAG];
/** Between blocks in the scanned text: not a letter, not a space, so no match runs across it. */
const BLOCK_BREAK = '\u0000';

/** When the main text cannot be told apart from the page, these parts are never it. */
const CHROME_SELECTOR =
  'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="search"], form';

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
  /** The single compiled matcher for a given text (see Matcher.regexFor). */
  regexFor(text: string): RegExp;
  /** Which entity a match names, or undefined to leave it unmarked (e.g. a lone surname). */
  accept(match: RegExpExecArray): MatchedEntity | undefined;
}

export interface MarkResult {
  /** One entry per highlight, however many elements it was split into. */
  groups: { kind: EntityKind; id: string; elements: HTMLElement[] }[];
}

/** The nearest ancestor that is not inline: the unit a match may not cross. */
function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && INLINE.has(el.tagName)) el = el.parentElement;
  return el;
}

/** Gives the page's own work a turn; long pages are processed in slices of a few milliseconds. */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface ChunkOptions {
  /** Milliseconds of work before yielding to the page. */
  budgetMs: number;
  skipChrome: boolean;
}

interface ScannedText {
  text: string;
  /** Where each block's text starts in `text`, in document order. */
  starts: number[];
  blocks: Element[];
}

/**
 * One walk over the text under `root`, skipping forbidden subtrees (and page chrome when asked),
 * joining the text with a break between blocks. Yields now and then so a caller can pause.
 */
function* scanText(root: Element, skipChrome: boolean): Generator<void, ScannedText> {
  const starts: number[] = [];
  const blocks: Element[] = [];
  const parts: string[] = [];
  let length = 0;
  let block: Element | null = null;
  let lastParent: Element | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
      const el = node as Element;
      return isForbidden(el) || (skipChrome && el.matches(CHROME_SELECTOR))
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_SKIP;
    },
  });
  let visited = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent !== lastParent) {
      lastParent = parent;
      const next = blockOf(node);
      if (next && next !== block) {
        block = next;
        parts.push(BLOCK_BREAK);
        length += 1;
        starts.push(length);
        blocks.push(next);
      }
    }
    const data = (node as Text).data;
    parts.push(data);
    length += data.length;
    if (++visited % 512 === 0) yield;
  }
  return { text: parts.join(''), starts, blocks };
}

/** The blocks in which the regex matches, each once, in document order: one regex pass in all. */
function* matchedBlocks(scanned: ScannedText, marker: EntityMarker): Generator<void, Element[]> {
  const found = new Set<Element>();
  const regex = marker.regexFor(scanned.text);
  const re = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  for (let m = re.exec(scanned.text); m; m = re.exec(scanned.text)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    // The last block that starts at or before the match.
    let lo = 0;
    let hi = scanned.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((scanned.starts[mid] ?? 0) <= m.index) lo = mid;
      else hi = mid - 1;
    }
    const block = scanned.blocks[lo];
    if (block) found.add(block);
    yield;
  }
  return [...found];
}

/**
 * Blocks under `root` whose text the regex matches, in document order. mark.js then runs on these
 * alone: scoping it to the few blocks that contain names costs a fraction of running it over the
 * whole page, and keeps a match from running across two paragraphs.
 */
export function blocksWithMatches(root: Element, marker: EntityMarker, skipChrome: boolean): Element[] {
  if (root.closest(FORBIDDEN_SELECTOR)) return [];
  const walk = scanText(root, skipChrome);
  let step = walk.next();
  while (!step.done) step = walk.next();
  const matching = matchedBlocks(step.value, marker);
  let found = matching.next();
  while (!found.done) found = matching.next();
  return found.value;
}

/** The same search over a whole page, in slices of `budgetMs` so that the page stays responsive. */
export async function findBlocksWithMatches(
  root: Element,
  marker: EntityMarker,
  options: ChunkOptions,
): Promise<Element[]> {
  if (root.closest(FORBIDDEN_SELECTOR)) return [];
  let sliceStart = performance.now();
  const pause = async () => {
    if (performance.now() - sliceStart > options.budgetMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  };
  const walk = scanText(root, options.skipChrome);
  let step = walk.next();
  while (!step.done) {
    await pause();
    step = walk.next();
  }
  const matching = matchedBlocks(step.value, marker);
  let found = matching.next();
  while (!found.done) {
    await pause();
    found = matching.next();
  }
  return found.value;
}

/**
 * A RegExp that remembers its last match: with acrossElements mark.js calls filter and each
 * once per piece of a split match, and this is how we know which pieces belong together.
 */
class RememberingRegExp extends RegExp {
  last: RegExpExecArray | null = null;
  override exec(text: string): RegExpExecArray | null {
    this.last = super.exec(text);
    return this.last;
  }
}

/**
 * One RememberingRegExp per distinct regex, compiled once: a regex of thousands of aliases costs
 * more to compile than to run over a block.
 */
function rememberingRegexes(marker: EntityMarker): (block: Element) => RememberingRegExp {
  const cache = new Map<RegExp, RememberingRegExp>();
  return (block) => {
    const regex = marker.regexFor(block.textContent ?? '');
    let remembering = cache.get(regex);
    if (!remembering) {
      remembering = new RememberingRegExp(regex.source, regex.flags);
      cache.set(regex, remembering);
    }
    return remembering;
  };
}

/** Wraps every accepted match in `blocks` with our mark element, synchronously. */
export function markBlocks(blocks: Element[], marker: EntityMarker, groupStart = 0): MarkResult {
  const groups: MarkResult['groups'] = [];
  const counter = { next: groupStart };
  const regexFor = rememberingRegexes(marker);
  for (const block of blocks) markBlock(block, regexFor(block), marker, groups, counter);
  return { groups };
}

/** The same, in slices of `budgetMs`, so that a long page stays responsive. */
export async function markBlocksInChunks(
  blocks: Element[],
  marker: EntityMarker,
  options: { budgetMs: number; groupStart?: number },
): Promise<MarkResult> {
  const groups: MarkResult['groups'] = [];
  const counter = { next: options.groupStart ?? 0 };
  const regexFor = rememberingRegexes(marker);
  let sliceStart = performance.now();
  for (const block of blocks) {
    if (!block.isConnected) continue;
    markBlock(block, regexFor(block), marker, groups, counter);
    if (performance.now() - sliceStart > options.budgetMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return { groups };
}

function markBlock(
  block: Element,
  regex: RememberingRegExp,
  marker: EntityMarker,
  groups: MarkResult['groups'],
  counter: { next: number },
): void {
  regex.lastIndex = 0;
  regex.last = null;
  let decidedFor: RegExpExecArray | null = null;
  let current: MatchedEntity | undefined;
  let group: MarkResult['groups'][number] | undefined;
  new Mark(block as HTMLElement).markRegExp(regex, {
    element: MARK_TAG,
    className: 'kontext-mark',
    // Testing every text node against the full list walks its ancestors many times over; most
    // paragraphs contain nothing forbidden, which one query per block can tell.
    exclude: block.querySelector(FORBIDDEN_SELECTOR) ? EXCLUDE : EXCLUDE_MARKS_ONLY,
    acrossElements: true,
    filter: () => {
      // First piece of a new match: decide once; the other pieces follow that decision.
      if (regex.last !== decidedFor) {
        decidedFor = regex.last;
        current = regex.last ? marker.accept(regex.last) : undefined;
        group = undefined;
      }
      return current !== undefined;
    },
    each: (element) => {
      if (!current) return;
      if (!group) {
        group = { kind: current.kind, id: current.id, elements: [] };
        groups.push(group);
        counter.next += 1;
      }
      const el = element as HTMLElement;
      el.dataset.kontextKind = current.kind;
      el.dataset.kontextId = current.id;
      el.dataset.kontextGroup = String(counter.next);
      if (group.elements.length === 0) el.tabIndex = -1;
      group.elements.push(el);
    },
  });
}

/**
 * Removes every highlight under `root` (or those `selector` picks, e.g. one kind) and joins the
 * text nodes the wrapping split, so the markup is the same as before (mark.js's own unmark relies
 * on NodeIterator details that differ between DOM implementations).
 */
export function unmarkAll(root: Element, selector: string = MARK_TAG): void {
  const parents = new Set<Node>();
  for (const mark of Array.from(root.querySelectorAll(selector))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...Array.from(mark.childNodes));
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
