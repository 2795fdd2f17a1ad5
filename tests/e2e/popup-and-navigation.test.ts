import { describe, expect, it } from 'vitest';
import type { ChromeApi } from '../../scripts/browser/chrome-api';
import {
  openExtensionPage,
  openFixture,
  waitForPopover,
  tabIdOf as tabIdOfIn,
  waitForMarks,
  useExtensionSession,
} from './harness';

const session = useExtensionSession();

const tabIdOf = (url: string) => tabIdOfIn(session, url);

describe('toolbar', () => {
  it('shows the number of found experts and claims on the badge', async () => {
    const page = await openFixture(session, 'https://www.welt.de/politik/kontext-badge', 'en-munitions.html');
    await waitForMarks(page);
    await page.waitForTimeout(300);
    const tabId = await tabIdOf(page.url());
    const worker = await session.serviceWorker();
    const badge = await worker.evaluate(
      (id) => (globalThis as unknown as { chrome: ChromeApi }).chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );
    const distinct = await page.evaluate(
      () =>
        new Set(
          Array.from(document.querySelectorAll('kontext-mark')).map(
            (m) => (m as HTMLElement).dataset.kontextId,
          ),
        ).size,
    );
    expect(Number(badge)).toBe(distinct);
    await page.close();
  });

  it('takes the reader from an entry in the popup to its highlight in the page', async () => {
    const page = await openFixture(
      session,
      'https://www.n-tv.de/politik/kontext-popup-click',
      'en-munitions.html',
    );
    await waitForMarks(page);
    await page.waitForTimeout(300);
    const popup = await openExtensionPage(session, `popup.html?tab=${await tabIdOf(page.url())}`);
    await popup.getByRole('button', { name: /Victor Cha/ }).click();
    expect(await waitForPopover(page)).toContain('Victor Cha');
    // The highlight is scrolled into view and the card has focus, ready for the keyboard.
    const inView = await page.evaluate(() => {
      const rect = document
        .querySelector('kontext-mark[data-kontext-id="victor-cha"]')!
        .getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-kontext-ui'))).toBe('card');
    await popup.close();
    await page.close();
  });
});

describe('single-page sites', () => {
  it('looks again when the site swaps in an on-topic article without a page load', async () => {
    const page = await openFixture(session, 'https://www.bbc.com/news/kontext-spa', 'spa.html');
    await page.waitForTimeout(1200);
    expect(await page.locator('kontext-mark').count()).toBe(0);
    await page.click('#next');
    await waitForMarks(page, 1, 10_000);
    expect(await page.locator('kontext-mark[data-kontext-id="victor-cha"]').count()).toBe(1);
    await page.close();
  });
});
