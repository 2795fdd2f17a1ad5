// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createMarkCaps } from '../../../../core/matcher/mark-caps';
import {
  findEntities,
  withinCaps,
  type EntityMarker,
} from '../../../../entrypoints/kontext.content/find-entities';
import { highlightPage } from '../../../../entrypoints/kontext.content/highlight-page';
import { markGroupOf } from '../../../../entrypoints/kontext.content/mark-registry';
import { newSliceStats } from '../../../../entrypoints/kontext.content/slices';
import { compileMatcher } from '../../../../core/matcher/compile-matcher';
import { createMentionGate } from '../../../../core/matcher/mention-gate';

const alias = (text: string, id: string) => ({ text, id, kind: 'expert' as const });
const twoNames = compileMatcher([alias('Eric Ballbach', 'eric-ballbach'), alias('Jenny Town', 'jenny-town')]);

const marker: EntityMarker = {
  scanner: (text, from) => twoNames.scanner(text, from),
  accept: (match) => ({ kind: 'expert', id: match.text.toLowerCase().replace(/\s+/g, '-') }),
};

/** Paragraphs, the ones from `belowFrom` on laid out below the first viewport. */
function article(texts: string[], belowFrom: number): HTMLElement {
  const root = document.createElement('article');
  texts.forEach((text, i) => {
    const p = document.createElement('p');
    p.textContent = text;
    // However many there are, the first `belowFrom` fit in the viewport, in order down the page.
    const top = i < belowFrom ? (i / belowFrom) * (window.innerHeight - 20) : window.innerHeight + i * 20;
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

  it('marks the first viewport before it has read the rest of a long page', async () => {
    const below = Array.from(
      { length: 2_000 },
      (_, i) => `Paragraph ${i} is about trade; Eric Ballbach said so.`,
    );
    const root = article(['Jenny Town spoke first.', 'Eric Ballbach answered.', ...below], 2);
    const whole = (root.textContent ?? '').length;
    let longestRead = 0;
    let readAtFirstView = 0;
    const measuring: EntityMarker = {
      ...marker,
      scanner(text, from) {
        longestRead = Math.max(longestRead, text.length);
        return marker.scanner(text, from);
      },
    };
    const { groups } = await highlightPage(root, measuring, {
      budgetMs: 8,
      skipChrome: false,
      onFirstView: () => {
        readAtFirstView = longestRead;
      },
    });
    // The first viewport, a few thousand characters past it and the rest of the walk's last step
    // (256 text nodes), not the page's 100,000 characters.
    expect(readAtFirstView).toBeGreaterThan(0);
    expect(readAtFirstView).toBeLessThan(whole / 4);
    expect(longestRead).toBeGreaterThanOrEqual(whole);
    expect(groups).toHaveLength(2_002);
  });

  it('decides every highlight as one pass over the whole page does, wherever the first viewport ends', async () => {
    const withClaims = compileMatcher(
      [
        alias('Eric Ballbach', 'eric-ballbach'),
        { text: 'Ballbach', id: 'eric-ballbach', kind: 'expert', afterFullName: true },
      ],
      [
        // Reads back across paragraphs: "Kim" at the end of one, "visit" at the start of the next.
        { id: 'visit', source: '(?<=Kim[^.!?]{0,80})visit' },
        { id: 'troops', source: '12\\.?000 (?:Soldaten|troops)' },
        // Reads ahead across paragraphs, as far as a claim pattern may (MAX_CLAIM_REACH).
        { id: 'kim-visit', source: 'Kim(?=[^.!?]{0,900}visit)' },
      ],
    );
    const texts = Array.from(
      { length: 600 },
      (_, i) =>
        [
          `Section ${i}: ${'filler words about trade and rail '.repeat(i % 7)}Kim`,
          'visit planned, said Ballbach; 12.000 Soldaten.',
          i % 5 === 0 ? 'Eric Ballbach wrote this.' : 'Nothing here.',
        ][i % 3]!,
    );
    // The walk reads 256 text nodes a step: a viewport ending at paragraph 255 ends the first
    // step's text there, and a claim starting in paragraph 254 reads on into paragraph 256.
    texts.splice(254, 3, 'Kim', 'and then the', 'visit');
    const marked = (root: Element) =>
      Array.from(root.querySelectorAll('kontext-mark')).map((m) => `${markGroupOf(m)?.id}:${m.textContent}`);
    const capped = () =>
      withinCaps(createMentionGate(withClaims), createMarkCaps({ perEntity: 500, perPage: 5_000 }));
    // One pass over the whole page, then marked at once: what the highlights must be.
    const expected = findEntities(article(texts, 0), capped(), false).map((f) => `${f.entity.id}:${f.text}`);
    expect(expected.filter((e) => e.startsWith('visit:')).length).toBeGreaterThan(5);
    expect(expected.filter((e) => e.startsWith('eric-ballbach:Ballbach')).length).toBeGreaterThan(5);
    expect(expected).toContain('kim-visit:Kim');
    for (const belowFrom of [0, 1, 2, 5, 17, 60, 254, 255, 256, 599]) {
      const root = article(texts, belowFrom);
      await highlightPage(root, capped(), { budgetMs: 8, skipChrome: false });
      expect([belowFrom, marked(root)]).toEqual([belowFrom, expected]);
    }
  });
});
