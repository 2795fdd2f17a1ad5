// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  blocksWithMatches,
  markBlocks,
  unmarkAll,
  type EntityMarker,
} from '../../../../entrypoints/kontext.content/mark-entities';

const marker: EntityMarker = {
  regexFor: () => /Eric\s+Ballbach|Jenny\s+Town/giu,
  accept: (match) => ({ kind: 'expert', id: match[0].toLowerCase().replace(/\s+/g, '-') }),
};

function page(html: string): HTMLElement {
  document.body.replaceChildren();
  const root = document.createElement('div');
  // Test input is our own markup; the product never parses page text as HTML.
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

describe('markBlocks', () => {
  it('marks a name split across inline elements as one highlight', () => {
    const root = page('<p>Analyst <b>Eric</b> Ballbach said so. So did Jenny Town.</p>');
    const { groups } = markBlocks(blocksWithMatches(root, marker, false), marker);
    expect(groups.map((g) => g.id)).toEqual(['eric-ballbach', 'jenny-town']);
    expect(groups[0]?.elements).toHaveLength(2);
    const marks = root.querySelectorAll('kontext-mark');
    expect(marks).toHaveLength(3);
    expect(marks[0]?.getAttribute('data-kontext-kind')).toBe('expert');
    expect(marks[0]?.getAttribute('data-kontext-group')).toBe(marks[1]?.getAttribute('data-kontext-group'));
    expect(root.textContent).toBe('Analyst Eric Ballbach said so. So did Jenny Town.');
  });

  it('never marks inside form fields, editors, code, scripts or hidden parts', () => {
    const root = page(
      '<p>Jenny Town</p><textarea>Jenny Town</textarea><div contenteditable="true"><p>Jenny Town</p></div>' +
        '<pre><code>Jenny Town</code></pre><p hidden>Jenny Town</p><div aria-hidden="true"><span>Jenny Town</span></div>' +
        '<script>var x = "Jenny Town";</script><svg><text>Jenny Town</text></svg>',
    );
    markBlocks(blocksWithMatches(root, marker, false), marker);
    const marks = Array.from(root.querySelectorAll('kontext-mark'));
    expect(marks).toHaveLength(1);
    expect(marks[0]?.parentElement?.tagName).toBe('P');
    expect(marks[0]?.parentElement?.parentElement).toBe(root);
  });

  it('does not let a match run from one paragraph into the next', () => {
    const root = page('<p>Eric</p><p>Ballbach</p>');
    const { groups } = markBlocks(blocksWithMatches(root, marker, false), marker);
    expect(groups).toHaveLength(0);
  });

  it('leaves matches the marker rejects unmarked, and does not mark twice', () => {
    const root = page('<p>Jenny Town and Eric Ballbach</p>');
    const onlyBallbach: EntityMarker = {
      ...marker,
      accept: (m) => (m[0].startsWith('Eric') ? marker.accept(m) : undefined),
    };
    markBlocks(blocksWithMatches(root, marker, false), onlyBallbach);
    markBlocks(blocksWithMatches(root, marker, false), marker);
    expect(Array.from(root.querySelectorAll('kontext-mark')).map((m) => m.textContent)).toEqual([
      'Jenny Town',
      'Eric Ballbach',
    ]);
  });

  it('restores the original markup exactly when unmarked', () => {
    const html = '<h2>Jenny Town</h2><p>Analyst <b>Eric</b> Ballbach <a href="#x">said</a> so.</p>';
    const root = page(html);
    markBlocks(blocksWithMatches(root, marker, false), marker);
    expect(root.innerHTML).not.toBe(html);
    unmarkAll(root);
    expect(root.innerHTML).toBe(html);
  });

  it('skips navigation and sidebars when the main text could not be found', () => {
    const root = page('<nav><a>Jenny Town</a></nav><aside><p>Jenny Town</p></aside><p>Jenny Town</p>');
    const blocks = blocksWithMatches(root, marker, true);
    expect(blocks.map((b) => b.tagName)).toEqual(['P']);
  });

  it('skips consent dialogs and a paywall offer inside the article, but not the article text', () => {
    const root = page(
      '<p id="text">Jenny Town</p>' +
        '<div data-area="paywall"><p>Analysen von Eric Ballbach</p></div>' +
        '<div role="dialog" aria-modal="true"><p>Jenny Town</p></div>' +
        '<div class="has-paywall-teaser"><p id="teaser">Eric Ballbach</p></div>',
    );
    const blocks = blocksWithMatches(root, marker, true);
    expect(blocks.map((b) => b.id)).toEqual(['text', 'teaser']);
  });
});
