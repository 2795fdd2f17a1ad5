import Mark from 'mark.js';
import type { EntityKind } from '../../core/matcher/entity-kind';
import type { FoundMatch, MatchScanner } from '../../core/matcher/compile-matcher';
import { isPageChrome } from '../../core/extract/page-chrome';
import { withSnapshotIterators } from './snapshot-node-iterator';

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
  /** A scan of the text for every alias and claim pattern (see Matcher.scanner). */
  scanner(text: string): MatchScanner;
  /** Which entity a match names, or undefined to leave it unmarked (e.g. a lone surname). */
  accept(match: FoundMatch): MatchedEntity | undefined;
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
  /** Every text node read, and where its text starts in `text`. */
  nodes: Text[];
  nodeStarts: number[];
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

/** Work that can stop after a number of steps and go on later: `step` says whether it is done. */
interface Resumable<T> {
  step(limit: number): boolean;
  result(): T;
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
function scanText(root: Element, skipChrome: boolean): Resumable<ScannedText> {
  const starts: number[] = [];
  const blocks: Element[] = [];
  const parts: string[] = [];
  const nodes: Text[] = [];
  const nodeStarts: number[] = [];
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
        parts.push(data);
        length += data.length;
      }
      return node === null;
    },
    result: () => ({ text: parts.join(''), starts, blocks, nodes, nodeStarts }),
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
 * `limit` matches per step.
 */
function acceptedMatches(scanned: ScannedText, marker: EntityMarker): Resumable<FoundEntity[]> {
  const found: FoundEntity[] = [];
  const { text, starts, blocks, nodes, nodeStarts } = scanned;
  let scan: MatchScanner | undefined;
  let done = false;
  return {
    step(limit) {
      if (!scan) {
        // The first step only starts the scan, which compiles the regexes this text needs. The
        // engine compiles a regex on its first run, and drops compiled regex code when it collects
        // garbage, so on a long page this can take tens of milliseconds (measured with
        // `npm run bench -- --budgets`); alone in its step, it does not add to a slice of matching.
        scan = marker.scanner(text);
        return false;
      }
      for (let seen = 0; !done && seen < limit; seen++) {
        const m = scan.next();
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
        if (!block || !node) continue;
        const offset = m.index - (nodeStarts[n] ?? 0);
        found.push({
          block,
          node,
          nodeText: node.data,
          offset,
          text: m.text,
          entity,
          blockLength: (starts[b + 1] ?? text.length + 1) - (starts[b] ?? 0) - 1,
          spansNodes: offset + m.text.length > node.data.length,
        });
      }
      return done;
    },
    result: () => found,
  };
}

/** Runs resumable work to its end in one go. */
function finish<T>(work: Resumable<T>): T {
  while (!work.step(Infinity));
  return work.result();
}

/**
 * What to highlight under `root`, decided in one pass over its text. mark.js then runs on the
 * blocks that hold these alone: scoping it to them costs a fraction of running it over the whole
 * page, and no match runs across two paragraphs.
 */
export function findEntities(root: Element, marker: EntityMarker, skipChrome: boolean): FoundEntity[] {
  if (root.closest(FORBIDDEN_SELECTOR)) return [];
  return finish(acceptedMatches(finish(scanText(root, skipChrome)), marker));
}

/** Text nodes, then matches, per step of the sliced search: each step well under a millisecond. */
const NODES_PER_STEP = 1_024;
const MATCHES_PER_STEP = 64;

