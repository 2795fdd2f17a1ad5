// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createMarkCaps } from '../../../../core/matcher/mark-caps';
import { withinCaps, type EntityMarker } from '../../../../entrypoints/kontext.content/find-entities';
import { highlightPage } from '../../../../entrypoints/kontext.content/highlight-page';
import { markGroupOf } from '../../../../entrypoints/kontext.content/mark-registry';
import { newSliceStats } from '../../../../entrypoints/kontext.content/slices';
import { compileMatcher } from '../../../../core/matcher/compile-matcher';

const alias = (text: string, id: string) => ({ text, id, kind: 'expert' as const });
const twoNames = compileMatcher([alias('Eric Ballbach', 'eric-ballbach'), alias('Jenny Town', 'jenny-town')]);

const marker: EntityMarker = {
  scanner: (text) => twoNames.scanner(text),
  accept: (match) => ({ kind: 'expert', id: match.text.toLowerCase().replace(/\s+/g, '-') }),
};

/** Paragraphs, the ones from `belowFrom` on laid out below the first viewport. */
function article(texts: string[], belowFrom: number): HTMLElement {
  const root = document.createElement('article');
  texts.forEach((text, i) => {
    const p = document.createElement('p');
    p.textContent = text;
    const top = i < belowFrom ? i * 20 : window.innerHeight + i * 20;
    p.getBoundingClientRect = () => new DOMRect(0, top, 600, 20);
    root.append(p);
  });
  document.body.replaceChildren(root);
  return root;
}

describe('highlightPage', () => {
  it('marks the first viewport before the rest, then the whole page in reading order', async () => {
    const root = article(['Jenny Town spoke.', 'Eric Ballbach too.', 'Later, Jenny Town again.'], 2);
    let atFirstView: string[] = [];
    const stats = newSliceStats();
    const { groups } = await highlightPage(root, marker, {
      budgetMs: 8,
      skipChrome: false,
      stats,
      onFirstView: () => {
        atFirstView = Array.from(root.querySelectorAll('kontext-mark')).map((m) => m.textContent ?? '');
      },
    });
    expect(atFirstView).toEqual(['Jenny Town', 'Eric Ballbach']);
    expect(groups.map((g) => g.id)).toEqual(['jenny-town', 'eric-ballbach', 'jenny-town']);
    expect(Array.from(root.querySelectorAll('kontext-mark')).map((m) => markGroupOf(m))).toEqual(groups);
    expect(stats.slices).toBeGreaterThan(0);
  });

  it('keeps to the caps over the whole page', async () => {
    const root = article(
      Array.from({ length: 6 }, () => 'Jenny Town and Eric Ballbach.'),
      2,
    );
    const capped = withinCaps(marker, createMarkCaps({ perEntity: 3, perPage: 5 }));
    const { groups } = await highlightPage(root, capped, { budgetMs: 8, skipChrome: false });
    expect(groups.filter((g) => g.id === 'jenny-town')).toHaveLength(3);
    expect(root.querySelectorAll('kontext-mark')).toHaveLength(5);
  });
});
