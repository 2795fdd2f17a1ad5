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
/** mark.js only tests a text node's direct parent, so every forbidden element also excludes its subtree. */
const EXCLUDE = FORBIDDEN.flatMap((s) => [s, `${s} *`]);
const FORBIDDEN_SELECTOR = FORBIDDEN.join(',');

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
  /** The single compiled matcher (flags g, u, i as compiled). */
  regex: RegExp;
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

/**
 * Walks the text under `root` block by block; yields each block that the regex matches, and
 * `null` after each other block so that a caller can pause between them.
 */
function* scanBlocks(root: Element, regex: RegExp, skipChrome: boolean): Generator<Element | null> {
  const seen = new Set<Element>();
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const test = new RegExp(regex.source, regex.flags.replace('g', ''));
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = blockOf(node);
    if (!block || seen.has(block)) continue;
    seen.add(block);
    const usable =
      !block.closest(FORBIDDEN_SELECTOR) &&
      !(skipChrome && block.closest(CHROME_SELECTOR)) &&
      test.test(block.textContent ?? '');
    yield usable ? block : null;
  }
}

/**
 * Blocks under `root` whose text the regex matches, in document order. mark.js then runs on these
 * alone: scoping it to the few blocks that contain names costs a fraction of running it over the
 * whole page, and keeps a match from running across two paragraphs.
 */
export function blocksWithMatches(root: Element, regex: RegExp, skipChrome: boolean): Element[] {
  return [...scanBlocks(root, regex, skipChrome)].filter((b): b is Element => b !== null);
}

/** The same search over a whole page, in slices of `budgetMs` so that the page stays responsive. */
export async function findBlocksWithMatches(
  root: Element,
  regex: RegExp,
  options: ChunkOptions,
): Promise<Element[]> {
  const blocks: Element[] = [];
  let sliceStart = performance.now();
  for (const block of scanBlocks(root, regex, options.skipChrome)) {
    if (block) blocks.push(block);
    if (performance.now() - sliceStart > options.budgetMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return blocks;
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

/** Wraps every accepted match in `blocks` with our mark element, synchronously. */
export function markBlocks(blocks: Element[], marker: EntityMarker, groupStart = 0): MarkResult {
  const groups: MarkResult['groups'] = [];
  const counter = { next: groupStart };
  for (const block of blocks) markBlock(block, marker, groups, counter);
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
  let sliceStart = performance.now();
  for (const block of blocks) {
    if (!block.isConnected) continue;
    markBlock(block, marker, groups, counter);
    if (performance.now() - sliceStart > options.budgetMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return { groups };
}

function markBlock(
  block: Element,
  marker: EntityMarker,
  groups: MarkResult['groups'],
  counter: { next: number },
): void {
  const regex = new RememberingRegExp(marker.regex.source, marker.regex.flags);
  let decidedFor: RegExpExecArray | null = null;
  let current: MatchedEntity | undefined;
  let group: MarkResult['groups'][number] | undefined;
  new Mark(block as HTMLElement).markRegExp(regex, {
    element: MARK_TAG,
    className: 'kontext-mark',
    exclude: EXCLUDE,
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
 * Removes every highlight under `root` and joins the text nodes the wrapping split, so the
 * markup is the same as before (mark.js's own unmark relies on NodeIterator details that differ
 * between DOM implementations).
 */
export function unmarkAll(root: Element): void {
  const parents = new Set<Node>();
  for (const mark of Array.from(root.querySelectorAll(MARK_TAG))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    mark.replaceWith(...Array.from(mark.childNodes));
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
