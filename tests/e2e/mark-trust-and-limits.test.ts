/**
 * Highlights a page cannot turn against the reader: a paragraph made of mentions gets a bounded
 * number of marks and stays usable (security review F5), and a mark the page wrote or relabelled
 * never opens a card for an entity the page chose (F8).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MARK_CAPS } from '../../core/matcher/mark-caps';
import {
  hoverEntity,
  openFixture,
  openPage,
  pageErrors,
  popoverText,
  useExtensionSession,
  waitForMarks,
  waitForPopover,
  waitForPopoverClosed,
} from './harness';

const session = useExtensionSession();

/** The review's page: one paragraph of about 1 MB, a mention of Victor Cha in every sentence. */
function manyMentionsPage(): string {
  const sentence = 'Victor Cha warned Russia and North Korea. ';
  const paragraph = sentence.repeat(Math.round(1_048_576 / sentence.length));
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Russia and North Korea</title>' +
    '<script>window.__pageErrors = []; addEventListener("error", (e) => window.__pageErrors.push(String(e.message)));' +
    'window.__ticks = 0; setInterval(() => window.__ticks++, 10);</script></head>' +
    `<body><article><h1>Russia and North Korea</h1><p id="long">${paragraph}</p>` +
    '<p><button id="own" onclick="this.textContent = \'clicked\'">Page button</button></p></article></body></html>'
  );
}

const ticks = (page: Page) => page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);

describe('a paragraph of 1 MB with some 25,000 mentions', () => {
  it('gets the per-entity cap of marks, a working card, and stays usable', async () => {
    const page = await openPage(
      session,
      'https://www.theguardian.com/world/kontext-many-mentions',
      manyMentionsPage(),
    );
    await waitForMarks(page, MARK_CAPS.perEntity, 60_000);
    const cha = page.locator('kontext-mark[data-kontext-id="victor-cha"]');
    // Marking is over once the page reports its status; later passes must not add more either.
    await page.waitForTimeout(1_000);
    expect(await cha.count()).toBe(MARK_CAPS.perEntity);
    expect(await page.locator('kontext-mark').count()).toBeLessThanOrEqual(MARK_CAPS.perPage);
    expect(await hoverEntity(page, 'victor-cha')).toContain('Victor Cha');
    // The page's own script and controls still work.
    const before = await ticks(page);
    await page.locator('#own').click();
    expect(await page.locator('#own').textContent()).toBe('clicked');
    await page.waitForTimeout(300);
    expect(await ticks(page)).toBeGreaterThan(before);
    // The text is whole: every mention is still there, marked or not.
    expect(
      await page.evaluate(() => document.getElementById('long')!.textContent!.split('Victor Cha').length - 1),
    ).toBe(Math.round(1_048_576 / 'Victor Cha warned Russia and North Korea. '.length));
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });
});

describe('marks the page made or changed', () => {
  it('opens no card for a forged mark, and the genuine entity for a relabelled one', async () => {
    const page = await openFixture(
      session,
      'https://www.theguardian.com/world/kontext-forged-mark',
      'en-munitions.html',
    );
    await waitForMarks(page);
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const forged = document.createElement('kontext-mark');
      forged.id = 'forged';
      forged.className = 'kontext-mark';
      forged.setAttribute('data-kontext-kind', 'expert');
      forged.setAttribute('data-kontext-id', 'victor-cha');
      forged.setAttribute('data-kontext-group', '1');
      forged.tabIndex = -1;
      forged.textContent = '"the treaty is fake"';
      const p = document.createElement('p');
      p.append('A quote nobody made: ', forged);
      document.querySelector('kontext-mark')!.closest('p')!.before(p);
      // A real highlight of John Kirby, relabelled as Victor Cha.
      const kirby = document.querySelector('kontext-mark[data-kontext-id="john-kirby"]')!;
      kirby.id = 'relabelled';
      kirby.setAttribute('data-kontext-id', 'victor-cha');
    });
    await page.locator('#forged').hover();
    // Longer than the hover delay (150 ms): a genuine mark would have opened its card by now.
    await page.waitForTimeout(800);
    expect(await popoverText(page)).toBe('');
    await page.locator('#forged').focus();
    await page.waitForTimeout(300);
    expect(await popoverText(page)).toBe('');

    await page.mouse.move(0, 0);
    await waitForPopoverClosed(page);
    await page.locator('#relabelled').hover();
    const card = await waitForPopover(page);
    expect(card).toContain('Kirby');
    expect(card).not.toContain('Victor Cha');
    await page.close();
  });
});
