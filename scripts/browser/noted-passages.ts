/**
 * Where Kontext draws the reader's noted passages (entrypoints/kontext.content/note-overlay.ts) and where
 * the passage's text is, both as viewport rectangles. The boxes sit in a closed shadow root on a plain
 * `div`, so only Kontext's own world can see them (chrome.dom.openOrClosedShadowRoot); the text is
 * measured in the page, as the reader sees it.
 */
import type { Page } from 'playwright-core';
import { runInContentScript } from './content-world';

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The boxes of the noted-passage layer; empty when there is no layer or nothing is drawn. */
export function notedPassageBoxes(page: Page): Promise<Box[]> {
  return runInContentScript(
    page,
    () => {
      const dom = (
        globalThis as unknown as {
          chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } };
        }
      ).chrome.dom;
      const boxes: Box[] = [];
      for (const host of Array.from(document.documentElement.children)) {
        if (host.localName !== 'div') continue;
        const root = dom.openOrClosedShadowRoot(host);
        for (const box of Array.from(root?.querySelectorAll('.box') ?? [])) {
          const { left, top, width, height } = box.getBoundingClientRect();
          boxes.push({ left, top, width, height });
        }
      }
      return boxes;
    },
    undefined,
  );
}

/**
 * In the page: the line rectangles of the first occurrence of `wanted` in its text (within one text
 * node). A plain function, so either browser's driver can run it with its own `evaluate`.
 */
export function textBoxesInPage(wanted: string): Box[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(wanted);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    return Array.from(range.getClientRects())
      .filter((rect) => rect.width > 0)
      .map(({ left, top, width, height }) => ({ left, top, width, height }));
  }
  throw new Error(`not in the page: ${wanted}`);
}

/** The line rectangles of the first occurrence of `quote` in the page's text (within one text node). */
export function textBoxes(page: Page, quote: string): Promise<Box[]> {
  return page.evaluate(textBoxesInPage, quote);
}

/** The share of the text's area (0–1) that the boxes cover. */
export function coveredShare(text: Box[], boxes: Box[]): number {
  const area = (b: Box) => b.width * b.height;
  const overlap = (a: Box, b: Box) =>
    Math.max(0, Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left)) *
    Math.max(0, Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top));
  const total = text.reduce((sum, b) => sum + area(b), 0);
  if (total === 0) return 0;
  const covered = text.reduce(
    (sum, line) =>
      sum +
      Math.min(
        area(line),
        boxes.reduce((s, box) => s + overlap(line, box), 0),
      ),
    0,
  );
  return covered / total;
}

/** How much of `quote` the noted-passage boxes cover now (0–1). */
export async function passageCoverage(page: Page, quote: string): Promise<number> {
  return coveredShare(await textBoxes(page, quote), await notedPassageBoxes(page));
}
