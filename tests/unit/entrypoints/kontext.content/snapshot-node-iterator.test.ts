// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  snapshotNodeIterator,
  withSnapshotIterators,
} from '../../../../entrypoints/kontext.content/snapshot-node-iterator';

function page(html: string): HTMLElement {
  const root = document.createElement('div');
  // Test input is our own markup; the product never parses page text as HTML.
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

/** The calls mark.js makes (DOMIterator.getIteratorNode), collecting what it would see. */
function walkLikeMarkJs(it: { nextNode(): Node | null; previousNode(): Node | null }): string[] {
  const seen: string[] = [];
  for (;;) {
    const prev = it.previousNode();
    const node = prev === null ? it.nextNode() : it.nextNode() && it.nextNode();
    if (!node) break;
    seen.push(node.textContent ?? '');
  }
  return seen;
}

const skipEm = (node: Node) =>
  (node.parentNode as Element).localName === 'em' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;

describe('snapshotNodeIterator', () => {
  it('returns what a NodeIterator returns, under the call pattern mark.js uses', () => {
    const root = page('<p>one <em>two</em> three</p><p>four<b>five</b></p>');
    const live = document.createNodeIterator(root, NodeFilter.SHOW_TEXT, skipEm);
    const snapshot = snapshotNodeIterator(root, NodeFilter.SHOW_TEXT, skipEm);
    expect(walkLikeMarkJs(snapshot)).toEqual(['one ', ' three', 'four', 'five']);
    expect(walkLikeMarkJs(snapshot)).toEqual([]);
    expect(walkLikeMarkJs(live)).toEqual(['one ', ' three', 'four', 'five']);
  });

  it('rejects a node without skipping what is under it, as a NodeIterator does', () => {
    const root = page('<section><p>inside</p></section>');
    const names = (it: { nextNode(): Node | null }) => {
      const out: string[] = [];
      for (let n = it.nextNode(); n; n = it.nextNode()) out.push(n.nodeName);
      return out;
    };
    const rejectSection = {
      acceptNode: (n: Node) =>
        n.nodeName === 'SECTION' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    };
    expect(names(snapshotNodeIterator(root, NodeFilter.SHOW_ELEMENT, rejectSection))).toEqual(['DIV', 'P']);
  });

  it('keeps its nodes when the page changes under it', () => {
    const root = page('<p>alpha</p><p>beta</p>');
    const it = snapshotNodeIterator(root, NodeFilter.SHOW_TEXT);
    expect(it.nextNode()?.textContent).toBe('alpha');
    root.firstElementChild?.remove();
    expect(it.nextNode()?.textContent).toBe('beta');
  });
});

describe('withSnapshotIterators', () => {
  it('answers createNodeIterator with snapshots only while the work runs, even when it throws', () => {
    const root = page('<p>x</p>');
    const native = document.createNodeIterator;
    let inside: unknown;
    withSnapshotIterators(document, () => {
      inside = document.createNodeIterator(root, NodeFilter.SHOW_TEXT);
    });
    expect(inside).not.toBeInstanceOf(NodeIterator);
    expect(document.createNodeIterator).toBe(native);
    expect(() =>
      withSnapshotIterators(document, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(Object.prototype.hasOwnProperty.call(document, 'createNodeIterator')).toBe(false);
    expect(document.createNodeIterator(root, NodeFilter.SHOW_TEXT)).toBeInstanceOf(NodeIterator);
  });
});
