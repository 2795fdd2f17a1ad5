import { Readability } from '@mozilla/readability';

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

/** Never article text, whatever their size: navigation, teasers, comments, footers. */
const NOT_ARTICLE =
  'nav, aside, footer, header nav, form, [role="navigation"], [role="complementary"], [role="contentinfo"], .comments, #comments';

const textLength = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim().length;

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
 * The article's headline and main text, without navigation, teasers, "read also" lists,
 * comments or footers. Readability works on a clone, so the live page is never touched.
 */
export function extractMainText(doc: Document): MainText {
  let title = doc.querySelector('h1')?.textContent?.trim() || doc.title || '';
  let text = '';
  try {
    const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
    if (article?.textContent) {
      text = article.textContent;
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
  const root = findRoot(doc, textLength({ textContent: text } as Element));
  // The headline leads: detection weighs the lead, and Readability sometimes drops the h1.
  const full = text.startsWith(title) ? text : `${title}\n${text}`;
  return { title, text: full, root };
}
