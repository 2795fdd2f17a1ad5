import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  hoverEntity,
  notedPassageBoxes,
  openExtensionPage,
  passageCoverage,
  openFixture,
  selectText,
  popoverText,
  clickInUi,
  clickInNotesFrame,
  typeInNotesFrame,
  PASSAGE_PANEL,
  waitForPopoverClosed,
  sendToTab,
  tabIdOf,
  useExtensionSession,
  waitForMarks,
  waitForPopover,
} from './harness';

const session = useExtensionSession();

/** The part of the extension API these tests call inside an extension page. */
interface SyncStorage {
  chrome: {
    storage: {
      sync: { get(key: string): Promise<Record<string, unknown>>; clear(): Promise<void> };
    };
  };
}

/** Every test starts from the defaults: the browser (and its storage) lives for the whole file. */
beforeEach(async () => {
  const page = await openExtensionPage(session, 'popup.html');
  await page.evaluate(() => (globalThis as unknown as SyncStorage).chrome.storage.sync.clear());
  await page.close();
});

const countMarks = (page: Page, kind: 'expert' | 'claim') =>
  page.locator(`kontext-mark[data-kontext-kind="${kind}"]`).count();

/** What the options page stored, read from an extension page. */
async function storedSettings(extensionPage: Page): Promise<Record<string, unknown> | undefined> {
  return extensionPage.evaluate(async () => {
    const chrome = (globalThis as unknown as SyncStorage).chrome;
    const stored = (await chrome.storage.sync.get('settings')) as { settings?: Record<string, unknown> };
    return stored.settings;
  });
}

/** The mouse leaves the text, so that the next hover opens a fresh card. */
async function moveAway(page: Page): Promise<void> {
  await page.mouse.move(5, 5);
  await waitForPopoverClosed(page);
}

