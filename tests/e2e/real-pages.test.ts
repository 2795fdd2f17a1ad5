/*
 * Kontext on 35 real page DOMs (../shared/real-pages, read at test time), each served under a listed
 * news host with its sub-resources refused. Untouched, none is about Russia and North Korea, so each
 * must stay exactly as its own scripts left it. Rewritten with our on-topic paragraphs in the article
 * and name-bearing decoys in its chrome, highlights must land in the article only and the card open.
 * One browser for the suite, the pages one after another in its one context.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { mightBeOnTopic } from '../../core/detect/prefilter';
import type { PageStatus } from '../../core/messages/page-status';
import { siteHost } from '../../core/sites/site-host';
import { servePage } from '../../scripts/browser/serve-pages';
import { sharedDir } from '../shared-dir';
import {
  evaluateInContentScript,
  openExtensionPage,
  sendToBackground,
  tabIdOf,
  useExtensionSession,
  waitForPopover,
} from './harness';
import { ARTICLE_ATTR, DECOY_ATTR, placeOnTopic } from './real-page-placement';

const realPages = sharedDir('real-pages', 'Kontext on the real page DOMs (untouched and placed)');
const folders = realPages
  ? readdirSync(realPages)
      .filter((f) => !f.includes('.'))
      .sort()
  : [];
const read = (folder: string, file: string) => readFileSync(path.join(realPages!, folder, file), 'utf8');

/** Pages served under their own publisher's host where that host is a listed news site. */
const OWN_HOSTS: Record<string, string> = {
  'bbc-1': 'www.bbc.co.uk',
  cnn: 'edition.cnn.com',
  'guardian-1': 'www.theguardian.com',
  heise: 'www.heise.de',
  'nytimes-1': 'www.nytimes.com',
  'nytimes-2': 'www.nytimes.com',
  telegraph: 'www.telegraph.co.uk',
  'wapo-1': 'www.washingtonpost.com',
};
/** Listed hosts for the rest, taken in turn. */
const OTHER_HOSTS = ['www.spiegel.de', 'www.reuters.com', 'www.zeit.de', 'apnews.com', 'www.nknews.org'];
const hostFor = (folder: string) =>
  OWN_HOSTS[folder] ?? OTHER_HOSTS[folders.indexOf(folder) % OTHER_HOSTS.length]!;

/**
 * Pages whose article paragraphs the harness cannot find, and why: Readability's expected article
 * is matched into the source by its <p> elements.
 */
const NOT_PLACEABLE: Record<string, string> = {
  blogger: 'text between <br> tags',
};

/**
 * Pages that hide their whole body until their own scripts (not served here) reveal it: no reader
 * could hover a highlight there, so the card is not tried; the highlights' places still are.
 */
const HIDDEN_UNTIL_SCRIPTS = new Set(['seattletimes-1']);

const session = useExtensionSession();
let extensionPage: Page;
beforeAll(async () => {
  if (realPages) extensionPage = await openExtensionPage(session);
});

