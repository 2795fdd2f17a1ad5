/**
 * `npm run demo`: the built extension in Chromium on the bundled sample pages. It hovers an
 * expert and a claim on a German and an English page, saves a note, reloads and reads it back,
 * and writes screenshots and report.md into demo-output/. Headed when a display exists.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from './browser/launch-extension';
import { ChromiumNotFoundError } from './browser/find-chromium';
import { servePage } from './browser/serve-pages';
import type { ChromeApi } from './browser/chrome-api';
import {
  clickInNotesFrame,
  POPOVER,
  typeInNotesFrame,
  waitForInUi,
  waitForNotesFrameText,
  waitForPopover,
} from './browser/kontext-ui';
import { runInContentScript } from './browser/content-world';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'demo-output');
const pages = resolve(root, 'tests/fixtures/pages');

interface Sample {
  file: string;
  url: string;
  /** The expert whose card is shown (and, on the English page, who gets a note). */
  expert: string;
}
const SAMPLES: Sample[] = [
  {
    file: 'en-munitions.html',
    url: 'https://www.theguardian.com/world/kontext-sample-munitions',
    expert: 'jenny-town',
  },
  {
    file: 'de-ballbach.html',
    url: 'https://www.tagesschau.de/ausland/kontext-beispiel-ballbach',
    expert: 'eric-ballbach',
  },
];

const report: string[] = ['# Kontext demo report', '', `Run: ${new Date().toISOString()}`, ''];
const say = (line: string) => {
  console.log(line);
  report.push(line);
};

async function popoverHeading(page: Page): Promise<string> {
  return waitForInUi(page, POPOVER, { role: 'heading' });
}

/** Hovers the first element matching `selector` and returns the card's text (containing `text`, if given). */
async function hover(page: Page, selector: string, text?: string): Promise<string> {
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  const target = page.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  await target.hover();
  const shown = await waitForPopover(page, 5000, text);
  await page.waitForTimeout(250);
  return shown;
}

async function pageStatus(session: ExtensionSession, page: Page): Promise<unknown> {
  const worker = await session.serviceWorker();
  const url = page.url();
  return worker.evaluate(async (u) => {
    const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const [tab] = await chrome.tabs.query({ url: u });
    const stored = tab?.id === undefined ? {} : await chrome.storage.session.get(`tab:${tab.id}`);
    return Object.values(stored)[0] ?? null;
  }, url);
}

async function demoSample(session: ExtensionSession, sample: Sample, headed: boolean): Promise<void> {
  const lang = sample.file.slice(0, 2);
  await servePage(session.context, sample.url, readFileSync(resolve(pages, sample.file), 'utf8'));
  const page = await session.context.newPage();
  await page.goto(sample.url);
  await page.waitForSelector('kontext-mark', { timeout: 15_000 });
  await page.waitForTimeout(300);
  const status = (await pageStatus(session, page)) as {
    onTopic: boolean;
    score: number;
    evidence: string[];
    experts: { name: string; count: number }[];
    claims: { label: string; count: number }[];
    highlights: number;
  } | null;
  say(`## ${sample.file} (${sample.url})`);
  say('');
  if (status) {
    say(`- on topic: ${status.onTopic}, score ${status.score.toFixed(2)}`);
    say(`- evidence: ${status.evidence.slice(0, 4).join(' | ')}`);
    say(
      `- highlights: ${status.highlights}; experts: ${status.experts.map((e) => `${e.name} (${e.count})`).join(', ')}`,
    );
    say(`- claims: ${status.claims.map((c) => c.label).join(' | ') || 'none'}`);
  }

  await hover(page, `kontext-mark[data-kontext-id="${sample.expert}"]`);
  await page.screenshot({ path: resolve(out, `${lang}-expert.png`) });
  say(`- expert card: ${await popoverHeading(page)} (screenshot ${lang}-expert.png)`);
  // The card follows the reader's system colour scheme.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: resolve(out, `${lang}-expert-dark.png`) });
  await page.emulateMedia({ colorScheme: 'light' });

  const claimSelector = 'kontext-mark[data-kontext-kind="claim"]';
  if (await page.locator(claimSelector).count()) {
    await hover(page, claimSelector);
    await page.screenshot({ path: resolve(out, `${lang}-claim.png`) });
    say(`- claim card: ${await popoverHeading(page)} (screenshot ${lang}-claim.png)`);
  } else {
    say('- no claim highlighted on this page');
  }

  if (lang === 'en') await saveAndReadBackNote(page, sample);
  if (!headed) await page.close();
  say('');
}

async function saveAndReadBackNote(page: Page, sample: Sample): Promise<void> {
  const noteText = `Demo note ${new Date().toISOString().slice(0, 19)}: compare with the 38 North analysis.`;
  await hover(page, `kontext-mark[data-kontext-id="${sample.expert}"]`);
  // The notes are a frame of the extension's own origin inside the card; the demo types as a reader.
  await clickInNotesFrame(page, /add note|notiz/i);
  await typeInNotesFrame(page, noteText);
  await clickInNotesFrame(page, /save|speichern/i);
  await waitForNotesFrameText(page, 'Note saved.');
  await page.reload();
  await page.waitForSelector('kontext-mark', { timeout: 15_000 });
  await hover(page, `kontext-mark[data-kontext-id="${sample.expert}"]`);
  const text = await waitForNotesFrameText(page, noteText).catch(() => '');
  // The notes sit under the card's text: scroll the card down to them for the screenshot.
  await runInContentScript(
    page,
    () => {
      const dom = (
        globalThis as unknown as {
          chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } };
        }
      ).chrome.dom;
      const host = document.querySelector('div[data-kontext-ui="card"]');
      const card = host && dom.openOrClosedShadowRoot(host)?.querySelector('.kontext-popover');
      if (card) card.scrollTop = card.scrollHeight;
    },
    undefined,
  );
  await page.waitForTimeout(200);
  await page.screenshot({ path: resolve(out, 'en-note-after-reload.png') });
  say(
    `- note saved from the popover and ${text.includes(noteText) ? 'read back after a reload' : 'NOT found after a reload'}`,
  );
}

async function main(): Promise<void> {
  const headed = !!process.env.DISPLAY && !process.env.CI;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  let session: ExtensionSession;
  try {
    session = await launchWithExtension({ headless: !headed });
  } catch (error) {
    console.error(error instanceof ChromiumNotFoundError ? error.message : String(error));
    process.exit(1);
  }
  try {
    for (const sample of SAMPLES) await demoSample(session, sample, headed);
  } finally {
    writeFileSync(resolve(out, 'report.md'), `${report.join('\n')}\n`);
    console.log(`\nScreenshots and report.md are in ${out}`);
    if (headed) {
      console.log('The browser stays open: close its window to end the demo.');
      await new Promise((r) => session.context.on('close', r));
    }
    await session.close();
  }
}

void main();
