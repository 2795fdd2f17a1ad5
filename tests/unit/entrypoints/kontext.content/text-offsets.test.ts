// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { indexText, offsetsToPieces, rangeToOffsets } from '@/entrypoints/kontext.content/text-offsets';

function article(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}

describe('indexText', () => {
  it('joins the text nodes in document order and leaves out scripts, styles and our own UI', () => {
    const root = article(
      '<p>Erster <b>Satz</b>.</p><script>var x = 1;</script><style>p{}</style><kontext-ui>UI</kontext-ui><p>Zweiter.</p>',
    );
    expect(indexText(root).text).toBe('Erster Satz.Zweiter.');
  });
});

describe('rangeToOffsets', () => {
  it('maps a selection across elements to offsets in the root text', () => {
    const root = article('<p>Erster <b>Satz</b> hier.</p><p>Zweiter Absatz.</p>');
    const index = indexText(root);
    const range = document.createRange();
    range.setStart(root.querySelector('b')!.firstChild!, 2);
    range.setEnd(root.querySelectorAll('p')[1]!.firstChild!, 7);
    const offsets = rangeToOffsets(index, range);
    expect(offsets).not.toBeNull();
    expect(index.text.slice(offsets!.start, offsets!.end)).toBe('tz hier.Zweiter');
  });

  it('maps a range whose ends are elements, not text nodes', () => {
    const root = article('<p>Eins</p><p>Zwei</p><p>Drei</p>');
    const range = document.createRange();
    range.setStart(root, 1);
    range.setEnd(root, 2);
    const index = indexText(root);
    const offsets = rangeToOffsets(index, range)!;
    expect(index.text.slice(offsets.start, offsets.end)).toBe('Zwei');
  });

  it('gives null for a range outside the root', () => {
    document.body.innerHTML = '<p id="outside">Außen</p><article><p>Innen</p></article>';
    const root = document.querySelector('article')!;
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('outside')!);
    expect(rangeToOffsets(indexText(root), range)).toBeNull();
  });
});

describe('offsetsToPieces', () => {
  it('covers a passage across elements, one piece per text node, without touching the page', () => {
    const root = article('<p>Erster <b>Satz</b> hier.</p><p>Zweiter Absatz.</p>');
    const before = root.innerHTML;
    const start = indexText(root).text.indexOf('Satz hier');
    const pieces = offsetsToPieces(indexText(root), start, start + 'Satz hier.Zweiter'.length);
    expect(pieces.map(({ node, from, to }) => node.data.slice(from, to))).toEqual([
      'Satz',
      ' hier.',
      'Zweiter',
    ]);
    expect(root.innerHTML).toBe(before);
  });
});
