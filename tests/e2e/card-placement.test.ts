/**
 * Where the card sits while it grows (core/popover/card-side.ts): it opens small and grows as its
 * content, the reader's notes and then the note editor arrive. It must not leap to the other side of
 * its highlight on the way, out from under the pointer of a reader about to click in it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  clickInNotesFrame,
  fixtureHtml,
  hoverEntity,
  notesFrame,
  openPage,
  POPOVER,
  runInContentScript,
  useExtensionSession,
  waitForMarks,
} from './harness';

const ARTICLE_URL = 'https://www.theguardian.com/world/kontext-card-placement';
const MARK = 'kontext-mark[data-kontext-id="victor-cha"]';

const session = useExtensionSession({ viewport: { width: 1280, height: 900 } });

interface Edges {
  top: number;
  bottom: number;
}

/** The card's edges in the viewport, read from Kontext's world (its root is closed). */
const cardEdges = (page: Page): Promise<Edges | null> =>
  runInContentScript(
    page,
    (host: string) => {
      const el = document.querySelector(host);
      const dom = (
        globalThis as unknown as {
          chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } };
        }
      ).chrome.dom;
      const card = el ? dom.openOrClosedShadowRoot(el)?.querySelector('.kontext-popover') : null;
      if (!card || card.getClientRects().length === 0) return null;
      const { top, bottom } = card.getBoundingClientRect();
      return { top: Math.round(top), bottom: Math.round(bottom) };
    },
    POPOVER,
  );

const markEdges = (page: Page): Promise<Edges> =>
  page
    .locator(MARK)
    .first()
    .evaluate((mark) => {
      const { top, bottom } = mark.getBoundingClientRect();
      return { top: Math.round(top), bottom: Math.round(bottom) };
    });

/** The card's edges once they have held still for a few looks (its frame reports its height late). */
async function settledCard(page: Page): Promise<Edges> {
  let last = '';
  let same = 0;
  const end = Date.now() + 10_000;
  for (;;) {
    const edges = await cardEdges(page);
    const now = JSON.stringify(edges);
    same = edges && now === last ? same + 1 : 0;
    last = now;
    if (edges && same >= 3) return edges;
    if (Date.now() > end) throw new Error(`the card never held still: ${now}`);
    await page.waitForTimeout(150);
  }
}

const sideOf = (card: Edges, mark: Edges) =>
  card.top >= mark.bottom ? 'below' : card.bottom <= mark.top ? 'above' : 'over';

/** Opens the article with the highlight `fraction` of the way down the viewport, then its card. */
async function openCardAt(fraction: number): Promise<{ page: Page; mark: Edges; opened: Edges }> {
  // Room to scroll either way, so that the highlight can be put anywhere in the viewport.
  const html = fixtureHtml('en-munitions.html')
    .replace('<body>', '<body><div style="height:1200px"></div>')
    .replace('</body>', '<div style="height:1200px"></div></body>');
  const page = await openPage(session, ARTICLE_URL, html);
  await waitForMarks(page);
  await page
    .locator(MARK)
    .first()
    .evaluate((mark, f) => {
      window.scrollBy(0, mark.getBoundingClientRect().top - f * innerHeight);
    }, fraction);
  await hoverEntity(page, 'victor-cha');
  // The card as the reader first sees it, before their notes have loaded into it.
  const opened = (await cardEdges(page))!;
  return { page, mark: await markEdges(page), opened };
}

/**
 * The card with the highlight `fraction` of the way down the viewport: as the reader first sees it,
 * and once the reader has clicked "Add note" and the card has grown around the editor.
 */
async function cardBeforeAndAfterEditor(
  fraction: number,
): Promise<{ mark: Edges; opened: Edges; grown: Edges }> {
  const { page, mark, opened } = await openCardAt(fraction);
  await clickInNotesFrame(page, 'Add note');
  await (await notesFrame(page)).getByRole('textbox').waitFor({ timeout: 5_000 });
  const grown = await settledCard(page);
  await page.close();
  return { mark, opened, grown };
}

const height = (edges: Edges) => edges.bottom - edges.top;

describe('the card while it grows, in Chromium', () => {
  it('opened in the lower half of the viewport, stays above its highlight as the notes and the editor arrive', async () => {
    const { mark, opened, grown } = await cardBeforeAndAfterEditor(0.55);
    expect(sideOf(opened, mark)).toBe('above');
    expect(height(grown)).toBeGreaterThan(height(opened));
    expect(sideOf(grown, mark)).toBe('above');
  });

  it('opened high in the viewport, stays below its highlight and its top edge does not move', async () => {
    const { mark, opened, grown } = await cardBeforeAndAfterEditor(0.15);
    expect(sideOf(opened, mark)).toBe('below');
    expect(height(grown)).toBeGreaterThan(height(opened));
    expect(sideOf(grown, mark)).toBe('below');
    expect(grown.top).toBe(opened.top);
  });
});
