/**
 * What every end-to-end test needs: the built extension in a real Chromium, fixture pages under
 * real news hostnames, and ways to reach the card and panel (in closed shadow roots) and the background.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  launchWithExtension,
  type ExtensionSession,
  type LaunchOptions,
} from '../../scripts/browser/launch-extension';
import { servePage } from '../../scripts/browser/serve-pages';
import type { ChromeApi } from '../../scripts/browser/chrome-api';
import { waitForPopover } from '../../scripts/browser/kontext-ui';

// The card and the passage panel sit in closed shadow roots: these reach them from Kontext's own world.
// The note editors are frames of the extension's origin: these reach them as frames.
export {
  clickInNotesFrame,
  clickInUi,
  notesFrame,
  typeInNotesFrame,
  waitForNotesFrameText,
  focusedElement,
  PASSAGE_PANEL,
  POPOVER,
  popoverText,
  styleInUi,
  waitForInUi,
  waitForPopover,
  waitForPopoverClosed,
} from '../../scripts/browser/kontext-ui';
export { notedPassageBoxes, passageCoverage } from '../../scripts/browser/noted-passages';
export {
  evaluateInContentScript,
  runInContentScript,
  sendFromContentScript,
} from '../../scripts/browser/content-world';

export type { ExtensionSession };
export const FIXTURE_PAGES = resolve(import.meta.dirname, '../fixtures/pages');

export function fixtureHtml(name: string): string {
  return readFileSync(resolve(FIXTURE_PAGES, name), 'utf8');
}

export async function launch(options?: LaunchOptions): Promise<ExtensionSession> {
  return launchWithExtension(options);
}

/**
 * One browser with the extension for the whole test file: launched before the first test, closed
 * after the last. The returned session is usable from inside the tests and hooks.
 */
export function useExtensionSession(options?: LaunchOptions): ExtensionSession {
  let current: ExtensionSession | undefined;
  beforeAll(async () => {
    current = await launch(options);
  });
  afterAll(async () => {
    await current?.close();
  });
  // A reader's unsaved drafts outlive a closed card on purpose (they come back when the card
  // reopens); one test's leftover draft must not reopen another test's editor.
  afterEach(async () => {
    const worker = await current?.serviceWorker();
    await worker?.evaluate(async () => {
      type SessionArea = {
        get(keys: null): Promise<Record<string, unknown>>;
        remove(keys: string[]): Promise<void>;
      };
      const area = (globalThis as unknown as { chrome: { storage: { session: SessionArea } } }).chrome.storage
        .session;
      const drafts = Object.keys(await area.get(null)).filter((key) => key.startsWith('draft:'));
      await area.remove(drafts);
    });
  });
  const session = () => {
    if (!current) throw new Error('the browser is not launched yet: use the session inside tests or hooks');
    return current;
  };
  return {
    get context() {
      return session().context;
    },
    get extensionId() {
      return session().extensionId;
    },
    serviceWorker: () => session().serviceWorker(),
    close: () => session().close(),
  };
}

/** Serves `html` (or the fixture file `name`) at `url` and opens it in a new tab. */
export async function openPage(session: ExtensionSession, url: string, html: string): Promise<Page> {
  await servePage(session.context, url, html);
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

export async function openFixture(session: ExtensionSession, url: string, name: string): Promise<Page> {
  return openPage(session, url, fixtureHtml(name));
}

/** What the fixture page's own error handler collected (fixtures keep them in `window.__pageErrors`). */
export function pageErrors(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __pageErrors: string[] }).__pageErrors);
}

/** Selects the first occurrence of `quote` in the page with the Selection API, then lets go of the mouse. */
export async function selectText(page: Page, quote: string): Promise<void> {
  await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      node.parentElement!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`not in the page: ${wanted}`);
  }, quote);
}

/** Waits until the content script has highlighted at least `count` entities. */
export async function waitForMarks(page: Page, count = 1, timeout = 15_000): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('kontext-mark').length >= n, count, {
    timeout,
  });
}

/** Moves the mouse onto the first highlight of entity `id` and waits for its card; returns the card's text. */
export async function hoverEntity(page: Page, id: string): Promise<string> {
  await page.locator(`kontext-mark[data-kontext-id="${id}"]`).first().hover();
  return waitForCardContent(page);
}

/** The open card's text once its content is here (it comes from the background, see card-contents.ts). */
export async function waitForCardContent(page: Page, timeout = 5_000): Promise<string> {
  const end = Date.now() + timeout;
  for (;;) {
    const text = await waitForPopover(page, timeout);
    if (!/Loading…|Wird geladen/.test(text)) return text;
    if (Date.now() > end) throw new Error(`the card kept loading: ${text}`);
    await page.waitForTimeout(50);
  }
}

/** An extension page to talk to the background from, as the popup and notes page do. */
export async function openExtensionPage(session: ExtensionSession, path = 'popup.html'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

/** Sends one runtime message from an extension page and returns the background's reply. */
export async function sendToBackground(extensionPage: Page, message: unknown): Promise<unknown> {
  return extensionPage.evaluate(
    (m) => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage(m),
    message,
  );
}

/** The id of the tab showing `url`, asked of the background. */
export async function tabIdOf(session: ExtensionSession, url: string): Promise<number> {
  const worker = await session.serviceWorker();
  return worker.evaluate(async (u) => {
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    return (await chrome.tabs.query({ url: u }))[0]?.id ?? -1;
  }, url);
}

/** Sends a message from the background to the content script of a tab, as the shortcut does. */
export async function sendToTab(
  session: ExtensionSession,
  tabId: number,
  message: unknown,
): Promise<unknown> {
  const worker = await session.serviceWorker();
  return worker.evaluate(
    ([id, m]) => (globalThis as unknown as { chrome: ChromeApi }).chrome.tabs.sendMessage(id, m),
    [tabId, message] as const,
  );
}

/**
 * Deletes every note, through the background as the notes page would. For test files whose tests
 * must each start from a reader without notes: a card with notes listed is taller and lays out its
 * buttons elsewhere than a fresh one (see tests/e2e/note-drafts.test.ts).
 */
export async function deleteAllNotes(session: ExtensionSession): Promise<void> {
  const page = await openExtensionPage(session, 'notes.html');
  const { notes } = (await sendToBackground(page, { type: 'notes:list' })) as { notes: { id: string }[] };
  for (const note of notes) await sendToBackground(page, { type: 'notes:delete', id: note.id });
  await page.close();
}