/** Opens `url` in a new tab with the page's clock and randomness fixed, collecting its errors. */
async function load(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Real pages write timestamps and random numbers into their markup (cache busters, ad slots):
  // the same in every load, so two loads can be compared byte for byte. Timers keep running.
  await page.clock.setFixedTime(new Date('2026-12-02T03:00:00Z'));
  // And they remember their first visit (the BBC writes a script tag only then): every load is a first.
  await session.context.clearCookies();
  await page.addInitScript(() => {
    localStorage.clear();
    let seed = 42;
    Math.random = () => {
      seed = (seed * 16807) % 2147483647;
      return (seed - 1) / 2147483646;
    };
    // Counts the page's changes (and Kontext's), so a test can tell when the page has settled.
    let changes = 0;
    new MutationObserver(() => changes++).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    Object.defineProperty(window, '__changes', { get: () => changes });
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

/** How long the DOM must stay unchanged to count as settled (pages add and drop ad slots after load). */
const QUIET_MS = 250;

/** Waits until nothing in the page has changed for a while, and fails if it never settles. */
async function settled(page: Page): Promise<void> {
  const changes = () => page.evaluate(() => (window as unknown as { __changes: number }).__changes);
  for (const end = Date.now() + 10_000; Date.now() < end;) {
    const before = await changes();
    await page.waitForTimeout(QUIET_MS);
    if ((await changes()) === before) return;
  }
  throw new Error(`${page.url()} kept changing for 10 s`);
}

const snapshot = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

/** Where two long snapshots part, with a little context: a readable failure instead of a 1 MB diff. */
function firstDifference(a: string, b: string): string | undefined {
  if (a === b) return undefined;
  let at = 0;
  while (a[at] === b[at]) at++;
  return `at ${at}: …${a.slice(Math.max(0, at - 80), at + 80)}… became …${b.slice(Math.max(0, at - 80), at + 80)}…`;
}

async function tabStatus(url: string): Promise<PageStatus | null> {
  const tabId = await tabIdOf(session, url);
  const reply = (await sendToBackground(extensionPage, { type: 'tab:status', tabId })) as {
    status?: PageStatus | null;
  };
  return reply.status ?? null;
}

/** Waits until the probe has run in the page: Kontext's isolated world exists once it was injected. */
async function probeHasRun(page: Page): Promise<void> {
  await expect
    .poll(() => evaluateInContentScript(page, 'true').catch(() => false), { timeout: 15_000 })
    .toBe(true);
}

/**
 * Kontext's verdict on the page, once it has one: the probe's (no candidate: the full script never
 * comes) or the full script's, as the popup reads it from the background.
 */
async function verdict(page: Page, url: string): Promise<'no candidate' | PageStatus> {
  await probeHasRun(page);
  // The probe's own test, on the text it read.
  if (!mightBeOnTopic(await page.evaluate(() => document.body?.textContent ?? ''))) return 'no candidate';
  await expect.poll(() => tabStatus(url), { timeout: 20_000 }).not.toBeNull();
  return (await tabStatus(url))!;
}

const setSite = (host: string, enabled: boolean) =>
  sendToBackground(extensionPage, { type: 'site:set-enabled', host, enabled });

describe.skipIf(!realPages)('real pages', () => {
  it('has the 35 pages it reports on', () => {
    expect(folders).toHaveLength(35);
  });

  describe('untouched: an off-topic page stays byte for byte as its own scripts left it', () => {
    it.each(folders)('%s', async (folder) => {
      const url = `https://${hostFor(folder)}/kontext-real-pages/${folder}`;
      await servePage(session.context, url, read(folder, 'source.html'));
      const host = siteHost(url)!;
      // The reference: the same address with Kontext switched off for the site (the probe still runs).
      await setSite(host, false);
      const reference = await load(url);
      await probeHasRun(reference.page);
      await settled(reference.page);
      const original = await snapshot(reference.page);
      await reference.page.close();
      await setSite(host, true);

      const { page, errors } = await load(url);
      const judged = await verdict(page, url);
      if (judged !== 'no candidate') expect(judged.onTopic).toBe(false);
      await settled(page);
      expect(firstDifference(original, await snapshot(page))).toBeUndefined();
      expect(await page.locator('kontext-mark').count()).toBe(0);
      // Nothing came late either: no full script is loaded where the probe turned the page away.
      if (judged === 'no candidate') {
        expect(await evaluateInContentScript(page, 'globalThis.__kontextLoaded ?? false')).toBe(false);
        expect(await tabStatus(url)).toBeNull();
      }
      // Sub-resources fail and page scripts throw for it: the same errors, and none of ours.
      expect(errors.sort()).toEqual(reference.errors.sort());
      await page.close();
    });
  });

  describe('placed: on-topic paragraphs in the article, decoys in the chrome', () => {
    it.each(folders)('%s', async (folder) => {
      const placement = placeOnTopic(read(folder, 'source.html'), read(folder, 'expected.html'));
      if (folder in NOT_PLACEABLE) {
        expect(placement).toEqual({ ok: false, reason: expect.stringContaining(NOT_PLACEABLE[folder]!) });
        return;
      }
      if (!placement.ok) throw new Error(placement.reason);
      const url = `https://${hostFor(folder)}/kontext-real-pages/${folder}/placed`;
      await servePage(session.context, url, placement.html);
      const { page } = await load(url);
      const judged = await verdict(page, url);
      expect(judged).toMatchObject({ onTopic: true });

      const marks = await page.evaluate(
        ([article, decoy]) =>
          Array.from(document.querySelectorAll('kontext-mark'), (m) => ({
            id: (m as HTMLElement).dataset.kontextId ?? '',
            text: m.textContent ?? '',
            inArticle: !!m.closest(`[${article}]`),
            decoy: m.closest(`[${decoy}]`)?.getAttribute(decoy) ?? null,
          })),
        [ARTICLE_ATTR, DECOY_ATTR] as const,
      );
      expect(marks.filter((m) => !m.inArticle || m.decoy)).toEqual([]);
      const marked = new Set(marks.map((m) => m.id));
      expect(placement.people.filter((id) => !marked.has(id))).toEqual([]);

      if (HIDDEN_UNTIL_SCRIPTS.has(folder)) {
        expect(await page.evaluate(() => getComputedStyle(document.body).visibility)).toBe('hidden');
        await page.close();
        return;
      }
      // The first highlight the reader can see: some pages fold part of the story away.
      const visible = page
        .locator('kontext-mark[data-kontext-kind="expert"]')
        .filter({ visible: true })
        .first();
      const name = (await visible.textContent())!;
      await visible.hover();
      expect(await waitForPopover(page)).toContain(name);
      await page.close();
    });
  });
});