describe('settings page', () => {
  it('takes "what to highlight" away and back in an open tab, without a reload', async () => {
    const page = await openFixture(
      session,
      'https://www.nytimes.com/2026/world/kontext-settings-kinds.html',
      'en-munitions.html',
    );
    await waitForMarks(page);
    const experts = await countMarks(page, 'expert');
    const claims = await countMarks(page, 'claim');
    expect(experts).toBeGreaterThan(0);
    expect(claims).toBeGreaterThan(0);
    const articleHtml = () => page.evaluate(() => document.querySelector('article')?.innerHTML ?? '');
    const marked = await articleHtml();
    // A flag that lives as long as the document: a reload would lose it.
    await page.evaluate(() => Object.assign(window, { kontextNoReload: true }));

    const options = await openExtensionPage(session, 'options.html');
    await options.getByRole('checkbox', { name: 'Claims' }).uncheck();
    await page.waitForFunction(() => !document.querySelector('kontext-mark[data-kontext-kind="claim"]'));
    expect(await countMarks(page, 'expert')).toBe(experts);
    const withoutClaims = await articleHtml();

    // The same article opened with claims already off: removing them live leaves the very same markup.
    const fresh = await openFixture(
      session,
      'https://www.nytimes.com/2026/world/kontext-settings-kinds-fresh.html',
      'en-munitions.html',
    );
    await waitForMarks(fresh);
    await fresh.waitForTimeout(300);
    const freshHtml = await fresh.evaluate(() => document.querySelector('article')?.innerHTML ?? '');
    const groupless = (html: string) => html.replace(/ data-kontext-group="\d+"/g, '');
    expect(groupless(withoutClaims)).toBe(groupless(freshHtml));
    await fresh.close();

    await options.getByRole('checkbox', { name: 'Claims' }).check();
    await page.waitForFunction(
      (n) => document.querySelectorAll('kontext-mark[data-kontext-kind="claim"]').length === n,
      claims,
    );
    expect(await countMarks(page, 'expert')).toBe(experts);
    expect(await articleHtml()).toBe(marked);
    expect(await page.evaluate(() => (window as { kontextNoReload?: boolean }).kontextNoReload)).toBe(true);
    await options.close();
    await page.close();
  });

  it('switches the card language and the highlight style in an open tab', async () => {
    const page = await openFixture(
      session,
      'https://www.nytimes.com/2026/world/kontext-settings-style.html',
      'en-munitions.html',
    );
    await waitForMarks(page);
    // The card's first line names the kind of person, in the card's language.
    expect(await hoverEntity(page, 'victor-cha')).toMatch(/^expert$/im);
    await moveAway(page);

    const options = await openExtensionPage(session, 'options.html');
    await options.getByRole('radio', { name: 'German' }).check();
    await expect
      .poll(async () => {
        await moveAway(page);
        return hoverEntity(page, 'victor-cha');
      })
      .toMatch(/^fachperson$/im);
    await moveAway(page);

    const mark = page.locator('kontext-mark[data-kontext-kind="expert"]').first();
    const look = () =>
      mark.evaluate((el) => {
        const style = getComputedStyle(el);
        return { background: style.backgroundColor, decoration: style.textDecorationLine };
      });
    expect(await look()).toEqual({ background: 'rgba(0, 0, 0, 0)', decoration: 'underline' });
    await options.getByRole('radio', { name: 'Subtle background' }).check();
    await expect
      .poll(look)
      .toEqual({ background: expect.not.stringMatching(/rgba\(0, 0, 0, 0\)/), decoration: 'none' });
    await options.close();
    await page.close();
  });

  it('with style "off" shows no highlight and opens nothing on hover, but the shortcut still opens a card', async () => {
    const url = 'https://www.nytimes.com/2026/world/kontext-settings-off.html';
    const page = await openFixture(session, url, 'en-munitions.html');
    await waitForMarks(page);
    const options = await openExtensionPage(session, 'options.html');
    await options.getByRole('radio', { name: /^Off/ }).check();
    const mark = page.locator('kontext-mark[data-kontext-id="victor-cha"]').first();
    await expect.poll(() => mark.evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('none');
    expect(await mark.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await mark.hover();
    await page.waitForTimeout(600);
    expect(await popoverText(page)).toBe('');
    await sendToTab(session, await tabIdOf(session, url), { type: 'highlight:next' });
    expect(await waitForPopover(page)).not.toBe('');
    await options.close();
    await page.close();
  });

  it('applies the hover delay the reader chose', async () => {
    const page = await openFixture(
      session,
      'https://www.nytimes.com/2026/world/kontext-settings-delay.html',
      'en-munitions.html',
    );
    await waitForMarks(page);
    const options = await openExtensionPage(session, 'options.html');
    const delay = options.getByRole('spinbutton', { name: /milliseconds/ });
    await delay.fill('1500');
    await delay.press('Tab');
    await expect.poll(async () => (await storedSettings(options))?.hoverDelayMs).toBe(1500);
    await page.locator('kontext-mark[data-kontext-id="victor-cha"]').first().hover();
    // Well past the default 150 ms, still closed; open once the chosen delay has passed.
    await page.waitForTimeout(700);
    expect(await popoverText(page)).toBe('');
    expect(await waitForPopover(page, 3_000)).toContain('Victor Cha');
    await options.close();
    await page.close();
  });

  it('keeps the settings when the options page is opened again', async () => {
    const options = await openExtensionPage(session, 'options.html');
    await options.getByRole('checkbox', { name: 'Claims' }).uncheck();
    await options.getByRole('radio', { name: 'German' }).check();
    await options.getByRole('radio', { name: 'Subtle background' }).check();
    await options.getByRole('checkbox', { name: 'Kontext on spiegel.de' }).uncheck();
    await expect.poll(async () => (await storedSettings(options))?.disabledSites).toEqual(['spiegel.de']);
    await options.close();

    const again = await openExtensionPage(session, 'options.html');
    await expect.poll(() => again.getByRole('checkbox', { name: 'Claims' }).isChecked()).toBe(false);
    expect(await again.getByRole('checkbox', { name: 'Experts and officials' }).isChecked()).toBe(true);
    expect(await again.getByRole('radio', { name: 'German' }).isChecked()).toBe(true);
    expect(await again.getByRole('radio', { name: 'Subtle background' }).isChecked()).toBe(true);
    expect(await again.getByRole('checkbox', { name: 'Kontext on spiegel.de' }).isChecked()).toBe(false);
    expect(await again.getByRole('checkbox', { name: 'Kontext on zeit.de' }).isChecked()).toBe(true);
    await again.close();
  });

  it('exports the settings to a file and imports them back; a broken file changes nothing', async () => {
    const options = await openExtensionPage(session, 'options.html');
    await options.getByRole('radio', { name: 'English' }).check();
    await options.getByRole('checkbox', { name: 'Your noted passages' }).uncheck();
    await expect.poll(async () => (await storedSettings(options))?.popoverLanguage).toBe('en');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export settings' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kontext-settings-.*\.json$/);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const exported = readFileSync(path, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({
      format: 'kontext-settings',
      version: 1,
      settings: { popoverLanguage: 'en', highlight: { passages: false } },
    });

    await options.getByRole('radio', { name: 'German' }).check();
    await expect.poll(async () => (await storedSettings(options))?.popoverLanguage).toBe('de');
    const fileInput = options.getByLabel('Import settings from a file');
    await fileInput.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":'),
    });
    await expect.poll(() => options.getByRole('status').textContent()).toContain('Nothing was changed');
    expect((await storedSettings(options))?.popoverLanguage).toBe('de');

    await fileInput.setInputFiles({
      name: 'kontext.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect.poll(async () => (await storedSettings(options))?.popoverLanguage).toBe('en');
    expect(await options.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    expect(await options.getByRole('checkbox', { name: 'Your noted passages' }).isChecked()).toBe(false);
    await options.close();
  });

  it('has no serious axe-core violations and shows where keyboard focus is', async () => {
    const options = await openExtensionPage(session, 'options.html');
    await options.getByRole('checkbox', { name: 'Claims' }).waitFor();
    await options.evaluate(
      readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'),
    );
    const { serious, passes } = await options.evaluate(async () => {
      type Violation = { id: string; impact: string | null };
      const axe = (
        globalThis as unknown as {
          axe: { run(ctx: unknown): Promise<{ violations: Violation[]; passes: unknown[] }> };
        }
      ).axe;
      const result = await axe.run({ include: ['body'] });
      return {
        serious: result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
        passes: result.passes.length,
      };
    });
    expect(passes).toBeGreaterThan(5);
    expect(serious).toEqual([]);
    await options.keyboard.press('Tab');
    const outline = await options.evaluate(() => {
      const active = document.activeElement as HTMLElement;
      return { name: active.getAttribute('name'), outline: getComputedStyle(active).outlineStyle };
    });
    expect(outline).toEqual({ name: 'highlight-experts', outline: 'solid' });
    await options.close();
  });

  it("hides and shows the reader's noted passages in an open tab; the notes stay", async () => {
    const passage = 'sensitive missile or submarine technology';
    const page = await openFixture(
      session,
      'https://www.nytimes.com/2026/world/kontext-settings-passages.html',
      'en-munitions.html',
    );
    await waitForMarks(page);
    await selectText(page, passage);
    await clickInUi(page, PASSAGE_PANEL, { role: 'button', name: 'Note on this passage' });
    await typeInNotesFrame(page, 'Check this.');
    await clickInNotesFrame(page, 'Save');
    const covered = () => passageCoverage(page, passage);
    await expect.poll(covered).toBeGreaterThan(0.9);

    const options = await openExtensionPage(session, 'options.html');
    await options.getByRole('checkbox', { name: 'Your noted passages' }).uncheck();
    await expect.poll(() => notedPassageBoxes(page)).toEqual([]);
    await options.getByRole('checkbox', { name: 'Your noted passages' }).check();
    await expect.poll(covered).toBeGreaterThan(0.9);
    await options.close();
    await page.close();
  });

  it('is one click away from the popup', async () => {
    const popup = await openExtensionPage(session, 'popup.html');
    const [options] = await Promise.all([
      session.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/options.html') }),
      popup.getByRole('link', { name: 'Settings' }).click(),
    ]);
    await options.getByRole('heading', { name: 'Kontext settings' }).waitFor();
    await options.close();
  });

  it('switches a default site off and on from the sites list, in an open tab', async () => {
    const page = await openFixture(
      session,
      'https://www.nytimes.com/2026/world/kontext-settings-site.html',
      'en-munitions.html',
    );
    await waitForMarks(page);
    const marks = await page.locator('kontext-mark').count();
    const options = await openExtensionPage(session, 'options.html');
    await options.getByRole('checkbox', { name: 'Kontext on nytimes.com' }).uncheck();
    await page.waitForFunction(() => !document.querySelector('kontext-mark, [data-kontext-ui]'));
    await options.getByRole('checkbox', { name: 'Kontext on nytimes.com' }).check();
    await waitForMarks(page, marks);
    expect(await page.locator('kontext-mark').count()).toBe(marks);
    await options.close();
    await page.close();
  });
});
