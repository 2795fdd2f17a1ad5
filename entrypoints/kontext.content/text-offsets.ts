/**
 * One walk over the text nodes of the main-text root, used both to describe a selected passage and to
 * find it again: offsets only mean something if both sides count the same characters.
 */

/** Text that is not page prose: counting it would shift offsets whenever a page's scripts change. */
const SKIPPED_PARENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'kontext-ui',
  'kontext-passage-ui',
]);

export interface TextIndex {
  /** The root's text as the walk sees it: all text nodes, in document order, joined. */
  text: string;
  nodes: Text[];
  /** Where each node's text starts in `text`. */
  starts: number[];
}

export function indexText(root: Element): TextIndex {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (isSkipped(node, root) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    nodes.push(text);
    starts.push(length);
    parts.push(text.data);
    length += text.data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

function isSkipped(node: Node, root: Element): boolean {
  for (let parent = node.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if (SKIPPED_PARENTS.has(parent.localName)) return true;
  }
  return false;
}

/** The offsets of a DOM range in the index's text, or null when the range does not touch the root's text. */
export function rangeToOffsets(index: TextIndex, range: Range): { start: number; end: number } | null {
  let start: number | null = null;
  let end: number | null = null;
  for (let i = 0; i < index.nodes.length; i += 1) {
    const node = index.nodes[i]!;
    if (!range.intersectsNode(node)) continue;
    const nodeStart = index.starts[i]!;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    if (to <= from) continue;
    start ??= nodeStart + from;
    end = nodeStart + to;
  }
  return start === null || end === null || end <= start ? null : { start, end };
}

/** The pieces of text nodes that cover [start, end): where a noted passage's range starts and ends. */
export function offsetsToPieces(
  index: TextIndex,
  start: number,
  end: number,
): Array<{ node: Text; from: number; to: number }> {
  const pieces: Array<{ node: Text; from: number; to: number }> = [];
  for (let i = 0; i < index.nodes.length; i += 1) {
    const node = index.nodes[i]!;
    const nodeStart = index.starts[i]!;
    const nodeEnd = nodeStart + node.data.length;
    if (nodeEnd <= start) continue;
    if (nodeStart >= end) break;
    const from = Math.max(start, nodeStart) - nodeStart;
    const to = Math.min(end, nodeEnd) - nodeStart;
    if (to > from) pieces.push({ node, from, to });
  }
  return pieces;
}
