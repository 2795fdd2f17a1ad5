/*
 * Kontext on the shapes real news pages come in: paywalls, consent banners, live blogs, lazy
 * paragraphs, AMP, print views, and an off-topic story framed by on-topic chrome. Each fixture copies
 * the structure of such pages (not their text); each test checks what a reader would notice.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  fixtureHtml,
  hoverEntity,
  openExtensionPage,
  openFixture,
  pageErrors,
  openPage,
  sendToBackground,
  tabIdOf,
  useExtensionSession,
  waitForMarks,
} from './harness';

const session = useExtensionSession();

/** The entity ids marked inside `selector` (all matches of it), in document order. */
async function marksIn(page: Page, selector: string): Promise<string[]> {
  return page.evaluate(
    (s) =>
      Array.from(document.querySelectorAll(s)).flatMap((el) =>
        Array.from(el.querySelectorAll('kontext-mark')).map(
          (m) => (m as HTMLElement).dataset.kontextId ?? '',
        ),
      ),
    selector,
  );
}

/** Highlights that sit inside another highlight: what marking the same text twice leaves behind. */
const nestedMarks = (page: Page) => page.locator('kontext-mark kontext-mark').count();

/** Lets the debounced observer run after the page's last change. */
const settle = (page: Page) => page.waitForTimeout(700);

