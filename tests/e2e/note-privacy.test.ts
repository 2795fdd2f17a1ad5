/**
 * The reader's private notes against the page they are read on (security review 2026-12-01: F2, F3, F6,
 * F10, F11) and against a full disk. The page's own view is checked from the page's world: its DOM, every
 * attribute, CSS.highlights, its storage and its globals.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Note } from '@/core/notes/note';
import { exportAnnotations } from '../../core/notes/web-annotation';
import {
  clickInNotesFrame,
  clickInUi,
  fixtureHtml,
  hoverEntity,
  notedPassageBoxes,
  notesFrame,
  openExtensionPage,
  openPage,
  PASSAGE_PANEL,
  passageCoverage,
  selectText,
  sendFromContentScript,
  sendToBackground,
  typeInNotesFrame,
  useExtensionSession,
  waitForMarks,
  waitForNotesFrameText,
} from './harness';

const ARTICLE_URL = 'https://www.spiegel.de/ausland/kontext-private-note.html';
const PASSAGE = 'sensitive missile or submarine technology';
const SECRET = 'My private doubt about this transfer, do not share';
/** The fixture names a canonical URL on another site; these tests control it themselves. */
const ARTICLE = fixtureHtml('en-munitions.html').replace(/<link rel="canonical"[^>]*>/, '');

const session = useExtensionSession();

async function allNotes(extensionPage: Page): Promise<Note[]> {
  const response = (await sendToBackground(extensionPage, { type: 'notes:list' })) as { notes: Note[] };
  return response.notes;
}

/** Writes a note on `passage` as a reader does: select, "Note on this passage", type, Save. */
async function notePassage(page: Page, passage: string, text: string): Promise<void> {
  await selectText(page, passage);
  await clickInUi(page, PASSAGE_PANEL, { role: 'button', name: 'Note on this passage' });
  await typeInNotesFrame(page, text);
  await clickInNotesFrame(page, 'Save');
  await waitUntilDrawn(page, passage);
}

async function waitUntilDrawn(page: Page, passage: string): Promise<void> {
  await expect.poll(() => passageCoverage(page, passage), { timeout: 10_000 }).toBeGreaterThan(0.9);
}

/** Everything the page's own scripts can read that could carry a note: which of `secrets` they find. */
async function whatThePageCanFind(page: Page, secrets: string[]) {
  return page.evaluate((wanted) => {
    const places: Record<string, string> = {
      html: document.documentElement.outerHTML,
      attributes: Array.from(document.querySelectorAll('*'))
        .flatMap((el) => Array.from(el.attributes).map((a) => `${el.localName} ${a.name}=${a.value}`))
        .join('\n'),
      styles: Array.from(document.styleSheets)
        .map((sheet) => {
          try {
            return Array.from(sheet.cssRules)
              .map((rule) => rule.cssText)
              .join('\n');
          } catch {
            return '';
          }
        })
        .join('\n'),
      storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
      globals: Object.getOwnPropertyNames(window)
        .map((name) => {
          try {
            const value = (window as unknown as Record<string, unknown>)[name];
            return typeof value === 'string' ? value : '';
          } catch {
            return '';
          }
        })
        .join('\n'),
    };
    return {
      found: Object.entries(places).flatMap(([place, text]) =>
        wanted.filter((secret) => text.includes(secret)).map((secret) => `${secret} in ${place}`),
      ),
      highlights: CSS.highlights.size,
      kontextAttributes: document.documentElement
        .getAttributeNames()
        .filter((name) => name.startsWith('data-kontext-passages')),
      noteElements: document.querySelectorAll('kontext-note-mark, [data-kontext-note-id]').length,
    };
  }, secrets);
}

async function setNotedPassagesShown(shown: boolean): Promise<void> {
  const options = await openExtensionPage(session, 'options.html');
  const box = options.getByRole('checkbox', { name: 'Your noted passages' });
  if (shown) await box.check();
  else await box.uncheck();
  await options.close();
}

