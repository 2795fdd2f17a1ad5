import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Note } from '@/core/notes/note';
import {
  clickInUi,
  clickInNotesFrame,
  typeInNotesFrame,
  waitForNotesFrameText,
  fixtureHtml,
  hoverEntity,
  PASSAGE_PANEL,
  launch,
  notedPassageBoxes,
  passageCoverage,
  openExtensionPage,
  openPage,
  selectText,
  sendToBackground,
  waitForMarks,
  useExtensionSession,
} from './harness';
import { servePage } from '../../scripts/browser/serve-pages';

const ARTICLE_URL = 'https://www.theguardian.com/world/kontext-notes-sample';
const PASSAGE = 'sensitive missile or submarine technology';
const ORIGINAL = fixtureHtml('en-munitions.html');
/** The same story a day later: a paragraph on top, one word changed elsewhere. */
const EDITED = ORIGINAL.replace(
  '<p>Russia',
  '<p>Update: this article was revised after new figures were published.</p>\n<p>Russia',
).replace('most important suppliers', 'most significant suppliers');
/** The story with the noted paragraph gone. */
const CUT = ORIGINAL.replace(/<p>Victor Cha[\s\S]*?<\/p>/, '');

/** The part of the worker's chrome API this file uses. */
interface WorkerTabs {
  tabs: {
    query(q: { url: string }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
}

const session = useExtensionSession();

async function allNotes(notesPage: Page): Promise<Note[]> {
  const response = (await sendToBackground(notesPage, { type: 'notes:list' })) as {
    ok: boolean;
    notes: Note[];
  };
  expect(response.ok).toBe(true);
  return response.notes;
}

/** Writes a note on an expert through the popover, as a reader does. */
async function addExpertNote(page: Page, text: string): Promise<void> {
  await hoverEntity(page, 'victor-cha');
  await clickInNotesFrame(page, 'Add note');
  await typeInNotesFrame(page, text);
  await clickInNotesFrame(page, 'Save');
  await waitForNotesFrameText(page, 'Note saved.');
}

/** Waits until Kontext's noted-passage layer covers `quote` in the page. */
async function waitForNotedPassage(page: Page, quote: string): Promise<void> {
  await expect.poll(() => passageCoverage(page, quote), { timeout: 10_000 }).toBeGreaterThan(0.9);
}

describe('notes in Chromium', () => {
  it('keeps a note written in the popover on an expert across a reload', async () => {
    const page = await openPage(session, ARTICLE_URL, ORIGINAL);
    await waitForMarks(page);
    await addExpertNote(page, 'Ask about the submarine claim.');
    await page.reload();
    await waitForMarks(page);
    await hoverEntity(page, 'victor-cha');
    // The card's note frame asks the background for the expert's notes once it is open.
    await waitForNotesFrameText(page, 'Ask about the submarine claim.');
    await page.close();
  });

  it('saves a note after its service worker was stopped', async () => {
    const page = await openPage(session, ARTICLE_URL, ORIGINAL);
    await waitForMarks(page);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await addExpertNote(page, 'Written while the worker was asleep.');
    const notesPage = await openExtensionPage(session, 'notes.html');
    expect((await allNotes(notesPage)).map((note) => note.text)).toContain(
      'Written while the worker was asleep.',
    );
    await notesPage.close();
    await page.close();
  });

  it('marks a passage note again on an edited page and lists it as orphaned once the passage is gone', async () => {
    const page = await openPage(session, ARTICLE_URL, ORIGINAL);
    await waitForMarks(page);
    await selectText(page, PASSAGE);
    await clickInUi(page, PASSAGE_PANEL, { role: 'button', name: 'Note on this passage' });
    await typeInNotesFrame(page, 'Which technology exactly?');
    await clickInNotesFrame(page, 'Save');
    await waitForNotedPassage(page, PASSAGE);

    await servePage(session.context, ARTICLE_URL, EDITED);
    await page.reload();
    await waitForMarks(page);
    expect(await page.evaluate(() => document.body.textContent?.includes('most significant suppliers'))).toBe(
      true,
    );
    await waitForNotedPassage(page, PASSAGE);

    await servePage(session.context, ARTICLE_URL, CUT);
    await page.reload();
    await waitForMarks(page);
    const notesPage = await openExtensionPage(session, 'notes.html');
    await expect
      .poll(
        async () =>
          (await allNotes(notesPage)).find((note) => note.text === 'Which technology exactly?')?.orphanedAt,
      )
      .toBeDefined();
    await notesPage.reload();
    const item = notesPage.locator('article', { hasText: 'Which technology exactly?' });
    await item.getByText('could no longer be found').waitFor();
    expect(await notedPassageBoxes(page)).toEqual([]);
    await notesPage.close();
    await page.close();
  });

  it('opens the passage editor from the context-menu entry', async () => {
    const page = await openPage(session, ARTICLE_URL, ORIGINAL);
    await waitForMarks(page);
    await selectText(page, 'mutual defence clause');
    // The native menu cannot be clicked from a test; its click handler sends exactly this to the tab.
    const worker = await session.serviceWorker();
    await worker.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: WorkerTabs }).chrome;
      const [tab] = await api.tabs.query({ url });
      await api.tabs.sendMessage(tab!.id!, { type: 'passage:note-from-selection' });
    }, ARTICLE_URL);
    await typeInNotesFrame(page, 'Since when?');
    await clickInNotesFrame(page, 'Save');
    await waitForNotedPassage(page, 'mutual defence clause');
    await page.close();
  });

  it('exports from the notes page and imports into a fresh profile with identical notes', async () => {
    const notesPage = await openExtensionPage(session, 'notes.html');
    const before = await allNotes(notesPage);
    expect(before.length).toBeGreaterThanOrEqual(2);
    const download = notesPage.waitForEvent('download');
    await notesPage.getByRole('button', { name: 'Export shown notes' }).click();
    const path = await (await download).path();
    const json = readFileSync(path, 'utf8');
    await notesPage.close();

    const fresh = await launch();
    try {
      const freshNotes = await openExtensionPage(fresh, 'notes.html');
      expect(await allNotes(freshNotes)).toEqual([]);
      await freshNotes.locator('input[type="file"]').setInputFiles({
        name: 'kontext-notes.jsonld',
        mimeType: 'application/ld+json',
        buffer: Buffer.from(json),
      });
      await freshNotes.getByText(`Imported ${before.length} notes.`).waitFor();
      const byId = (notes: Note[]) => [...notes].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId(await allNotes(freshNotes))).toEqual(byId(before));
    } finally {
      await fresh.close();
    }
  });

  it('rejects a hostile import cleanly and loses nothing', async () => {
    const notesPage = await openExtensionPage(session, 'notes.html');
    const before = await allNotes(notesPage);
    const exported = (await sendToBackground(notesPage, { type: 'notes:export' })) as { json: string };
    const file = JSON.parse(exported.json) as { first: { items: Array<Record<string, unknown>> } };
    const sample = file.first.items[0]!;
    const scripted = {
      ...sample,
      id: 'urn:uuid:7d2f4b8a-1c3e-4f5a-9b6d-0e1f2a3b4c5d',
      body: [
        {
          type: 'TextualBody',
          purpose: 'commenting',
          value: '<img src=x onerror="window.__pwned=1">',
          format: 'text/plain',
        },
      ],
    };
    const wrongTypes = {
      ...sample,
      id: 'urn:uuid:8e3a5c9b-2d4f-4a6b-8c7e-1f2a3b4c5d6e',
      created: 42,
      body: 'not a body',
    };
    file.first.items = [scripted, wrongTypes];
    const upload = (name: string, buffer: Buffer) =>
      notesPage
        .locator('input[type="file"]')
        .setInputFiles({ name, mimeType: 'application/ld+json', buffer });

    await upload('hostile.jsonld', Buffer.from(JSON.stringify(file)));
    await notesPage.getByText('Imported 1 note.').waitFor();
    await notesPage.getByText('Rejected 1:').waitFor();
    // The script-like text is shown as text; nothing in it ran or became markup.
    await notesPage.getByText('<img src=x onerror="window.__pwned=1">').waitFor();
    expect(await notesPage.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await notesPage.locator('main img').count()).toBe(0);
    const afterHostile = await allNotes(notesPage);
    expect(afterHostile).toHaveLength(before.length + 1);
    expect(afterHostile).toEqual(expect.arrayContaining(before));

    // Playwright hands over at most 50 MB as a buffer; a file on disk goes through as it is.
    const huge = join(mkdtempSync(join(tmpdir(), 'kontext-notes-')), 'huge.jsonld');
    writeFileSync(huge, Buffer.alloc(61 * 1024 * 1024, 0x20));
    await notesPage.locator('input[type="file"]').setInputFiles(huge);
    await notesPage.getByText('larger than 60 MB').waitFor();
    await upload('not-json.jsonld', Buffer.from('{"first": [1, 2'));
    await notesPage.locator('.notes-error').waitFor();
    expect(await allNotes(notesPage)).toEqual(afterHostile);

    // The notes page, an extension page, keeps every right the sender policy withholds from web pages.
    const exportedAgain = (await sendToBackground(notesPage, { type: 'notes:export' })) as {
      ok: boolean;
      count: number;
    };
    expect(exportedAgain).toMatchObject({ ok: true, count: afterHostile.length });
    await notesPage.close();
  });
});
