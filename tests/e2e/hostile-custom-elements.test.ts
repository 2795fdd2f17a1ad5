/**
 * Pages that try to get into Kontext's UI through the custom element registry (review F1, F9), to
 * frame the note editor themselves (F1), or to hear that Kontext is installed (F7).
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  deleteAllNotes,
  clickInNotesFrame,
  evaluateInContentScript,
  fixtureHtml,
  hoverEntity,
  openExtensionPage,
  openPage,
  runInContentScript,
  sendToBackground,
  typeInNotesFrame,
  useExtensionSession,
  waitForMarks,
  waitForNotesFrameText,
} from './harness';

const session = useExtensionSession();
// Each test writes its note on the same expert from a reader without notes (see deleteAllNotes).
afterEach(() => deleteAllNotes(session));

/** Every custom element name Kontext's pages have used for hosts and marks. */
const NAMES = ['kontext-ui', 'kontext-passage-ui', 'kontext-mark', 'kontext-note-mark'];

/**
 * A page script that runs before Kontext and defines each name with a class that takes the element's
 * internals (whose shadowRoot opens even a closed root) and, if asked, forbids shadow roots on it.
 */
const predefine = (disableShadow: boolean) => `<script>
window.__internals = [];
window.__constructed = [];
for (const name of ${JSON.stringify(NAMES)}) {
  customElements.define(name, class extends HTMLElement {
    static disabledFeatures = ${disableShadow ? "['shadow']" : '[]'};
    constructor() {
      super();
      window.__constructed.push(this.localName);
      window.__internals.push(this.attachInternals());
    }
  });
}
</script>`;

/** A fixture served with `script` at the top of its head, so it runs before any content script. */
function openWithHeadScript(url: string, fixture: string, script: string): Promise<Page> {
  return openPage(session, url, fixtureHtml(fixture).replace('<head>', `<head>${script}`));
}

/** The card's note frame address, read where only Kontext can read it: inside its closed root. */
const cardFrameSrc = (page: Page) =>
  runInContentScript(
    page,
    () => {
      const dom = (
        globalThis as unknown as {
          chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } };
        }
      ).chrome.dom;
      const host = document.querySelector('div[data-kontext-ui="card"]');
      return (host && dom.openOrClosedShadowRoot(host)?.querySelector('iframe')?.src) ?? '';
    },
    undefined,
  );

const nonceOf = (src: string) =>
  (JSON.parse(decodeURIComponent(new URL(src).hash.slice(1))) as { nonce: string }).nonce;

describe('a page that defines Kontext’s custom element names first', () => {
  it.each([
    ['takes the internals of every such element', false],
    ['also forbids shadow roots on them', true],
  ])('%s: it learns nothing, and Kontext works there as usual', async (_, disableShadow) => {
    const url = `https://www.spiegel.de/ausland/kontext-elements-${disableShadow ? 'noshadow' : 'internals'}`;
    const page = await openWithHeadScript(url, 'en-munitions.html', predefine(disableShadow));
    await waitForMarks(page, 2);
    // The card opens on hover and the reader saves a note in its frame.
    expect(await hoverEntity(page, 'victor-cha')).toContain('Victor Cha');
    await clickInNotesFrame(page, 'Add note');
    await typeInNotesFrame(page, 'Kept from the page.');
    await clickInNotesFrame(page, 'Save');
    await waitForNotesFrameText(page, 'Kept from the page.');
    const ext = await openExtensionPage(session);
    const saved = (await sendToBackground(ext, {
      type: 'notes:list',
      filter: { entityId: 'victor-cha' },
    })) as { notes: { text: string }[] };
    expect(saved.notes.map((n) => n.text)).toContain('Kept from the page.');

    const nonce = nonceOf(await cardFrameSrc(page));
    const seen = await page.evaluate((secret) => {
      const w = window as unknown as { __internals: ElementInternals[]; __constructed: string[] };
      const dom = document.documentElement.outerHTML;
      return {
        openedRoots: w.__internals.filter((i) => i.shadowRoot !== null).length,
        // Highlights are the page's to see; the card's and panel's hosts are not its elements.
        uiElements: w.__constructed.filter((n) => n !== 'kontext-mark'),
        frames: Array.from(document.querySelectorAll('iframe')).map((f) => f.src),
        openRoots: Array.from(document.querySelectorAll('*')).filter((e) => e.shadowRoot).length,
        nonce: dom.includes(secret),
        frameAddress: dom.includes('notes-frame'),
        note: dom.includes('Kept from the page'),
        extensionRequests: performance.getEntries().filter((e) => e.name.startsWith('chrome-extension:'))
          .length,
      };
    }, nonce);
    expect(seen).toEqual({
      openedRoots: 0,
      uiElements: [],
      frames: [],
      openRoots: 0,
      nonce: false,
      frameAddress: false,
      note: false,
      extensionRequests: 0,
    });
    // The page did run its definitions: the highlights are made of its class.
    expect(
      await page.evaluate(() => (window as unknown as { __constructed: string[] }).__constructed),
    ).toContain('kontext-mark');
    await Promise.all([page.close(), ext.close()]);
  });
});

