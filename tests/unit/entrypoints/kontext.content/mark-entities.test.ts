// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createMarkCaps } from '../../../../core/matcher/mark-caps';
import {
  findEntities,
  withinCaps,
  type EntityMarker,
} from '../../../../entrypoints/kontext.content/find-entities';
import { markFound, unmarkAll } from '../../../../entrypoints/kontext.content/mark-entities';
import { markGroupOf, ownMarkAt } from '../../../../entrypoints/kontext.content/mark-registry';
import { compileMatcher } from '../../../../core/matcher/compile-matcher';

const alias = (text: string, id: string) => ({ text, id, kind: 'expert' as const });
const twoNames = compileMatcher([alias('Eric Ballbach', 'eric-ballbach'), alias('Jenny Town', 'jenny-town')]);

const marker: EntityMarker = {
  scanner: (text, from) => twoNames.scanner(text, from),
  accept: (match) => ({ kind: 'expert', id: match.text.toLowerCase().replace(/\s+/g, '-') }),
};

function page(html: string): HTMLElement {
  document.body.replaceChildren();
  const root = document.createElement('div');
  // Test input is our own markup; the product never parses page text as HTML.
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

describe('findEntities and markFound', () => {
  it("reads a long paragraph's text once, however many names it holds (Firefox copies it on every read)", () => {
    // A name split across elements first: the paragraph then goes to mark.js as one batch.
    const root = page(`<p><b>Eric</b> Ballbach said:<i> </i>${'Jenny Town warned Moscow. '.repeat(500)}</p>`);
    const text = root.querySelector('p')!.lastChild as Text;
    const data = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Object.getPrototypeOf(text)), 'data')!;
    let reads = 0;
    Object.defineProperty(text, 'data', {
      configurable: true,
      get() {
        reads += 1;
        return data.get!.call(this) as string;
      },
      set(value: string) {
        data.set!.call(this, value);
      },
    });
    const found = findEntities(root, marker, false);
    expect(found).toHaveLength(501);
    expect(reads).toBe(1);
    // Marking reads it a few times (to see that the page did not change it meanwhile, and mark.js
    // itself), not once per mention: before, 505 reads here.
    expect(markFound(found).groups).toHaveLength(501);
    expect(reads).toBeLessThan(10);
  });

  it('marks a name split across inline elements as one highlight', () => {
    const root = page('<p>Analyst <b>Eric</b> Ballbach said so. So did Jenny Town.</p>');
    const { groups } = markFound(findEntities(root, marker, false));
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
    markFound(findEntities(root, marker, false));
    const marks = Array.from(root.querySelectorAll('kontext-mark'));
    expect(marks).toHaveLength(1);
    expect(marks[0]?.parentElement?.tagName).toBe('P');
    expect(marks[0]?.parentElement?.parentElement).toBe(root);
  });

  it('does not let a match run from one paragraph into the next', () => {
    const root = page('<p>Eric</p><p>Ballbach</p>');
    const { groups } = markFound(findEntities(root, marker, false));
    expect(groups).toHaveLength(0);
  });

  it('leaves matches the marker rejects unmarked, and does not mark twice', () => {
    const root = page('<p>Jenny Town and Eric Ballbach</p>');
    const onlyBallbach: EntityMarker = {
      ...marker,
      accept: (m) => (m.text.startsWith('Eric') ? marker.accept(m) : undefined),
    };
    markFound(findEntities(root, onlyBallbach, false));
    markFound(findEntities(root, marker, false));
    expect(Array.from(root.querySelectorAll('kontext-mark')).map((m) => m.textContent)).toEqual([
      'Jenny Town',
      'Eric Ballbach',
    ]);
  });

  it('restores the original markup exactly when unmarked', () => {
    const html = '<h2>Jenny Town</h2><p>Analyst <b>Eric</b> Ballbach <a href="#x">said</a> so.</p>';
    const root = page(html);
    markFound(findEntities(root, marker, false));
    expect(root.innerHTML).not.toBe(html);
    unmarkAll(root);
    expect(root.innerHTML).toBe(html);
  });

  it('skips navigation and sidebars when the main text could not be found', () => {
    const root = page('<nav><a>Jenny Town</a></nav><aside><p>Jenny Town</p></aside><p>Jenny Town</p>');
    const found = findEntities(root, marker, true);
    expect(found.map((f) => f.block.tagName)).toEqual(['P']);
  });

  it('marks a lone surname only after the full name, in reading order across paragraphs', () => {
    // A marker like the product's: "Ballbach" alone counts once "Eric Ballbach" has been read.
    let seen = false;
    const ballbach = compileMatcher([
      alias('Eric Ballbach', 'eric-ballbach'),
      alias('Ballbach', 'eric-ballbach'),
    ]);
    const gated: EntityMarker = {
      scanner: (text, from) => ballbach.scanner(text, from),
      accept: (m) => {
        if (m.text !== 'Ballbach') seen = true;
        return m.text === 'Ballbach' && !seen ? undefined : { kind: 'expert', id: 'eric-ballbach' };
      },
    };
    const root = page(
      '<p>Ballbach first.</p><p>Then <i>Eric</i> Ballbach.</p><p>Ballbach again, and Ballbach.</p>',
    );
    const { groups } = markFound(findEntities(root, gated, false));
    expect(groups).toHaveLength(3);
    expect(root.querySelector('p')?.querySelector('kontext-mark')).toBeNull();
    expect(Array.from(root.querySelectorAll('p:last-child kontext-mark')).map((m) => m.textContent)).toEqual([
      'Ballbach',
      'Ballbach',
    ]);
  });

  it('ignores a name that only forms across two paragraphs and still marks the ones after it', () => {
    const root = page('<p>Asked was Eric </p><p>Ballbach Jenny Town said.</p><p>Jenny Town again.</p>');
    const { groups } = markFound(findEntities(root, marker, false));
    expect(groups.map((g) => g.id)).toEqual(['jenny-town', 'jenny-town']);
    expect(root.querySelectorAll('p')[0]?.querySelector('kontext-mark')).toBeNull();
  });

  it('marks many paragraphs, each name once, with one group per highlight', () => {
    const html = Array.from(
      { length: 100 },
      (_, i) => `<p>Item ${i}: <b>Jenny</b> Town and Eric Ballbach.</p>`,
    );
    const root = page(html.join(''));
    const { groups } = markFound(findEntities(root, marker, false));
    expect(groups).toHaveLength(200);
    expect(new Set(groups.map((g) => g.elements[0]?.dataset.kontextGroup)).size).toBe(200);
    expect(root.querySelectorAll('kontext-mark')).toHaveLength(300);
  });

  it('marks every name in a paragraph that has both a split name and whole ones, each once', () => {
    const root = page(
      '<p>Jenny Town first, then <b>Eric</b> Ballbach, then Jenny Town and Eric Ballbach in one sentence.</p>',
    );
    const { groups } = markFound(findEntities(root, marker, false));
    expect(groups.map((g) => g.id)).toEqual(['jenny-town', 'eric-ballbach', 'jenny-town', 'eric-ballbach']);
    expect(Array.from(root.querySelectorAll('kontext-mark')).map((m) => m.textContent)).toEqual([
      'Jenny Town',
      'Eric',
      ' Ballbach',
      'Jenny Town',
      'Eric Ballbach',
    ]);
    expect(root.textContent).toBe(
      'Jenny Town first, then Eric Ballbach, then Jenny Town and Eric Ballbach in one sentence.',
    );
  });

  it('marks names in a block nested in another block that also has a split name', () => {
    const root = page(
      '<div>Said <i>Jenny</i> Town: <blockquote>Eric Ballbach, and again Eric Ballbach</blockquote> and Jenny Town.</div>',
    );
    const { groups } = markFound(findEntities(root, marker, false));
    expect(groups.map((g) => g.id)).toEqual(['jenny-town', 'eric-ballbach', 'eric-ballbach', 'jenny-town']);
    expect(root.querySelectorAll('blockquote kontext-mark')).toHaveLength(2);
    expect(root.textContent).toBe('Said Jenny Town: Eric Ballbach, and again Eric Ballbach and Jenny Town.');
  });

  it('marks nothing where the page changed the text between the scan and the marking', () => {
    const root = page('<p id="a">Jenny Town spoke.</p><p>Eric Ballbach agreed.</p>');
    const found = findEntities(root, marker, false);
    (root.querySelector('#a')?.firstChild as Text).data = 'Jenny Towner spoke.';
    const { groups } = markFound(found);
    expect(groups.map((g) => g.id)).toEqual(['eric-ballbach']);
    expect(root.querySelector('#a kontext-mark')).toBeNull();
  });

  it('reads the text of a page whose container is itself a form, as older sites wrap whole pages', () => {
    const form = document.createElement('form');
    form.innerHTML = '<p>Jenny Town</p>';
    document.body.replaceChildren(form);
    expect(findEntities(form, marker, true).map((f) => f.text)).toEqual(['Jenny Town']);
  });

  it('skips consent dialogs and a paywall offer inside the article, but not the article text', () => {
    const root = page(
      '<p id="text">Jenny Town</p>' +
        '<div data-area="paywall"><p>Analysen von Eric Ballbach</p></div>' +
        '<div role="dialog" aria-modal="true"><p>Jenny Town</p></div>' +
        '<div class="has-paywall-teaser"><p id="teaser">Eric Ballbach</p></div>',
    );
    const found = findEntities(root, marker, true);
    expect(found.map((f) => f.block.id)).toEqual(['text', 'teaser']);
  });

  it('wraps many names in one text node, each once and in order, and restores the node exactly', () => {
    const sentence = 'Jenny Town and Eric Ballbach disagree. ';
    const html = `<p>Before: ${sentence.repeat(300)}after.</p>`;
    const root = page(html);
    const { groups } = markFound(findEntities(root, marker, false));
    expect(groups).toHaveLength(600);
    const marks = Array.from(root.querySelectorAll('kontext-mark'));
    expect(marks.map((m) => m.textContent)).toEqual(groups.map((g) => g.elements[0]?.textContent));
    expect(marks.slice(0, 2).map((m) => m.getAttribute('data-kontext-id'))).toEqual([
      'jenny-town',
      'eric-ballbach',
    ]);
    expect(root.textContent).toBe(`Before: ${sentence.repeat(300)}after.`);
    unmarkAll(root);
    expect(root.innerHTML).toBe(html);
    expect(root.querySelector('p')?.childNodes).toHaveLength(1);
  });

  it('stops marking an entity at its cap and the page at its cap', () => {
    const root = page(
      `<p>${'Jenny Town, Eric Ballbach. '.repeat(10)}</p><p>${'Jenny Town. '.repeat(10)}</p>`,
    );
    const capped = withinCaps(marker, createMarkCaps({ perEntity: 4, perPage: 7 }));
    const { groups } = markFound(findEntities(root, capped, false));
    expect(groups.filter((g) => g.id === 'jenny-town')).toHaveLength(4);
    expect(groups.filter((g) => g.id === 'eric-ballbach')).toHaveLength(3);
    expect(root.querySelectorAll('kontext-mark')).toHaveLength(7);
  });

  it('knows the marks it made and what they name, whatever their attributes say later', () => {
    const root = page('<p>Analyst <b>Eric</b> Ballbach said so. So did Jenny Town.</p>');
    const { groups } = markFound(findEntities(root, marker, false));
    const split = groups[0]?.elements[1];
    const town = groups[1]?.elements[0];
    town?.setAttribute('data-kontext-id', 'eric-ballbach');
    expect(town && markGroupOf(town)?.id).toBe('jenny-town');
    expect(ownMarkAt(split ?? null)).toBe(split);
    expect(split && markGroupOf(split)).toBe(groups[0]);
    const forged = document.createElement('kontext-mark');
    forged.setAttribute('data-kontext-id', 'jenny-town');
    forged.textContent = 'a quote nobody made';
    root.append(forged);
    expect(ownMarkAt(forged)).toBeUndefined();
    expect(markGroupOf(forged)).toBeUndefined();
  });
});