describe('private notes in the page', () => {
  it('draws a noted passage over its text after a reload, and the page can read nothing of the note (F2)', async () => {
    const page = await openPage(session, ARTICLE_URL, ARTICLE);
    await waitForMarks(page);
    await notePassage(page, PASSAGE, SECRET);
    const notesPage = await openExtensionPage(session, 'notes.html');
    const note = (await allNotes(notesPage)).find((candidate) => candidate.text === SECRET);
    expect(note?.target.type).toBe('passage');
    const secrets = [note!.id, SECRET];

    await page.reload();
    await waitForMarks(page);
    await waitUntilDrawn(page, PASSAGE);
    expect(await whatThePageCanFind(page, secrets)).toEqual({
      found: [],
      highlights: 0,
      kontextAttributes: [],
      noteElements: 0,
    });

    // The boxes stay on the text when the page scrolls and when its layout changes above the passage.
    await page.evaluate(() => scrollBy(0, 150));
    await waitUntilDrawn(page, PASSAGE);
    await page.evaluate(() => {
      const added = document.createElement('p');
      added.textContent = 'A new paragraph the page inserted above everything, several lines long. '.repeat(
        4,
      );
      document.querySelector('article, main, body')!.prepend(added);
    });
    await waitUntilDrawn(page, PASSAGE);
    // The boxes let the page be used as before: a click on the passage reaches the page's text.
    const hit = await page.evaluate((quote) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(quote);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + quote.length);
        const rect = range.getClientRects()[0]!;
        return (
          document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2) ===
          node.parentElement
        );
      }
      return false;
    }, PASSAGE);
    expect(hit).toBe(true);

    await setNotedPassagesShown(false);
    await expect.poll(() => notedPassageBoxes(page)).toEqual([]);
    expect(await whatThePageCanFind(page, secrets)).toEqual({
      found: [],
      highlights: 0,
      kontextAttributes: [],
      noteElements: 0,
    });
    await setNotedPassagesShown(true);
    await waitUntilDrawn(page, PASSAGE);
    await notesPage.close();
    await page.close();
  });

  it('shows a note on www.host/a also on host/a with tracking parameters, not on /a?page=1 (F11)', async () => {
    const bare = 'https://spiegel.de/ausland/kontext-www-note.html';
    const onWww = await openPage(session, 'https://www.spiegel.de/ausland/kontext-www-note.html', ARTICLE);
    await waitForMarks(onWww);
    await notePassage(onWww, PASSAGE, 'Written on the www address');
    await onWww.close();

    const page = await openPage(session, `${bare}?utm_source=newsletter&fbclid=x`, ARTICLE);
    await waitForMarks(page);
    await waitUntilDrawn(page, PASSAGE);
    await page.close();

    const other = await openPage(session, `${bare}?page=2`, ARTICLE);
    await waitForMarks(other);
    // The same lookup ran for the first page within this time; here it must find nothing to draw.
    await other.waitForTimeout(2_000);
    expect(await notedPassageBoxes(other)).toEqual([]);
    await other.close();
  });

  it('does not let another page of the site pull a note through its canonical URL or orphan it (F3)', async () => {
    const annotated = 'https://www.spiegel.de/ausland/reader-annotated-y.html';
    const page = await openPage(session, annotated, ARTICLE);
    await waitForMarks(page);
    await notePassage(page, 'mutual defence clause', 'Check the treaty text myself');
    await page.close();
    const notesPage = await openExtensionPage(session, 'notes.html');
    const note = (await allNotes(notesPage)).find(
      (candidate) => candidate.text === 'Check the treaty text myself',
    )!;

    const canonical = `<link rel="canonical" href="${annotated}">`;
    const attackerUrl = 'https://www.spiegel.de/ausland/attacker-page.html';
    // With the passage's text copied: the note is drawn as a hint, in Kontext's layer only.
    const copying = await openPage(session, attackerUrl, ARTICLE.replace('</head>', `${canonical}</head>`));
    await waitForMarks(copying);
    await waitUntilDrawn(copying, 'mutual defence clause');
    expect((await whatThePageCanFind(copying, [note.id, note.text])).found).toEqual([]);
    await copying.close();

    // Without it: the note must not be marked as lost, whatever this page reports.
    const without = ARTICLE.replace('</head>', `${canonical}</head>`).replace(
      'mutual defence clause',
      'clause on other matters',
    );
    const attacker = await openPage(session, `${attackerUrl}?v=2`, without);
    await waitForMarks(attacker);
    const forged = (await sendFromContentScript(attacker, {
      type: 'notes:anchored',
      id: note.id,
      found: false,
    })) as { ok: boolean };
    expect(forged.ok).toBe(false);
    await attacker.waitForTimeout(2_000);
    expect(
      (await allNotes(notesPage)).find((candidate) => candidate.id === note.id)?.orphanedAt,
    ).toBeUndefined();
    expect((await whatThePageCanFind(attacker, [note.id, note.text])).found).toEqual([]);
    await attacker.close();
    await notesPage.close();
  });

  it('refuses entity listings and saves sent from the content-script world, and never hands it note text (F6)', async () => {
    const url = 'https://www.spiegel.de/ausland/kontext-content-world.html';
    const page = await openPage(session, url, ARTICLE);
    await waitForMarks(page);
    await notePassage(page, PASSAGE, 'Text the content script never needs');
    const own = (await sendFromContentScript(page, {
      type: 'notes:list',
      filter: { url },
    })) as { ok: boolean; notes: Note[] };
    expect(own.ok).toBe(true);
    expect(own.notes.map((note) => note.target.type)).toEqual(['passage']);
    expect(JSON.stringify(own)).not.toContain('Text the content script never needs');
    const listed = (await sendFromContentScript(page, {
      type: 'notes:list',
      filter: { entityId: 'victor-cha' },
    })) as { ok: boolean; error?: string };
    expect(listed).toMatchObject({ ok: false, error: expect.stringMatching(/own site/) });
    const saved = (await sendFromContentScript(page, {
      type: 'notes:save',
      note: { text: 'forged', tags: [], target: { type: 'entity', kind: 'expert', entityId: 'victor-cha' } },
    })) as { ok: boolean };
    expect(saved.ok).toBe(false);
    const notesPage = await openExtensionPage(session, 'notes.html');
    expect((await allNotes(notesPage)).map((note) => note.text)).not.toContain('forged');
    await notesPage.close();
    await page.close();
  });
});

