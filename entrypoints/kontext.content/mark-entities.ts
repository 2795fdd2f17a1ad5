import Mark from 'mark.js';
import type { FoundEntity } from './find-entities';
import { MARK_TAG, registerMark, type MarkGroup } from './mark-registry';
import { withSnapshotIterators } from './snapshot-node-iterator';
import { finish, type Resumable } from './slices';

/**
 * "Wrap": puts our mark elements around what find-entities.ts found, registers each as ours, and
 * takes them out again.
 */

export interface MarkResult {
  /** One entry per highlight, however many elements it was split into. */
  groups: MarkGroup[];
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

/** The matches that stand in one text node, wrapped in one pass over it. */
interface NodeRun {
  node: Text;
  found: FoundEntity[];
}

type Unit = { batch: Batch } | { run: NodeRun };

/**
 * The wrapping work in document order. A block where a name runs across inline elements goes to
 * mark.js, which maps such a range onto the nodes it crosses, in batches cut where a batch has
 * enough blocks or text. Every other match lies within one text node, and all of a node's matches
 * are wrapped in one pass over it (wrapRun).
 */
function unitsOf(found: FoundEntity[]): Unit[] {
  const viaMarkJs = new Set<Element>();
  for (const item of found) if (item.spansNodes) viaMarkJs.add(item.block);
  const units: Unit[] = [];
  let batch: Batch | undefined;
  let run: NodeRun | undefined;
  let chars = 0;
  for (const item of found) {
    if (!item.block.isConnected) continue;
    if (!viaMarkJs.has(item.block)) {
      batch = undefined;
      if (run?.node === item.node) run.found.push(item);
      else units.push({ run: (run = { node: item.node, found: [item] }) });
      continue;
    }
    run = undefined;
    const last = batch?.blocks[batch.blocks.length - 1];
    if (batch && last === item.block) {
      batch.found.push(item);
      continue;
    }
    const size = item.blockLength;
    if (!batch || batch.blocks.length >= BATCH_BLOCKS || chars + size > BATCH_CHARS) {
      batch = { blocks: [], found: [] };
      units.push({ batch });
      chars = 0;
    }
    batch.blocks.push(item.block);
    batch.found.push(item);
    chars += size;
  }
  return units;
}

/**
 * Wraps every match in one text node in one pass: the node keeps the text before the first match,
 * and the marks and the text between them follow it as new nodes, so the node's text is copied
 * once whatever the number of matches. mark.js splits the node once per match and copies the rest
 * of its text each time, which made marking quadratic in the matches of one node: one paragraph
 * of 1 MB with 25,000 mentions froze Chromium for 16 s (security review F5). mark.js stays where
 * it does what this cannot: a name split across inline elements.
 */
function wrapRun(run: NodeRun, groups: MarkGroup[], counter: { next: number }): void {
  const { node, found } = run;
  const nodeText = found[0]?.nodeText;
  // The page may have rewritten the text since the scan (marking runs in slices).
  if (nodeText === undefined || node.data !== nodeText || !node.parentNode) return;
  const doc = node.ownerDocument;
  const after = doc.createDocumentFragment();
  let head: string | undefined;
  let end = 0;
  for (const item of found) {
    if (item.offset < end) continue;
    const before = nodeText.slice(end, item.offset);
    if (head === undefined) head = before;
    else if (before) after.append(before);
    const group: MarkGroup = { kind: item.entity.kind, id: item.entity.id, elements: [] };
    groups.push(group);
    counter.next += 1;
    const mark = doc.createElement(MARK_TAG);
    mark.append(item.text);
    decorate(mark, group, counter.next);
    after.append(mark);
    end = item.offset + item.text.length;
  }
  if (head === undefined) return;
  if (end < nodeText.length) after.append(nodeText.slice(end));
  node.data = head;
  node.after(after);
}

/** What every highlight element carries, whichever way it was made; registered as ours. */
function decorate(el: HTMLElement, group: MarkGroup, groupNumber: number): void {
  el.className = 'kontext-mark';
  el.setAttribute('data-kontext-kind', group.kind);
  el.setAttribute('data-kontext-id', group.id);
  el.setAttribute('data-kontext-group', String(groupNumber));
  if (group.elements.length === 0) el.tabIndex = -1;
  group.elements.push(el);
  registerMark(el, group);
}

function wrapUnit(unit: Unit, groups: MarkGroup[], counter: { next: number }): void {
  if ('run' in unit) wrapRun(unit.run, groups, counter);
  else markBatch(unit.batch, groups, counter);
}

/** Wraps the found entities in document order, `limit` units (a text node or a batch) per step. */
export function wrapFound(found: FoundEntity[], groupStart = 0): Resumable<MarkResult> {
  const groups: MarkGroup[] = [];
  const counter = { next: groupStart };
  const units = unitsOf(found);
  const doc = found[0]?.block.ownerDocument;
  let next = 0;
  return {
    step(limit) {
      if (doc)
        withSnapshotIterators(doc, () => {
          for (const end = Math.min(units.length, next + limit); next < end; next++) {
            const unit = units[next];
            if (unit) wrapUnit(unit, groups, counter);
          }
        });
      return !doc || next >= units.length;
    },
    result: () => ({ groups }),
  };
}

/** Wraps every found entity with our mark element, synchronously. */
export function markFound(found: FoundEntity[], groupStart = 0): MarkResult {
  return finish(wrapFound(found, groupStart));
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
function markBatch(batch: Batch, groups: MarkGroup[], counter: { next: number }): void {
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
  // Each node's text compared once, not once per match: Firefox copies the text on every read.
  const unchanged = new Map<Text, boolean>();
  const isUnchanged = (found: FoundEntity) => {
    let same = unchanged.get(found.node);
    if (same === undefined) unchanged.set(found.node, (same = found.node.data === found.nodeText));
    return same;
  };
  for (const found of batch.found) {
    const at = offsets.get(found.node);
    // The page may have rewritten the text since the scan (marking runs in slices).
    if (at !== undefined && isUnchanged(found))
      ranges.push({ start: at + found.offset, length: found.text.length, [FOUND]: found });
  }
  if (ranges.length === 0) return;
  const grouped = new Map<EntityRange, MarkGroup>();
  const decided = new Map<EntityRange, boolean>();
  // mark.js reads its contexts with a NodeIterator, which takes a text node as its root as well.
  new Mark(contexts as unknown as HTMLElement[]).markRanges(ranges, {
    element: MARK_TAG,
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
      decorate(element as HTMLElement, group, counter.next);
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
