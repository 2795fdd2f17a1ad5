import { Readability } from '@mozilla/readability';
import { isLinkList, OVERLAY_SELECTOR, PAGE_CHROME_SELECTOR } from './page-chrome';

export interface MainText {
  title: string;
  text: string;
  /** The live element that holds the article, for scoping highlights; null when unsure. */
  root: Element | null;
}

/** Where publishers put the article body, most specific first. */
const ARTICLE_SELECTORS = [
  '[itemprop="articleBody"]',
  'article [data-component="text-block"]',
  'article',
  '[role="article"]',
  'main',
  '[role="main"]',
];

/** Never article text, whatever their size: navigation, teasers, comments, footers, overlays. */
const NOT_ARTICLE = PAGE_CHROME_SELECTOR;

/** Elements that flow inside a line; everything else starts a new line of text. */
const INLINE = new Set(
  'a abbr b bdi bdo br cite code data del dfn em font i ins kbd label mark q s samp small span strong sub sup time u var wbr'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/**
 * The text of `root` with one line per block (paragraph, heading, list item) and the page's own
 * line breaks inside a paragraph folded to spaces: sentences are split by punctuation, not by
 * how the HTML happened to be wrapped.
 */
export function blockText(root: Element): string {
  const lines: string[] = [];
  let line = '';
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      line += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).localName;
    if (SKIPPED.has(name)) return;
    const block = !INLINE.has(name);
    if (block && line.trim()) {
      lines.push(line);
      line = '';
    }
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
    if (block && line.trim()) {
      lines.push(line);
      line = '';
    }
  };
  visit(root);
  if (line.trim()) lines.push(line);
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).join('\n');
}

const compactLength = (text: string) => text.replace(/\s+/g, ' ').trim().length;
const textLength = (el: Element | null) => compactLength(el?.textContent ?? '');

/** The element with the most paragraph text directly under it: the usual shape of an article. */
function largestTextBlock(doc: Document): Element | null {
  const scores = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    if (p.closest(NOT_ARTICLE)) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + textLength(p));
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** The live element the article text sits in, if one holds most of what Readability found. */
function findRoot(doc: Document, articleLength: number): Element | null {
  for (const selector of ARTICLE_SELECTORS) {
    const candidates = Array.from(doc.querySelectorAll(selector)).filter((el) => !el.closest(NOT_ARTICLE));
    // Several <article> elements are teasers, not one story.
    if (selector === 'article' && candidates.length > 1) continue;
    const el = candidates[0];
    if (el && textLength(el) >= articleLength * 0.6) return el;
  }
  const block = largestTextBlock(doc);
  return block && textLength(block) >= articleLength * 0.5 ? block : null;
}

/**
 * Readability's own length threshold (500 characters) applies to ordinary pages: below it
 * Readability tries again with looser rules and keeps its longest attempt, so a short story still
 * comes back, while a lower bar let a first attempt that found only a print footer stand (Medical
 * News Today). Each retry is another pass over the whole page, though: on a page longer than
 * LONG_PAGE_CHARS a first attempt of SHORT_STORY_CHARS is accepted, so a short story amid
 * megabytes of comments is read in seconds, not a minute.
 */
const LONG_PAGE_CHARS = 1_000_000;
const SHORT_STORY_CHARS = 200;

/**
 * Removes lists that are nearly all links ("read also", related stories, tag lists) from the
 * clone: Readability keeps them when they sit inside the article, and their headlines would
 * otherwise count as article text. Highlighting leaves them alone by the same rule.
 */
function dropLinkLists(doc: Document): void {
  for (const list of Array.from(doc.querySelectorAll('ul, ol'))) if (isLinkList(list)) list.remove();
}

/**
 * Removes dialogs and paywall offers from the clone: Readability keeps an offer box that sits
 * inside the article, and the experts it advertises would count as the story's own.
 */
function dropOverlays(doc: Document): void {
  for (const overlay of Array.from(doc.querySelectorAll(OVERLAY_SELECTOR))) overlay.remove();
}

/**
 * The article's headline and main text, without navigation, teasers, "read also" lists,
 * comments or footers. Readability works on a clone, so the live page is never touched.
 */
export function extractMainText(doc: Document): MainText {
  let title = doc.querySelector('h1')?.textContent?.trim() || doc.title || '';
  let text = '';
  try {
    // The serializer hands back Readability's element itself, so its blocks can be read as lines.
    const clone = doc.cloneNode(true) as Document;
    dropLinkLists(clone);
    dropOverlays(clone);
    const article = new Readability<Element>(clone, {
      charThreshold: textLength(doc.body) > LONG_PAGE_CHARS ? SHORT_STORY_CHARS : undefined,
      serializer: (el) => el as Element,
    }).parse();
    if (article?.content) {
      text = blockText(article.content);
      title = article.title?.trim() || title;
    }
  } catch {
    // Readability gives up on some documents: the fallback below still finds the text.
  }
  if (!text.trim()) {
    const block = findRoot(doc, 0) ?? doc.body;
    text = block?.textContent ?? '';
  }
  text = text
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
  const root = findRoot(doc, compactLength(text));
  // The headline leads: detection weighs the lead, and Readability sometimes drops the h1.
  const full = text.startsWith(title) ? text : `${title}\n${text}`;
  return { title, text: full, root };
}