describe('page shapes', () => {
  it('paywall: marks the readable teaser, never the sales overlay', async () => {
    const page = await openFixture(
      session,
      'https://www.spiegel.de/ausland/kontext-shape-paywall',
      'shape-paywall.html',
    );
    await waitForMarks(page);
    const body = await marksIn(page, '[data-area="body"]');
    expect(body).toContain('fyodor-tertitskiy');
    expect(body).toContain('kirby-1000-containers');
    // The offer box names two experts; it is the publisher's advertising, not the article.
    expect(await marksIn(page, '[data-area="paywall"]')).toEqual([]);
    expect(await marksIn(page, 'nav, footer')).toEqual([]);
    await page.click('#subscribe');
    expect(await page.textContent('#subscribe')).toBe('Angebot gewählt');
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('cookie banner: marks the article, leaves the late consent dialog and its iframe alone, and accept still works', async () => {
    const page = await openFixture(
      session,
      'https://www.theguardian.com/world/kontext-shape-consent',
      'shape-cookie-banner.html',
    );
    await waitForMarks(page);
    await page.waitForSelector('#consent_container_1234', { state: 'attached' });
    await settle(page);
    expect(new Set(await marksIn(page, 'article'))).toEqual(
      new Set(['nk-troops-in-kursk', 'jenny-town', 'victor-cha', 'treaty-mutual-assistance-2024']),
    );
    expect(await marksIn(page, '#consent_container_1234')).toEqual([]);
    const inFrame = await page.evaluate(
      () =>
        (
          document.getElementById('consent_iframe_1234') as HTMLIFrameElement
        ).contentDocument?.querySelectorAll('kontext-mark').length ?? -1,
    );
    expect(inFrame).toBe(0);
    // The page is locked until the reader agrees; the site's own button still unlocks it.
    expect(await page.evaluate(() => document.documentElement.classList.contains('consent-open'))).toBe(true);
    await page.click('#consent-accept');
    expect(await page.locator('#consent_container_1234').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.classList.contains('consent-open'))).toBe(
      false,
    );
    expect(await hoverEntity(page, 'jenny-town')).toContain('Jenny Town');
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('live blog: new entries on top and older ones below are marked once; teasers stay plain', async () => {
    const page = await openFixture(
      session,
      'https://www.tagesschau.de/ausland/kontext-shape-liveblog',
      'shape-live-blog.html',
    );
    await waitForMarks(page);
    expect(await marksIn(page, '#entry-2')).toEqual(['ruediger-frank']);
    // The blog's own timer keeps prepending entries; each is marked when it arrives.
    await page.waitForFunction(() => !!document.querySelector('#entry-5 kontext-mark'), undefined, {
      timeout: 5000,
    });
    await page.click('#load-older');
    await page.waitForFunction(() => !!document.querySelector('#entry-0 kontext-mark'), undefined, {
      timeout: 5000,
    });
    await settle(page);
    expect(await marksIn(page, '#entry-5')).toEqual(['eric-ballbach']);
    expect(await marksIn(page, '#entry-4')).toEqual(['fyodor-tertitskiy']);
    expect(await marksIn(page, '#entry-0')).toEqual(['kirby-1000-containers']);
    expect(
      await page.evaluate(() => Array.from(document.querySelectorAll('#entries > article'), (a) => a.id)),
    ).toEqual(['entry-5', 'entry-4', 'entry-3', 'entry-2', 'entry-1', 'entry-0']);
    expect(await nestedMarks(page)).toBe(0);
    expect(await marksIn(page, 'aside, nav, footer')).toEqual([]);
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('lazy paragraphs: text rendered on scroll or on a timer is marked once', async () => {
    const page = await openFixture(
      session,
      'https://www.washingtonpost.com/world/kontext-shape-lazy',
      'shape-lazy-paragraphs.html',
    );
    await waitForMarks(page);
    await page.waitForFunction(() => !!document.querySelector('#timed kontext-mark'), undefined, {
      timeout: 5000,
    });
    // The second slot renders only when the reader scrolls near it.
    expect(await marksIn(page, '[data-slot="1"]')).toEqual([]);
    await page.locator('[data-slot="1"]').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !!document.querySelector('[data-slot="1"] kontext-mark'), undefined, {
      timeout: 5000,
    });
    await settle(page);
    expect(await marksIn(page, '[data-slot="0"]')).toEqual(['sue-mi-terry']);
    expect(await marksIn(page, '[data-slot="1"]')).toEqual(['andrei-lankov']);
    expect(await marksIn(page, '#timed')).toEqual(['victor-cha']);
    expect(await nestedMarks(page)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __filled: number }).__filled)).toBe(2);
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('AMP: marks the story between amp-* elements, not the sidebar, and the page still upgrades', async () => {
    const page = await openFixture(
      session,
      'https://www.bbc.co.uk/news/amp/world-asia-kontext-shape-amp',
      'shape-amp.html',
    );
    await waitForMarks(page);
    expect(new Set(await marksIn(page, 'article'))).toEqual(
      new Set(['summit-2023-vostochny', 'alexander-gabuev', 'andrei-lankov']),
    );
    await page.click('#menu');
    expect(await page.locator('amp-sidebar[open] nav').isVisible()).toBe(true);
    expect(await marksIn(page, 'amp-sidebar')).toEqual([]);
    expect(await page.locator('amp-img > img').count()).toBe(1);
    await page.click('#menu');
    expect(await hoverEntity(page, 'alexander-gabuev')).toContain('Gabuev');
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('print view: finds the text without <article> or <main> and leaves header and footer plain', async () => {
    const page = await openFixture(
      session,
      'https://www.zeit.de/politik/ausland/kontext-shape-print?print=1',
      'shape-print.html',
    );
    await waitForMarks(page);
    expect(new Set(await marksIn(page, '.print-body'))).toEqual(
      new Set([
        'panel-of-experts-veto-2024',
        'andrei-lankov',
        'no-new-un-sanctions-since-2017',
        'georgy-toloraya',
      ]),
    );
    expect(await marksIn(page, '.print-header, .print-footer')).toEqual([]);
    expect(await page.textContent('#printed-at')).toBe('Gedruckt am 5.11.2024');
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('off-topic story in on-topic chrome: the page stays byte for byte as the browser built it', async () => {
    const html = fixtureHtml('shape-off-topic-chrome.html');
    // The same page on a host the extension never runs on is the markup without the extension.
    const reference = await openPage(session, 'https://reference.example.org/kontext-shape-off-topic', html);
    const original = await reference.evaluate(() => document.documentElement.outerHTML);
    await reference.close();
    const page = await openPage(session, 'https://www.faz.net/aktuell/kontext-shape-off-topic', html);
    // The chrome passes the cheap probe, so the full script runs and judges the story: off topic.
    const ext = await openExtensionPage(session);
    const tabId = await tabIdOf(session, page.url());
    await expect
      .poll(async () => {
        const reply = (await sendToBackground(ext, { type: 'tab:status', tabId })) as {
          status?: { onTopic: boolean } | null;
        };
        return reply.status?.onTopic;
      })
      .toBe(false);
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(original);
    await page.click('#cmp-accept');
    expect(await page.locator('#cmp').count()).toBe(0);
    expect(await pageErrors(page)).toEqual([]);
    await ext.close();
    await page.close();
  });
});
