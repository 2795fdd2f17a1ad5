/**
 * Pages that attack the extension or merely make its life hard. In every case the reader must still
 * get the highlights (or an untouched page), the page's own scripts must keep running, and nothing
 * the page does may switch Kontext off, open its popover, or reach the reader's notes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sendFromContentScript } from './content-world';
import {
  hoverEntity,
  openExtensionPage,
  openFixture,
  sendToTab,
  waitForPopover,
  popoverText,
  sendToBackground,
  tabIdOf,
  useExtensionSession,
  waitForMarks,
} from './harness';

const session = useExtensionSession();

const pageErrors = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors);
const ticks = (page: Page) => page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
const markCount = (page: Page) => page.locator('kontext-mark').count();

type Forger = { forgeSignals(id: string): void; forgeReader(): void };

describe('a page that forges the extension’s signals', () => {
  it('cannot switch Kontext off with WXT’s start or navigation signal, and is told nothing', async () => {
    const page = await openFixture(
      session,
      'https://www.theguardian.com/world/kontext-forged-start',
      'hostile-forgery.html',
    );
    await waitForMarks(page, 2);
    const first = await page.evaluate(() => {
      const mark = document.querySelector('kontext-mark') as HTMLElement & { __seen?: boolean };
      mark.__seen = true;
      return mark.textContent;
    });
    await page.evaluate((id) => (window as unknown as Forger).forgeSignals(id), session.extensionId);
    // Longer than the location-change debounce (500 ms): a fake navigation must not redo the page.
    await page.waitForTimeout(900);
    expect(
      await page.evaluate(
        () => (document.querySelector('kontext-mark') as HTMLElement & { __seen?: boolean }).__seen,
      ),
    ).toBe(true);
    expect(await page.locator('kontext-mark').first().textContent()).toBe(first);
    // Still alive: content added now is marked, and the reader's hover opens the card.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, Andrei Lankov doubted that the deliveries would last.';
      document.getElementById('later')?.append(p);
    });
    await page.waitForFunction(() => document.querySelector('#later kontext-mark') !== null, undefined, {
      timeout: 5_000,
    });
    expect(await hoverEntity(page, 'victor-cha')).toContain('Victor Cha');
    // WXT would have announced the extension's id to every page with postMessage.
    expect(
      await page.evaluate(() => (window as unknown as { __announcements: string[] }).__announcements),
    ).toEqual([]);
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('cannot open the popover or move the reader with fake messages, pointer events or focus()', async () => {
    const page = await openFixture(
      session,
      'https://www.theguardian.com/world/kontext-forged-reader',
      'hostile-forgery.html',
    );
    await waitForMarks(page, 2);
    const before = await markCount(page);
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.evaluate(() => (window as unknown as Forger).forgeReader());
    // Longer than the popover's open delay (150 ms).
    await page.waitForTimeout(600);
    expect(await popoverText(page)).toBe('');
    expect(await markCount(page)).toBe(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    // The reader's own shortcut (which reaches the page only through the background) still opens it.
    await sendToTab(session, await tabIdOf(session, page.url()), { type: 'highlight:next' });
    await waitForPopover(page);
    expect(await popoverText(page)).toContain('Jenny Town');
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });
});
