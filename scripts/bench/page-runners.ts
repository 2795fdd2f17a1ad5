/**
 * Where the bench page runs: a fresh page of its own site for every measurement, in Chromium
 * (playwright-core) or Firefox (puppeteer-core over WebDriver BiDi), behind one small interface so
 * that both browsers run the very same measurements.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import type { BenchApi } from './bench-page';

export type BenchMethod = keyof BenchApi & string;

export interface PageRunner {
  readonly name: 'Chromium' | 'Firefox';
  /** Loads the bench bundle into a new blank page, compiles `compileN` aliases, runs `method`. */
  inPage<T>(method: BenchMethod, compileN: number, kb: number): Promise<{ r: T; compileMs: number }>;
  close(): Promise<void>;
}

const BLANK = '<!doctype html><html lang="en"><body></body></html>';

/** What runs in the page: the bundle's API, called with the arguments the runner passes. */
async function callBench([method, n, kb]: readonly [string, number, number]) {
  const api = (globalThis as unknown as { kontextBench: Record<string, unknown> })
    .kontextBench as unknown as {
    compile(n: number): number;
  } & Record<string, (kb: number) => Promise<unknown>>;
  const compileMs = api.compile(n);
  return { r: await api[method]!(kb), compileMs };
}

/** What both drivers' pages offer that a run needs (playwright-core and puppeteer-core agree here). */
interface BenchPage {
  goto(url: string): Promise<unknown>;
  addScriptTag(options: { content: string }): Promise<unknown>;
  evaluate(fn: typeof callBench, args: readonly [string, number, number]): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * One measurement on a fresh page: a site of its own for every run, so that each runs in a fresh
 * renderer process and no run pays for the garbage the previous one left behind.
 */
async function runOnce<T>(
  page: BenchPage,
  run: number,
  script: string,
  args: readonly [string, number, number],
): Promise<{ r: T; compileMs: number }> {
  await page.goto(`https://run${run}.bench-kontext.test/`);
  await page.addScriptTag({ content: script });
  const result = await page.evaluate(callBench, args);
  await page.close();
  return result as { r: T; compileMs: number };
}

export async function chromiumRunner(executablePath: string, script: string): Promise<PageRunner> {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      // Each run starts from a collected heap (see settle() in bench-page.ts).
      '--js-flags=--expose-gc',
    ],
  });
  const context = await browser.newContext();
  await context.route('**/*', (route) => route.fulfill({ contentType: 'text/html', body: BLANK }));
  let runs = 0;
  return {
    name: 'Chromium',
    inPage: async (method, compileN, kb) =>
      runOnce(await context.newPage(), ++runs, script, [method, compileN, kb]),
    close: () => browser.close(),
  };
}

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function haveFirefox(): boolean {
  return existsSync(FIREFOX_PATH);
}

export async function firefoxRunner(script: string): Promise<PageRunner> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1280, height: 720 },
    // The slowest measurement (mark.js's one search per alias is Chromium's only) stays well below.
    protocolTimeout: 600_000,
    extraPrefsFirefox: {
      // Firefox rounds performance.now() to 1 ms by default (a fingerprinting defence); slices of a
      // few milliseconds need the real clock, as Chromium gives it.
      'privacy.reduceTimerPrecision': false,
      // The same fresh-process-per-site isolation the Chromium runs get.
      'fission.autostart': true,
    },
  });
  let runs = 0;
  return {
    name: 'Firefox',
    async inPage(method, compileN, kb) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: BLANK });
      });
      return runOnce(page, ++runs, script, [method, compileN, kb]);
    },
    close: () => browser.close(),
  };
}
