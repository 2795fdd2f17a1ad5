/**
 * mark.js walks its context with `document.createNodeIterator`, one iterator per call. Chromium
 * keeps every NodeIterator it has handed out "live" until the garbage collector frees it, and on
 * each node removal it updates all of them. Highlighting a page block by block (one mark.js call
 * per block, as the design asks) therefore costs O(blocks²): on a 500 KB article with 800
 * highlighted paragraphs that was most of the highlighting time (measured with `npm run bench
 * -- --profile`). mark.js only reads the iterator once, before it changes anything, so a snapshot
 * of the same nodes, taken with a TreeWalker (which Chromium does not update on removals), gives
 * it exactly what it needs.
 */

type Filter = NodeFilter | ((node: Node) => number) | null | undefined;

/** The part of NodeIterator that mark.js uses, with NodeIterator's pointer rules. */
export interface SnapshotIterator {
  nextNode(): Node | null;
  previousNode(): Node | null;
}

/**
 * The nodes a NodeIterator over `root` would return, in order, as an iterator that is not live.
 * Like a NodeIterator, the pointer sits between nodes: previousNode() after nextNode() returns the
 * same node again (mark.js relies on this).
 */
export function snapshotNodeIterator(
  root: Node,
  whatToShow: number = NodeFilter.SHOW_ALL,
  filter?: Filter,
): SnapshotIterator {
  let nodes: Node[] | undefined;
  let position = 0;
  const accept =
    typeof filter === 'function' ? filter : filter ? (node: Node) => filter.acceptNode(node) : undefined;
  // A NodeIterator's REJECT skips only the node itself, never its subtree, so the walker filters
  // nothing and the test is applied to each shown node here.
  const collect = () => {
    const found: Node[] = [];
    const doc = root.ownerDocument ?? (root as Document);
    if (whatToShow & nodeBit(root) && (!accept || accept(root) === NodeFilter.FILTER_ACCEPT))
      found.push(root);
    // A text node (mark.js gets them as contexts) has nothing below it to walk.
    if (!root.hasChildNodes()) return found;
    const walker = doc.createTreeWalker(root, whatToShow);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (!accept || accept(node) === NodeFilter.FILTER_ACCEPT) found.push(node);
    return found;
  };
  return {
    nextNode() {
      nodes ??= collect();
      return position < nodes.length ? (nodes[position++] ?? null) : null;
    },
    previousNode() {
      nodes ??= collect();
      return position > 0 ? (nodes[--position] ?? null) : null;
    },
  };
}

/** The whatToShow bit for a node's type (SHOW_ELEMENT for elements, SHOW_TEXT for text, ...). */
function nodeBit(node: Node): number {
  return 1 << (node.nodeType - 1);
}

/**
 * Runs `work` (one or more mark.js calls) with `document.createNodeIterator` answered by
 * snapshots. The override is an own property of this world's `document` object, so the page's
 * scripts never see it, and it is gone when `work` returns or throws.
 */
export function withSnapshotIterators<T>(doc: Document, work: () => T): T {
  const own = Object.getOwnPropertyDescriptor(doc, 'createNodeIterator');
  Object.defineProperty(doc, 'createNodeIterator', {
    configurable: true,
    writable: true,
    value: (root: Node, whatToShow?: number, filter?: Filter) =>
      snapshotNodeIterator(root, whatToShow, filter),
  });
  try {
    return work();
  } finally {
    if (own) Object.defineProperty(doc, 'createNodeIterator', own);
    else delete (doc as { createNodeIterator?: unknown }).createNodeIterator;
  }
}