describe('a note frame the page makes itself at the extension’s address', () => {
  it('shows nothing and tells the page nothing, not even its height', async () => {
    const page = await openPage(
      session,
      'https://www.theguardian.com/world/kontext-forged-frame',
      fixtureHtml('en-munitions.html'),
    );
    await waitForMarks(page, 2);
    await hoverEntity(page, 'victor-cha');
    await waitForNotesFrameText(page, 'Add note');
    // The address as a page would have it after F1: the dynamic one, with a nonce of its own.
    const base = (await cardFrameSrc(page)).split('#')[0]!;
    const forged = await page.evaluate((address) => {
      const nonce = crypto.randomUUID();
      const params = {
        nonce,
        lang: 'en',
        target: { type: 'entity', kind: 'expert', entityId: 'victor-cha' },
      };
      const frame = document.createElement('iframe');
      frame.src = `${address}#${encodeURIComponent(JSON.stringify(params))}`;
      const heard: unknown[] = [];
      (window as unknown as { __heard: unknown[] }).__heard = heard;
      const channel = new MessageChannel();
      channel.port1.onmessage = (message) => heard.push(message.data);
      frame.addEventListener(
        'load',
        () => frame.contentWindow?.postMessage({ kontextNotesFrame: nonce }, '*', [channel.port2]),
        { once: true },
      );
      document.body.append(frame);
      return nonce;
    }, base);
    const deadline = Date.now() + 5_000;
    let frame = page.frames().find((f) => f.url().includes(forged));
    while (!frame && Date.now() < deadline) {
      await page.waitForTimeout(50);
      frame = page.frames().find((f) => f.url().includes(forged));
    }
    if (!frame) throw new Error('the page’s frame never loaded');
    await frame.waitForLoadState('load');
    // It is the real editor page, not an error page (Chrome names it by the fixed id here)...
    expect(frame.url().startsWith(`chrome-extension://${session.extensionId}/notes-frame.html#`)).toBe(true);
    await page.waitForTimeout(1_500);
    // ...and it stays blank and silent.
    expect((await frame.locator('body').innerText()).trim()).toBe('');
    expect(await frame.getByRole('button').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __heard: unknown[] }).__heard)).toEqual([]);
    // Kontext's own frame next to it still works.
    const own = page.frames().find((f) => f.url().includes('/notes-frame.html') && !f.url().includes(forged));
    await own!.getByRole('button', { name: 'Add note' }).waitFor({ timeout: 5_000 });
    await page.close();
  });
});

describe('a page on a listed site that listens under Kontext’s real id', () => {
  it.each([
    ['off topic, where only the probe runs', 'off-topic-weather.html', 0],
    ['on topic, where the full script highlights', 'en-munitions.html', 2],
  ])('%s: hears none of WXT’s start or navigation events', async (_, fixture, marks) => {
    const id = session.extensionId;
    const names = ['probe', 'kontext'].flatMap((script) =>
      ['content-script-started', 'locationchange'].map((event) => `${id}:${script}:wxt:${event}`),
    );
    const listen = `<script>
window.__heard = [];
for (const target of [document, window])
  for (const name of ${JSON.stringify(names)}) target.addEventListener(name, () => window.__heard.push(name));
window.addEventListener('message', (e) => {
  if (JSON.stringify(e.data ?? '').includes('${id}')) window.__heard.push('message');
});
</script>`;
    const url = `https://www.bbc.com/news/kontext-quiet-${marks}`;
    const page = await openWithHeadScript(url, fixture, listen);
    // Kontext ran here: its isolated world exists in the page (and, on topic, it highlighted).
    await expect
      .poll(() => evaluateInContentScript<number>(page, '1').catch(() => 0), { timeout: 10_000 })
      .toBe(1);
    if (marks) await waitForMarks(page, marks);
    // A single-page navigation, which both scripts watch for.
    await navigateInPage(page);
    await page.waitForTimeout(2_500);
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([]);
    await page.close();
  });
});

/** Moves the page to another address without loading, as a single-page site does. */
async function navigateInPage(page: Page): Promise<void> {
  await page.evaluate(() => history.pushState({}, '', `${location.pathname}-next`));
}
