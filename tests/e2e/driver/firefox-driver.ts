/**
 * The journeys' driver for Firefox: Debian's firefox-esr through puppeteer-core over WebDriver BiDi,
 * with the built add-on (.output/firefox-mv2) installed as a temporary add-on.
 *
 * Two things Chromium's tools do that Firefox's need a way round:
 * - Extension pages: WebDriver refuses to navigate to moz-extension:// unless Firefox starts with
 *   --remote-allow-system-access (a test-only switch); the page loads, but no load event reaches
 *   the driver, so openExtensionPage waits for the document itself.
 * - Kontext's content-script world: BiDi offers sandboxes of its own, not the add-on's. An extension
 *   page runs code there with tabs.executeScript (MV2), where Firefox gives add-on code
 *   element.openOrClosedShadowRoot, so the same probes see into the closed roots.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type HTTPRequest, type Page } from 'puppeteer-core';
import type { Driver, DriverPage, InPage } from './driver';
import { PASSAGE_PANEL, POPOVER } from '../../../scripts/browser/kontext-ui';

/** MV2 by default (see README, Browsers); KONTEXT_FIREFOX_BUILD=firefox-mv3 tries the other. */
export const FIREFOX_EXTENSION_DIR = resolve(
  import.meta.dirname,
  '../../../.output',
  process.env.KONTEXT_FIREFOX_BUILD ?? 'firefox-mv2',
);
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** browser_specific_settings.gecko.id in wxt.config.ts. */
const ADDON_ID = 'kontext@kontext.invalid';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const serialise = <A, T>(fn: InPage<A, T>, arg: A) =>
  // tsx wraps named inner functions in esbuild's __name helper, which the target world lacks.
  `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'}); })()`;

async function pollUntil<T>(what: string, timeout: number, get: () => Promise<T | undefined>): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await get().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** The hosts of Kontext's card and passage panel (entrypoints/kontext.content/), which frame the note editor. */
const NOTE_FRAME_HOSTS = [POPOVER, PASSAGE_PANEL];

interface BidiSession {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** A frame reached over WebDriver BiDi itself, by its browsing-context id. */
interface RawFrame {
  evaluate<A, T>(fn: InPage<A, T>, arg: A): Promise<T>;
}

/**
 * Kontext's note frame (an extension page framed by the card), the one opened last. Firefox reports
 * it in browsingContext.getTree but puppeteer makes no Frame of it, so the driver asks BiDi directly,
 * through puppeteer's session (not public API; pinned by the puppeteer-core version in package.json).
 */
async function notesFrameIn(page: Page): Promise<RawFrame | undefined> {
  const context = (
    page.mainFrame() as unknown as {
      browsingContext: { id: string; userContext: { browser: { session: BidiSession } } };
    }
  ).browsingContext;
  const session = context.userContext.browser.session;
  type Tree = { context: string; url: string; children?: Tree[] };
  const { result } = await session.send('browsingContext.getTree', { root: context.id });
  const all = (trees: Tree[]): Tree[] => trees.flatMap((t) => [t, ...all(t.children ?? [])]);
  const found = all((result as { contexts: Tree[] }).contexts)
    .filter((t) => t.url.includes('/notes-frame.html'))
    .at(-1);
  if (!found) return undefined;
  return {
    async evaluate<A, T>(fn: InPage<A, T>, arg: A): Promise<T> {
      const { result: answer } = await session.send('script.evaluate', {
        expression: `(async () => JSON.stringify(await ${serialise(fn, arg)}))()`,
        target: { context: found.context },
        awaitPromise: true,
      });
      const {
        type,
        result: value,
        exceptionDetails,
      } = answer as {
        type: string;
        result?: { value?: string };
        exceptionDetails?: { text: string };
      };
      if (type !== 'success')
        throw new Error(exceptionDetails?.text ?? 'evaluation failed in the note frame');
      return (value?.value === undefined ? undefined : JSON.parse(value.value)) as T;
    },
  };
}

export async function launchFirefox(): Promise<Driver> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  // Firefox draws the extension's address per installation; naming it up front lets the driver open
  // the extension's pages, while the product still sees a random one.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      // Firefox itself asks every site for /favicon.ico; only what the page and Kontext request counts.
      'browser.chrome.site_icons': false,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const extensionOrigin = `moz-extension://${uuid}`;
  const routes = new Map<string, string>();
  const requested: string[] = [];

  /** Every request is recorded; a served page is answered, the extension's files load, the rest is refused. */
  const answer = (request: HTTPRequest) => {
    const url = request.url();
    requested.push(url);
    const html = routes.get(url.split('#')[0]!);
    if (html !== undefined)
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    else if (url.startsWith(`${extensionOrigin}/`)) void request.continue();
    else void request.abort('blockedbyclient');
  };

  // An extension page kept open to use the WebExtension API from; opened once the driver can open pages.
  const opened: { control?: DriverPage } = {};
  const controlPage = () => {
    if (!opened.control) throw new Error('the control page is not open yet');
    return opened.control;
  };

  const tabIdOf = async (page: DriverPage) =>
    controlPage().evaluate(async (u) => {
      const api = (
        globalThis as unknown as {
          browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
        }
      ).browser;
      const shown = (await api.tabs.query({})).filter((tab) => tab.url === u);
      // Two tabs on one address: which one a journey means cannot be told, so say so.
      if (shown.length > 1) throw new Error(`${shown.length} tabs show ${u}`);
      return shown[0]?.id ?? -1;
    }, page.url());

