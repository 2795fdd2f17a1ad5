import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  hoverEntity,
  openExtensionPage,
  openFixture,
  popoverText,
  waitForMarks,
  sendToTab,
  tabIdOf,
  useExtensionSession,
} from './harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const session = useExtensionSession();

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
}

/** Serious and critical axe-core findings inside `include` (shadow DOM as a selector path). */
async function axeViolations(page: Page, include: string[] | string): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: extension pages forbid inline scripts (rightly).
  await page.evaluate(axeSource);
  const { violations, passes } = await page.evaluate(async (target) => {
    type Result = { violations: AxeViolation[]; passes: unknown[] };
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown): Promise<Result> } }).axe;
    const result = await axe.run({
      include: [typeof target === 'string' ? target : { fromShadowDom: target }],
    });
    return { violations: result.violations, passes: result.passes.length };
  }, include);
  // axe really looked at something (a wrong shadow path would check nothing and pass).
  expect(passes).toBeGreaterThan(5);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Which element has focus, looking into our shadow root. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    const inner = active?.shadowRoot?.activeElement;
    return inner
      ? `shadow:${inner.tagName.toLowerCase()}${inner.className ? `.${inner.className}` : ''}`
      : `${active?.tagName.toLowerCase()}:${(active as HTMLElement | null)?.dataset?.kontextId ?? ''}`;
  });

describe('popover accessibility', () => {
  it('has no serious axe-core violations, in light and dark mode', async () => {
    const page = await openFixture(
      session,
      'https://www.spiegel.de/ausland/kontext-a11y',
      'de-ballbach.html',
    );
    await waitForMarks(page);
    await hoverEntity(page, 'eric-ballbach');
    expect(await axeViolations(page, ['kontext-ui', '.kontext-popover'])).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(100);
    const background = await page.evaluate(() => {
      const dialog = document
        .querySelector('kontext-ui')
        ?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement;
      return getComputedStyle(dialog).backgroundColor;
    });
    // A dark card on a dark system setting (channels well below the light card's white).
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(Math.max(r!, g!, b!)).toBeLessThan(80);
    expect(await axeViolations(page, ['kontext-ui', '.kontext-popover'])).toEqual([]);
    await page.close();
  });

  it('can be used with the keyboard alone: shortcut to a highlight, Tab inside, Esc back', async () => {
    const page = await openFixture(
      session,
      'https://www.zeit.de/politik/kontext-keyboard',
      'en-munitions.html',
    );
    await waitForMarks(page);
    // The shortcut (Alt+Shift+K) reaches the page as this message from the background.
    await sendToTab(session, await tabIdOf(session, page.url()), { type: 'highlight:next' });
    await page.waitForFunction(
      () => !!document.querySelector('kontext-ui')?.shadowRoot?.querySelector('[role="dialog"]'),
    );
    expect(await popoverText(page)).toContain('Kirby');
    expect(await focused(page)).toContain('shadow:div.kontext-popover');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^shadow:(button|a)/);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    expect(await popoverText(page)).toBe('');
    expect(await focused(page)).toBe('kontext-mark:john-kirby');
    await page.close();
  });
});

describe('popup', () => {
  it('explains the verdict for the current tab and has no serious axe-core violations', async () => {
    const article = await openFixture(
      session,
      'https://www.faz.net/aktuell/kontext-popup',
      'en-munitions.html',
    );
    await waitForMarks(article);
    await article.waitForTimeout(300);
    const tabId = await tabIdOf(session, article.url());
    const popup = await openExtensionPage(session, `popup.html?tab=${tabId}`);
    await popup.waitForSelector('.verdict');
    const text = await popup.innerText('body');
    expect(text).toContain('covers Russia–North Korea relations');
    expect(text).toContain('Jenny Town');
    expect(text).toMatch(/Kontext on theguardian\.com|Kontext on faz\.net/);
    expect(await axeViolations(popup, 'body')).toEqual([]);
    await popup.close();
    await article.close();
  });
});