describe('notes that cannot be saved', () => {
  it('refuses an edit of a note deleted in another tab and keeps the edited text (F10)', async () => {
    const tabA = await openExtensionPage(session, 'notes.html');
    const created = (await sendToBackground(tabA, {
      type: 'notes:save',
      note: {
        text: 'Note both tabs show',
        tags: [],
        target: { type: 'entity', kind: 'expert', entityId: 'victor-cha' },
      },
    })) as { note: Note };
    await tabA.reload();
    const tabB = await openExtensionPage(session, 'notes.html');
    const itemIn = (tab: Page) => tab.locator(`li.note[data-note-id="${created.note.id}"]`);

    await itemIn(tabA).getByRole('button', { name: 'Edit' }).click();
    await itemIn(tabA).getByRole('textbox').first().fill('Edited in tab A after all');
    await itemIn(tabB).getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => itemIn(tabB).count()).toBe(0);

    await tabA.bringToFront();
    const editor = itemIn(tabA);
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.getByRole('alert').getByText('This note was deleted in another tab').waitFor();
    expect(await editor.locator('textarea').inputValue()).toBe('Edited in tab A after all');
    expect((await allNotes(tabA)).map((note) => note.id)).not.toContain(created.note.id);

    await editor.getByRole('button', { name: 'Save as a new note' }).click();
    await expect
      .poll(async () => (await allNotes(tabB)).filter((note) => note.text === 'Edited in tab A after all'))
      .toHaveLength(1);
    await tabA.close();
    await tabB.close();
  });

  it('keeps the draft and stores nothing partial when the disk is full', async () => {
    const worker = await session.serviceWorker();
    const page = await openPage(session, ARTICLE_URL, ARTICLE);
    await waitForMarks(page);
    await hoverEntity(page, 'victor-cha');
    await clickInNotesFrame(page, 'Add note');
    await typeInNotesFrame(page, 'A draft the full disk must not eat');
    const notesPage = await openExtensionPage(session, 'notes.html');
    const before = (await allNotes(notesPage)).length;

    // IndexedDB in the background runs out of room: every put fails, and so does every add after the
    // first, so an import would be left half written if the store did not undo the first.
    await worker.evaluate(() => {
      const full = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      const prototype = IDBObjectStore.prototype as unknown as Record<string, unknown>;
      const add = prototype.add as (...args: unknown[]) => unknown;
      (globalThis as unknown as { __kontextWrites: unknown[] }).__kontextWrites = [prototype.put, add];
      let adds = 0;
      prototype.put = full;
      prototype.add = function (this: IDBObjectStore, ...args: unknown[]) {
        adds += 1;
        return adds === 1 ? add.apply(this, args) : full();
      };
    });
    try {
      await page.bringToFront();
      await clickInNotesFrame(page, 'Save');
      await waitForNotesFrameText(page, 'no room left for Kontext notes');
      expect(await (await notesFrame(page)).getByRole('textbox').inputValue()).toBe(
        'A draft the full disk must not eat',
      );

      const file = join(mkdtempSync(join(tmpdir(), 'kontext-quota-')), 'notes.jsonld');
      const incoming = ['first', 'second'].map((text) => ({
        id: crypto.randomUUID(),
        createdAt: '2026-11-30T10:00:00.000Z',
        updatedAt: '2026-11-30T10:00:00.000Z',
        text: `Imported ${text}`,
        tags: [],
        target: { type: 'entity' as const, kind: 'expert' as const, entityId: 'victor-cha' },
      }));
      writeFileSync(file, exportAnnotations(incoming, new Date()));
      await notesPage.locator('input[type="file"]').setInputFiles(file);
      await notesPage.getByText('nothing was imported').waitFor();
    } finally {
      await worker.evaluate(() => {
        const prototype = IDBObjectStore.prototype as unknown as Record<string, unknown>;
        [prototype.put, prototype.add] = (
          globalThis as unknown as { __kontextWrites: unknown[] }
        ).__kontextWrites;
      });
    }
    expect(await allNotes(notesPage)).toHaveLength(before);
    // Room again: the same draft saves.
    await clickInNotesFrame(page, 'Save');
    await waitForNotesFrameText(page, 'Note saved.');
    await notesPage.close();
    await page.close();
  });
});
