// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { indexText, rangeToOffsets, unwrap, wrapOffsets } from '@/entrypoints/kontext.content/text-offsets';

function article(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}

describe('indexText', () => {
  it('joins the text nodes in document order and leaves out scripts, styles and our own UI', () => {
    const root = article(
      '<p>Erster <b>Satz</b>.</p><script>var x = 1;</script><style>p{}</style><div data-kontext-ui="card"></div><p>Zweiter.</p>',
    );
    root.querySelector('[data-kontext-ui]')!.attachShadow({ mode: 'closed' }).append('UI');
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

describe('wrapOffsets and unwrap', () => {
  it('wraps a passage across elements, one wrapper per text node, keeping the text and its offsets', () => {
    const root = article('<p>Erster <b>Satz</b> hier.</p><p>Zweiter Absatz.</p>');
    const before = indexText(root).text;
    const start = before.indexOf('Satz hier');
    const wrappers = wrapOffsets(indexText(root), start, start + 'Satz hier.Zweiter'.length, () =>
      document.createElement('kontext-note-mark'),
    );
    expect(wrappers.map((wrapper) => wrapper.textContent)).toEqual(['Satz', ' hier.', 'Zweiter']);
    expect(root.querySelector('b > kontext-note-mark')?.textContent).toBe('Satz');
    expect(indexText(root).text).toBe(before);
    unwrap(wrappers);
    expect(root.querySelector('kontext-note-mark')).toBeNull();
    expect(root.innerHTML).toBe('<p>Erster <b>Satz</b> hier.</p><p>Zweiter Absatz.</p>');
  });

  it('leaves markup-only whitespace between blocks unwrapped', () => {
    const root = article('<ul><li>Eins</li>\n<li>Zwei</li></ul>');
    const text = indexText(root).text;
    const wrappers = wrapOffsets(indexText(root), 0, text.length, () => document.createElement('span'));
    expect(wrappers.map((wrapper) => wrapper.textContent)).toEqual(['Eins', 'Zwei']);
    expect(root.querySelector('ul')!.children).toHaveLength(2);
  });

  it('puts page text in as text, never as markup', () => {
    const root = article('<p>&lt;img src=x onerror=alert(1)&gt; danach</p>');
    const text = indexText(root).text;
    wrapOffsets(indexText(root), 0, text.indexOf(' danach'), () => document.createElement('span'));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('span')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
