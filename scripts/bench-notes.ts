/**
 * `npm run bench:notes [-- --json]`: the notes page at 1,000, 10,000 and 50,000 notes, in the real
 * Chromium with the built extension, each size in a fresh profile. Every size is seeded with ONE import
 * (the same port the notes page uses). Absolute times depend on the machine; the ratios much less.
 * Target from issue #13 (F12): the notes page at 10,000 notes within 2x its time at 1,000.
 */
import type { Page } from 'playwright-core';
import { launchWithExtension } from './browser/launch-extension';

const SIZES = [1_000, 10_000, 50_000];
const json = process.argv.includes('--json');
const log = (line: string) => {
  if (!json) console.log(line);
};

interface Row {
  notes: number;
  importMs: number;
  importPerNoteMs: number;
  firstRowsMs: number;
  usableMs: number;
  listMs: number;
  pageMs: number;
  searchMs: number;
  rowsInDom: number;
}

/** Builds an export file of `count` notes in the page and imports it over the import port, timed. */
async function seed(page: Page, count: number): Promise<number> {
  return page.evaluate(async (n) => {
    const chrome = (globalThis as unknown as { chrome: ChromeRuntime }).chrome;
    const start = Date.UTC(2020, 0, 1);
    const items = Array.from({ length: n }, (_, i) => {
      const at = new Date(start + i * 60_000).toISOString();
      return {
        id: `urn:uuid:${crypto.randomUUID()}`,
        type: 'Annotation',
        motivation: 'commenting',
        created: at,
        modified: at,
        body: [
          {
            type: 'TextualBody',
            purpose: 'commenting',
            value: `Bench note ${i} about shipment ${i % 97}`,
            format: 'text/plain',
          },
          ...(i % 5 === 0 ? [{ type: 'TextualBody', purpose: 'tagging', value: `tag${i % 13}` }] : []),
        ],
        target: {
          id: `urn:kontext:expert:bench-expert-${i % 50}`,
          scope: `https://news${i % 20}.example/a${i}`,
        },
      };
    });
    items[0]!.body[0]!.value = 'Needle in the oldest note';
    const file = JSON.stringify({
      '@context': ['http://www.w3.org/ns/anno.jsonld'],
      type: 'AnnotationCollection',
      'kontext:version': 1,
      total: n,
      first: { type: 'AnnotationPage', items },
    });
    const began = performance.now();
    const done = await new Promise<{ response: { ok: boolean; error?: string } }>((resolve) => {
      const port = chrome.runtime.connect({ name: 'notes:import' });
      port.onMessage.addListener((message: { type: string }) => {
        if (message.type === 'done') resolve(message as never);
      });
      port.postMessage({ type: 'notes:import', json: file });
    });
    if (!done.response.ok) throw new Error(`import failed: ${done.response.error}`);
    return performance.now() - began;
  }, count);
}

interface ChromeRuntime {
  runtime: {
    connect(info: { name: string }): {
      postMessage(message: unknown): void;
      onMessage: { addListener(listener: (message: { type: string }) => void): void };
    };
    sendMessage(message: unknown): Promise<unknown>;
  };
}

/** One background request from the page, timed there. */
async function timedRequest(page: Page, message: unknown): Promise<number> {
  return page.evaluate(async (m) => {
    const chrome = (globalThis as unknown as { chrome: ChromeRuntime }).chrome;
    const began = performance.now();
    await chrome.runtime.sendMessage(m);
    return performance.now() - began;
  }, message);
}

async function measure(count: number): Promise<Row> {
  const session = await launchWithExtension();
  try {
    const page = await session.context.newPage();
    const url = `chrome-extension://${session.extensionId}/notes.html`;
    await page.goto(url);
    await page.getByText('No notes yet').waitFor();
    const importMs = await seed(page, count);

    // The notes page from navigation: first rows on screen, then the whole list loaded and searchable.
    const began = Date.now();
    await page.goto(url);
    await page.locator('li.note').first().waitFor({ timeout: 120_000 });
    const firstRowsMs = Date.now() - began;
    await page.getByText(`${count} notes`, { exact: true }).waitFor({ timeout: 300_000 });
    const usableMs = Date.now() - began;
    const rowsInDom = await page.locator('li.note').count();

    const searchBegan = Date.now();
    await page.getByRole('searchbox').fill('Needle');
    await page.getByText(`1 of ${count} notes`).waitFor({ timeout: 60_000 });
    const searchMs = Date.now() - searchBegan;

    const listMs = await timedRequest(page, { type: 'notes:list' });
    const pageMs = await timedRequest(page, { type: 'notes:page', limit: 100 });
    return {
      notes: count,
      importMs,
      importPerNoteMs: importMs / count,
      firstRowsMs,
      usableMs,
      listMs,
      pageMs,
      searchMs,
      rowsInDom,
    };
  } finally {
    await session.close();
  }
}

async function main() {
  const rows: Row[] = [];
  for (const size of SIZES) {
    const row = await measure(size);
    rows.push(row);
    log(
      `${String(size).padStart(6)} notes: import ${row.importMs.toFixed(0)} ms (${row.importPerNoteMs.toFixed(3)} ms/note), ` +
        `first rows ${row.firstRowsMs} ms, usable ${row.usableMs} ms, full list ${row.listMs.toFixed(0)} ms, ` +
        `first page ${row.pageMs.toFixed(0)} ms, search ${row.searchMs} ms, rows in DOM ${row.rowsInDom}`,
    );
  }
  const at = (n: number) => rows.find((row) => row.notes === n) as Row;
  const ratio = (key: keyof Row, big: number) => at(big)[key] / at(1_000)[key];
  const ratios = {
    firstRows10k: ratio('firstRowsMs', 10_000),
    usable10k: ratio('usableMs', 10_000),
    importPerNote10k: ratio('importPerNoteMs', 10_000),
    firstRows50k: ratio('firstRowsMs', 50_000),
    usable50k: ratio('usableMs', 50_000),
    importPerNote50k: ratio('importPerNoteMs', 50_000),
    search10k: ratio('searchMs', 10_000),
    list10k: ratio('listMs', 10_000),
  };
  log('');
  log(`notes page, first rows, 10k / 1k:   ${ratios.firstRows10k.toFixed(2)} (target <= 2)`);
  log(`notes page, fully usable, 10k / 1k: ${ratios.usable10k.toFixed(2)} (target <= 2)`);
  log(`import per note, 10k / 1k:          ${ratios.importPerNote10k.toFixed(2)}`);
  log(`search, 10k / 1k:                   ${ratios.search10k.toFixed(2)}`);
  log(`full listing, 10k / 1k:             ${ratios.list10k.toFixed(2)}`);
  log(
    `first rows 50k / 1k ${ratios.firstRows50k.toFixed(2)}, usable 50k / 1k ${ratios.usable50k.toFixed(2)}, import per note 50k / 1k ${ratios.importPerNote50k.toFixed(2)}`,
  );
  if (json) console.log(JSON.stringify({ rows, ratios }, null, 2));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
