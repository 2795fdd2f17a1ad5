import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/browser/launch-extension';
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

  it('runs its own pages under a policy that refuses inline and remote scripts, and ships no eval', async () => {
    const page = await openExtensionPage(session, 'notes.html');
    // A script the page would add, inline or from the web, is refused by the policy.
    const refused = (src: string | null) =>
      page.evaluate(
        (source) =>
          new Promise<string>((resolve) => {
            document.addEventListener('securitypolicyviolation', (e) => resolve(e.blockedURI), {
              once: true,
            });
            const script = document.createElement('script');
            if (source) script.src = source;
            else script.textContent = 'window.__ran = true';
            document.head.append(script);
            setTimeout(() => resolve('no violation'), 2_000);
          }),
        src,
      );
    expect(await refused('https://cdn.example.com/remote.js')).toBe('https://cdn.example.com/remote.js');
    expect(await refused(null)).toBe('inline');
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await page.close();
    // The manifest keeps Chrome's strict default policy (no 'unsafe-eval'), and no shipped script
    // builds code from strings.
    const manifest = readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8');
    expect(manifest).not.toMatch(/unsafe-eval|unsafe-inline/);
    const scripts = (readdirSync(EXTENSION_DIR, { recursive: true }) as string[]).filter((f) =>
      f.endsWith('.js'),
    );
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) {
      const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
      expect(/\beval\(|new Function\(/.test(code), file).toBe(false);
    }
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
    expect(
      await page.evaluate(() => document.querySelectorAll('kontext-mark, [data-kontext-ui]').length),
    ).toBe(0);
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
    expect(
      await page.evaluate(() => document.querySelectorAll('kontext-mark, [data-kontext-ui]').length),
    ).toBe(0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
    await page.close();
  });
});
