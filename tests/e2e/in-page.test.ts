import { describe, expect, it } from 'vitest';
import {
  fixtureHtml,
  hoverEntity,
  openExtensionPage,
  openFixture,
  pageErrors,
  openPage,
  popoverText,
  POPOVER,
  styleInUi,
  sendToBackground,
  waitForMarks,
  useExtensionSession,
} from './harness';

const session = useExtensionSession();

describe('highlights on a hostile page', () => {
  it('marks only the article text and runs none of the page-controlled markup', async () => {
    const page = await openFixture(session, 'https://www.nytimes.com/2024/kontext-hostile', 'hostile.html');
    await waitForMarks(page);
    const marked = await page.evaluate(() =>
      Array.from(document.querySelectorAll('kontext-mark')).map((m) => m.closest('[id]')?.id ?? '(none)'),
    );
    // Every mark sits in a plain paragraph of the article...
    expect(new Set(marked)).toEqual(new Set(['plain', 'html-text', 'jslink']));
    // ...and none in form fields, editors, code, templates, hidden parts, frames, SVG or shadow roots.
    const elsewhere = await page.evaluate(() => {
      const tpl = (document.getElementById('tpl') as HTMLTemplateElement).content.querySelectorAll(
        'kontext-mark',
      ).length;
      const shadow =
        document.getElementById('shadow-host')?.shadowRoot?.querySelectorAll('kontext-mark').length ?? 0;
      const frame =
        (document.getElementById('frame') as HTMLIFrameElement).contentDocument?.querySelectorAll(
          'kontext-mark',
        ).length ?? 0;
      const field = (document.getElementById('field') as HTMLInputElement).value;
      const title = document.getElementById('attr')?.getAttribute('title');
      return { tpl, shadow, frame, field, title };
    });
    expect(elsewhere).toEqual({ tpl: 0, shadow: 0, frame: 0, field: 'Jenny Town', title: 'Jenny Town' });
    // Text that looks like HTML stays text.
    expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
    expect(await page.locator('#html-text img').count()).toBe(0);
    // The page's own CSS hides `mark` and `kontext-mark`; ours still shows.
    expect(await page.locator('#plain kontext-mark').first().isVisible()).toBe(true);
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('keeps the popover readable when page CSS is aggressive', async () => {
    const page = await openFixture(
      session,
      'https://www.nytimes.com/2024/kontext-hostile-css',
      'hostile.html',
    );
    await waitForMarks(page);
    const text = await hoverEntity(page, 'jenny-town');
    expect(text).toContain('Jenny Town');
    const style = await styleInUi(page, POPOVER, { role: 'dialog' }, [
      'font-size',
      'color',
      'border-top-width',
    ]);
    expect(style['font-size']).not.toBe('30px');
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style['border-top-width']).not.toBe('5px');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    expect(await popoverText(page)).toBe('');
    await page.close();
  });
});

describe('content that changes', () => {
  it('marks paragraphs that appear later, once', async () => {
    const page = await openFixture(session, 'https://www.reuters.com/world/kontext-live', 'dynamic.html');
    await waitForMarks(page);
    await page.click('#load-more');
    await page.waitForFunction(() => document.querySelectorAll('.late kontext-mark').length > 0, undefined, {
      timeout: 5000,
    });
    await page.waitForTimeout(800);
    const late = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.late kontext-mark')).map((m) => m.textContent),
    );
    expect(late).toEqual(['Victor Cha']);
    expect(await page.locator('.late kontext-mark kontext-mark').count()).toBe(0);
    await page.close();
  });

  it('switching the site off removes every mark and restores the markup byte for byte', async () => {
    const html = fixtureHtml('en-munitions.html');
    // The markup as the browser builds it without the extension: the same page on an unlisted host.
    const reference = await openPage(session, 'https://reference.example.org/kontext-switch', html);
    const original = await reference.evaluate(() => document.body.innerHTML);
    await reference.close();
    const page = await openPage(session, 'https://www.apnews.com/article/kontext-switch', html);
    await waitForMarks(page);
    expect(await page.evaluate(() => document.body.innerHTML)).not.toBe(original);
    const ext = await openExtensionPage(session);
    expect(
      await sendToBackground(ext, { type: 'site:set-enabled', host: 'apnews.com', enabled: false }),
    ).toEqual({ ok: true });
    await page.waitForFunction(() => document.querySelectorAll('kontext-mark').length === 0, undefined, {
      timeout: 5000,
    });
    const restored = await page.evaluate(() => document.body.innerHTML);
    expect(restored).toBe(original);
    // And a reload stays untouched while the site is off.
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await page.locator('kontext-mark').count()).toBe(0);
    await sendToBackground(ext, { type: 'site:set-enabled', host: 'apnews.com', enabled: true });
    await waitForMarks(page);
    await ext.close();
    await page.close();
  });
});
