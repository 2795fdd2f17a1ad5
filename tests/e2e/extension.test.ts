import { describe, expect, it } from 'vitest';
import {
  fixtureHtml,
  hoverEntity,
  openExtensionPage,
  openFixture,
  openPage,
  sendToBackground,
  waitForMarks,
  useExtensionSession,
} from './harness';

const session = useExtensionSession();

describe('the built extension in Chromium', () => {
  it('starts its service worker, which answers a typed message', async () => {
    const worker = await session.serviceWorker();
    expect(worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    const page = await openExtensionPage(session);
    expect(await sendToBackground(page, { type: 'ping' })).toEqual({ ok: true, version: expect.any(String) });
    expect(await sendToBackground(page, { type: 'no-such-message' })).toMatchObject({ ok: false });
    await page.close();
  });

  it('highlights an expert on a news article and shows the popover on hover', async () => {
    const page = await openFixture(
      session,
      'https://www.theguardian.com/world/kontext-sample',
      'en-munitions.html',
    );
    await waitForMarks(page);
    const kirby = page.locator('kontext-mark[data-kontext-id="john-kirby"]');
    // "John" and "Kirby" sit in different elements: one highlight, split in two marks.
    expect(await kirby.count()).toBeGreaterThanOrEqual(2);
    const groups = await kirby.evaluateAll(
      (els) => new Set(els.map((e) => (e as HTMLElement).dataset.kontextGroup)).size,
    );
    expect(groups).toBe(1);
    const text = await hoverEntity(page, 'john-kirby');
    expect(text).toContain('Kirby');
    await page.close();
  });

  it('leaves a page outside the news list untouched', async () => {
    const html = fixtureHtml('en-munitions.html');
    const page = await openPage(session, 'https://blog.example.org/post', html);
    const before = await page.evaluate(() => document.body.innerHTML);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => document.querySelectorAll('kontext-mark, kontext-ui').length)).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await page.close();
  });

  it('leaves an off-topic article on a news site untouched', async () => {
    const page = await openFixture(
      session,
      'https://www.bbc.com/news/kontext-weather',
      'off-topic-weather.html',
    );
    const before = await page.evaluate(() => document.body.innerHTML);
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => document.querySelectorAll('kontext-mark, kontext-ui').length)).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await page.close();
  });
});