/** The same search over a whole page, in slices of `budgetMs` so that the page stays responsive. */
export async function findEntitiesInSlices(
  root: Element,
  marker: EntityMarker,
  options: ChunkOptions,
): Promise<FoundEntity[]> {
  if (root.closest(FORBIDDEN_SELECTOR)) return [];
  const inSlices = async <T>(work: Resumable<T>, perStep: number): Promise<T> => {
    let sliceStart = performance.now();
    while (!work.step(perStep)) {
      if (performance.now() - sliceStart > options.budgetMs) {
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
    return work.result();
  };
  const scanned = await inSlices(scanText(root, options.skipChrome), NODES_PER_STEP);
  // The matching starts in a task of its own (see its first step).
  await yieldToPage();
  return inSlices(acceptedMatches(scanned, marker), MATCHES_PER_STEP);
}

/**
 * Blocks per mark.js call. One call per block spends most of its time setting mark.js up; one
 * call for the whole page makes each wrap copy the page's text. A few dozen blocks (capped by
 * text length) sit well between the two.
 */
const BATCH_BLOCKS = 16;
const BATCH_CHARS = 4_096;

interface Batch {
  blocks: Element[];
  found: FoundEntity[];
}

/** Consecutive runs of found entities, cut where a batch has enough blocks or text. */
function batchesOf(found: FoundEntity[]): Batch[] {
  const batches: Batch[] = [];
  let batch: Batch | undefined;
  let chars = 0;
  for (const item of found) {
    if (!item.block.isConnected) continue;
    const last = batch?.blocks[batch.blocks.length - 1];
    if (batch && last === item.block) {
      batch.found.push(item);
      continue;
    }
    const size = item.blockLength;
    if (!batch || batch.blocks.length >= BATCH_BLOCKS || chars + size > BATCH_CHARS) {
      batch = { blocks: [], found: [] };
      batches.push(batch);
      chars = 0;
    }
    batch.blocks.push(item.block);
    batch.found.push(item);
    chars += size;
  }
  return batches;
}

/** Wraps every found entity with our mark element, synchronously. */
export function markFound(found: FoundEntity[], groupStart = 0): MarkResult {
  const groups: MarkResult['groups'] = [];
  const counter = { next: groupStart };
  const batches = batchesOf(found);
  const doc = batches[0]?.blocks[0]?.ownerDocument;
  if (doc)
    withSnapshotIterators(doc, () => {
      for (const batch of batches) markBatch(batch, groups, counter);
    });
  return { groups };
}

/** The same, in slices of `budgetMs`, so that a long page stays responsive. */
export async function markFoundInChunks(
  found: FoundEntity[],
  options: { budgetMs: number; groupStart?: number },
): Promise<MarkResult> {
  const groups: MarkResult['groups'] = [];
  const counter = { next: options.groupStart ?? 0 };
  const batches = batchesOf(found);
  // One slice at a time: mark batches until the budget is spent, then let the page run.
  let next = 0;
  while (next < batches.length) {
    const sliceStart = performance.now();
    const doc = batches[next]?.blocks[0]?.ownerDocument;
    if (!doc) break;
    withSnapshotIterators(doc, () => {
      while (next < batches.length && performance.now() - sliceStart <= options.budgetMs) {
        const batch = batches[next++];
        if (batch) markBatch(batch, groups, counter);
      }
    });
    if (next < batches.length) await yieldToPage();
  }
  return { groups };
}

/** Text directly in these mark.js always leaves out of its text (its own list, besides `exclude`). */
const MARKJS_ALWAYS_EXCLUDED = new Set(['script', 'style', 'title', 'head', 'html']);

/**
 * What mark.js reads for a batch, in document order: the text node a match stands in, or its
 * block where it runs across inline elements. mark.js joins the text of every context and redoes
 * part of that work for each range it wraps, so handing it just the matched nodes instead of
 * whole paragraphs is most of what it costs (see `npm run bench`). A context inside another is
 * left out, as mark.js would otherwise read its text twice.
 */
function contextsOf(found: FoundEntity[]): (Text | Element)[] {
  const candidates = new Set<Text | Element>();
  let anyBlock = false;
  for (const f of found) {
    if (f.spansNodes) anyBlock = true;
    candidates.add(f.spansNodes ? f.block : f.node);
  }
  const all = [...candidates];
  if (!anyBlock) return all;
  return all.filter((context) => {
    for (let up = context.parentNode; up; up = up.parentNode) if (candidates.has(up as Element)) return false;
    return true;
  });
}

/** Where a range keeps its entity: a symbol key, which JSON.stringify skips. */
const FOUND = Symbol('found');

/**
 * A range for mark.js's markRanges, carrying the entity it highlights out of JSON's sight: mark.js
 * logs every range with JSON.stringify whether or not debugging is on, and serialising each found
 * entity with its text made that the largest cost of a call.
 */
interface EntityRange {
  start: number;
  length: number;
  [FOUND]: FoundEntity;
}

/**
 * One mark.js call over a batch of blocks. The scan has already decided what to highlight, so
 * mark.js gets ranges, not a regex: it joins the blocks' text without a break, and a regex run
 * over that would see words run together across blocks. The offsets follow mark.js's own rule for
 * which text it reads; a range whose text is not exactly what the scan found is left unmarked.
 */
function markBatch(batch: Batch, groups: MarkResult['groups'], counter: { next: number }): void {
  const contexts = contextsOf(batch.found);
  // No `exclude`: the ranges come from the scan, which never reads forbidden text, so mark.js only
  // has to agree with us on which text it joins, and without a list that takes one check per node.
  const offsets = new Map<Text, number>();
  let length = 0;
  const read = (node: Text) => {
    const parent = node.parentNode;
    if (parent instanceof Element && MARKJS_ALWAYS_EXCLUDED.has(parent.localName)) return;
    offsets.set(node, length);
    length += node.data.length;
  };
  for (const context of contexts) {
    if (context instanceof Text) {
      read(context);
      continue;
    }
    const walker = context.ownerDocument.createTreeWalker(context, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) read(node as Text);
  }
  const ranges: EntityRange[] = [];
  for (const found of batch.found) {
    const at = offsets.get(found.node);
    // The page may have rewritten the text since the scan (marking runs in slices).
    if (at !== undefined && found.node.data === found.nodeText)
      ranges.push({ start: at + found.offset, length: found.text.length, [FOUND]: found });
  }
  if (ranges.length === 0) return;
  const grouped = new Map<EntityRange, MarkResult['groups'][number]>();
  const decided = new Map<EntityRange, boolean>();
  // mark.js reads its contexts with a NodeIterator, which takes a text node as its root as well.
  new Mark(contexts as unknown as HTMLElement[]).markRanges(ranges, {
    element: MARK_TAG,
    className: 'kontext-mark',
    // mark.js calls filter(node, range, text, counter) once per piece of a split range, and only
    // the first call's text is right (it has shortened its text by then). @types/mark.js has the
    // arguments wrong.
    filter: ((_node: Text, range: EntityRange, text: string) => {
      let ok = decided.get(range);
      if (ok === undefined) decided.set(range, (ok = text === range[FOUND].text));
      return ok;
    }) as unknown as Mark.MarkRangesOptions['filter'],
    each: (element, range) => {
      const found = (range as EntityRange)[FOUND];
      let group = grouped.get(range as EntityRange);
      if (!group) {
        group = { kind: found.entity.kind, id: found.entity.id, elements: [] };
        grouped.set(range as EntityRange, group);
        groups.push(group);
        counter.next += 1;
      }
      const el = element as HTMLElement;
      el.setAttribute('data-kontext-kind', found.entity.kind);
      el.setAttribute('data-kontext-id', found.entity.id);
      el.setAttribute('data-kontext-group', String(counter.next));
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
