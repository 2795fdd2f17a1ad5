/** The journeys' driver for Chromium: playwright-core with the built extension (scripts/browser/). */
import type { Page } from 'playwright-core';
import { launchWithExtension } from '../../../scripts/browser/launch-extension';
import { servePage } from '../../../scripts/browser/serve-pages';
import { runInContentScript } from '../../../scripts/browser/content-world';
import { clickWhenStill, notesFrame } from '../../../scripts/browser/kontext-ui';
import type { Driver, DriverPage, InPage } from './driver';

/** Playwright types an argument by what it may hold (handles); the journeys pass JSON only. */
const evaluateIn = <A, T>(page: Page, fn: InPage<A, T>, arg: A): Promise<T> =>
  page.evaluate(fn as (a: unknown) => Promise<T>, arg as unknown);

function wrap(page: Page): DriverPage {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => evaluateIn(page, fn, arg),
    async waitFor<A>(fn: InPage<A, unknown>, arg: A, timeout = 15_000) {
      await page.waitForFunction(fn as (a: unknown) => unknown, arg as unknown, { timeout });
    },
    inKontext: (fn, arg) => runInContentScript(page, fn, arg),
    hover: (selector) => page.locator(selector).first().hover(),
    click: (selector) => page.locator(selector).first().click(),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    upload: (selector, name, content) =>
      page
        .locator(selector)
        .setInputFiles({ name, mimeType: 'application/ld+json', buffer: Buffer.from(content) }),
    async notesFrame(timeout) {
      const frame = await notesFrame(page, timeout);
      return {
        clickButton: (name) => clickWhenStill(frame, frame.getByRole('button', { name })),
        async type(text) {
          await clickWhenStill(frame, frame.getByRole('textbox'));
          await page.keyboard.type(text);
        },
        text: () => frame.locator('body').innerText(),
      };
    },
    bringToFront: () => page.bringToFront(),
    async reload() {
      await page.reload();
    },
    close: () => page.close(),
  };
}

export async function launchChromium(): Promise<Driver> {
  const session = await launchWithExtension();
  const requested: string[] = [];
  session.context.on('request', (request) => requested.push(request.url()));
  const extensionOrigin = `chrome-extension://${session.extensionId}`;
  const control = await session.context.newPage();
  await control.goto(`${extensionOrigin}/popup.html`);
  const pages = new Map<DriverPage, Page>();
  const track = (page: Page) => {
    const wrapped = wrap(page);
    pages.set(wrapped, page);
    return wrapped;
  };
  return {
    name: 'chromium',
    extensionOrigin,
    serve: (url, html) => servePage(session.context, url, html),
    async open(url) {
      const page = await session.context.newPage();
      await page.goto(url);
      return track(page);
    },
    async openExtensionPage(path) {
      const page = await session.context.newPage();
      await page.goto(`${extensionOrigin}/${path}`);
      return track(page);
    },
    inExtension: (fn, arg) => evaluateIn(control, fn, arg),
    async tabIdOf(page) {
      const url = page.url();
      return control.evaluate(async (u) => {
        const api = (
          globalThis as unknown as {
            chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
          }
        ).chrome;
        const shown = (await api.tabs.query({})).filter((tab) => tab.url === u);
        // Two tabs on one address: which one a journey means cannot be told, so say so.
        if (shown.length > 1) throw new Error(`${shown.length} tabs show ${u}`);
        return shown[0]?.id ?? -1;
      }, url);
    },
    requests: () => requested,
    close: () => session.close(),
  };
}
