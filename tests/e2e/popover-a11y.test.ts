import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  clickInNotesFrame,
  evaluateInContentScript,
  notesFrame,
  focusedElement,
  hoverEntity,
  openExtensionPage,
  openFixture,
  POPOVER,
  popoverText,
  runInContentScript,
  styleInUi,
  waitForMarks,
  waitForPopover,
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

type AxeResult = { violations: AxeViolation[]; passes: number };

/** Serious and critical findings; axe must really have looked at something (a wrong path checks nothing). */
function serious({ violations, passes }: AxeResult): AxeViolation[] {
  expect(passes).toBeGreaterThan(5);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** axe-core over an extension page's `selector`, evaluated through the DevTools protocol (their CSP forbids inline scripts, rightly). */
async function axePageViolations(page: Page, selector: string): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return serious(
    await page.evaluate(async (target) => {
      const axe = (
        globalThis as unknown as { axe: { run(ctx: unknown): Promise<AxeResult & { passes: unknown[] }> } }
      ).axe;
      const result = await axe.run({ include: [target] });
      return { violations: result.violations, passes: result.passes.length };
    }, selector),
  );
}

/**
 * axe-core over the open card. The card is in a closed shadow root, so axe runs where Kontext runs: in
 * the content script's world, where chrome.dom.openOrClosedShadowRoot reaches the root. axe walks
 * shadow trees through `element.shadowRoot`, so in that world alone the host's property is pointed at
 * the real root; the page's view of the host is untouched.
 */
async function axeCardViolations(page: Page): Promise<AxeViolation[]> {
  await evaluateInContentScript(page, `${axeSource}\n;0`);
  return serious(
    await runInContentScript(
      page,
      async (host: string) => {
        const g = globalThis as unknown as {
          chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } };
          axe: { run(ctx: unknown): Promise<{ violations: AxeViolation[]; passes: unknown[] }> };
        };
        const element = document.querySelector(host)!;
        const root = g.chrome.dom.openOrClosedShadowRoot(element);
        Object.defineProperty(element, 'shadowRoot', { configurable: true, get: () => root });
        const result = await g.axe.run({ include: [{ fromShadowDom: [host, '.kontext-popover'] }] });
        return { violations: result.violations, passes: result.passes.length };
      },
      POPOVER,
    ),
  );
}

/** axe-core over the note frame in the card (a page of the extension's origin, reached as a frame). */
async function axeNotesFrameViolations(page: Page): Promise<AxeViolation[]> {
  const frame = await notesFrame(page);
  await frame.evaluate(axeSource);
  return serious(
    await frame.evaluate(async () => {
      const axe = (
        globalThis as unknown as { axe: { run(ctx: unknown): Promise<AxeResult & { passes: unknown[] }> } }
      ).axe;
      const result = await axe.run({ include: ['body'] });
      return { violations: result.violations, passes: result.passes.length };
    }),
  );
}

describe('popover accessibility', () => {
  it('has no serious axe-core violations, in light and dark mode', async () => {
    const page = await openFixture(
      session,
      'https://www.spiegel.de/ausland/kontext-a11y',
      'de-ballbach.html',
    );
    await waitForMarks(page);
    await hoverEntity(page, 'eric-ballbach');
    expect(await axeCardViolations(page)).toEqual([]);
    // The reader's notes under the card, with the editor open.
    await clickInNotesFrame(page, 'Notiz hinzufügen');
    await (await notesFrame(page)).getByRole('textbox').waitFor({ timeout: 5_000 });
    expect(await axeNotesFrameViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(100);
    const { 'background-color': background } = await styleInUi(page, POPOVER, { role: 'dialog' }, [
      'background-color',
    ]);
    // A dark card on a dark system setting (channels well below the light card's white).
    const [r, g, b] = (background ?? '').match(/\d+/g)!.map(Number);
    expect(Math.max(r!, g!, b!)).toBeLessThan(80);
    expect(await axeCardViolations(page)).toEqual([]);
    expect(await axeNotesFrameViolations(page)).toEqual([]);
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
    expect(await waitForPopover(page)).toContain('Kirby');
    expect(await focusedElement(page)).toContain('shadow:div.kontext-popover');
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toMatch(/^shadow:(button|a)/);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    expect(await popoverText(page)).toBe('');
    expect(await focusedElement(page)).toBe('kontext-mark:john-kirby');
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
    expect(await axePageViolations(popup, 'body')).toEqual([]);
    await popup.close();
    await article.close();
  });
});