  function wrap(page: Page, knownUrl?: string): DriverPage {
    const self: DriverPage = {
      url: () => knownUrl ?? page.url(),
      evaluate: <A, T>(fn: InPage<A, T>, arg: A) =>
        page.evaluate(fn as (a: unknown) => Promise<T>, arg as unknown) as Promise<T>,
      async waitFor<A>(fn: InPage<A, unknown>, arg: A, timeout = 15_000) {
        await page.waitForFunction(fn as (a: unknown) => unknown, { timeout, polling: 100 }, arg as unknown);
      },
      async inKontext<A, T>(fn: InPage<A, T>, arg: A): Promise<T> {
        const tabId = await tabIdOf(self);
        if (tabId < 0) throw new Error(`no tab shows ${self.url()}`);
        return controlPage().evaluate(
          async ({ tab, code }) => {
            const api = (
              globalThis as unknown as {
                browser: { tabs: { executeScript(id: number, d: object): Promise<unknown[]> } };
              }
            ).browser;
            return (await api.tabs.executeScript(tab, { code }))[0];
          },
          { tab: tabId, code: serialise(fn, arg) },
        ) as Promise<T>;
      },
      async hover(selector) {
        const handle = await page.waitForSelector(selector, { timeout: 5_000 });
        await handle!.hover();
      },
      async click(selector) {
        const handle = await page.waitForSelector(selector, { timeout: 5_000 });
        await handle!.click();
      },
      mouseClick: (x, y) => page.mouse.click(x, y),
      press: (key) => page.keyboard.press(key),
      async upload(selector, name, content) {
        const path = join(mkdtempSync(join(tmpdir(), 'kontext-upload-')), name);
        writeFileSync(path, content);
        const input = await page.waitForSelector(selector, { timeout: 5_000 });
        await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(path);
      },
      async notesFrame(timeout = 5_000) {
        const frame = await pollUntil('a Kontext note frame in the page', timeout, () => notesFrameIn(page));
        /** Where the frame's point (x, y) is in the page: the frame's own box, found from Kontext's world. */
        const toPage = async (at: { x: number; y: number }) => {
          const box = await self.inKontext((hosts: string[]) => {
            const frames = hosts.flatMap((tag) => {
              const host = document.querySelector(tag) as
                (Element & { openOrClosedShadowRoot?: ShadowRoot }) | null;
              return Array.from(host?.openOrClosedShadowRoot?.querySelectorAll('iframe') ?? []);
            });
            const last = frames.filter((f) => f.src.includes('/notes-frame.html')).at(-1);
            if (!last) return null;
            const rect = last.getBoundingClientRect();
            return { x: rect.left + last.clientLeft, y: rect.top + last.clientTop };
          }, NOTE_FRAME_HOSTS);
          if (!box) throw new Error('the note frame left the page');
          return { x: box.x + at.x, y: box.y + at.y };
        };
        const clickAt = async (
          what: string,
          locate: InPage<string, { x: number; y: number } | null>,
          arg: string,
        ) => {
          // As Playwright's clicks do: only once the target has stopped moving (the card grows when
          // the reader's notes arrive), so the click lands where it was measured.
          let last = '';
          const where = await pollUntil(what, 5_000, async () => {
            const at = await frame.evaluate(locate, arg);
            const point = at ? await toPage(at) : null;
            const seen = JSON.stringify(point);
            const stable = point !== null && seen === last;
            last = seen;
            return stable ? point : undefined;
          });
          await page.mouse.click(where.x, where.y);
        };
        return {
          clickButton: (name) =>
            clickAt(
              `button ${String(name)} in the note frame`,
              (source) => {
                const wanted = new RegExp(
                  source.slice(1, source.lastIndexOf('/')),
                  source.slice(source.lastIndexOf('/') + 1),
                );
                const button = Array.from(document.querySelectorAll('button')).find(
                  (b) =>
                    b.getClientRects().length > 0 &&
                    wanted.test((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()),
                );
                if (!button) return null;
                button.scrollIntoView({ block: 'nearest' });
                const rect = button.getBoundingClientRect();
                return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
              },
              String(name),
            ),
          async type(text) {
            await clickAt(
              'the note frame’s text field',
              (selector) => {
                const field = document.querySelector(selector);
                if (!field || field.getClientRects().length === 0) return null;
                field.scrollIntoView({ block: 'nearest' });
                const rect = field.getBoundingClientRect();
                return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
              },
              'textarea, input[type="text"], input:not([type])',
            );
            await page.keyboard.type(text);
          },
          text: () => frame.evaluate(() => document.body.innerText, null),
        };
      },
      async bringToFront() {
        await page.bringToFront();
      },
      async reload() {
        await page.reload();
      },
      close: () => page.close(),
    };
    return self;
  }

  const driver: Driver = {
    name: 'firefox',
    extensionOrigin,
    async serve(url, html) {
      routes.set(url, html);
    },
    async open(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', answer);
      await page.goto(url);
      return wrap(page);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      page.on('request', (request) => requested.push(request.url()));
      const url = `${extensionOrigin}/${path}`;
      // The navigation happens, but its load event never reaches the driver: wait for the document.
      void page.goto(url, { timeout: 0 }).catch(() => undefined);
      await pollUntil(`${url} to load`, 15_000, async () =>
        (await page.evaluate(() => [location.href, document.readyState])).join(' ') === `${url} complete`
          ? true
          : undefined,
      );
      return wrap(page, url);
    },
    inExtension: (fn, arg) => controlPage().evaluate(fn, arg),
    tabIdOf,
    requests: () => requested,
    close: () => browser.close(),
  };
  opened.control = await driver.openExtensionPage('popup.html');
  return driver;
}
