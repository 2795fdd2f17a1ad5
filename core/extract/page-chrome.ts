/*
 * What on a news page is never the article, however much text it holds: navigation, sidebars,
 * footers, forms, comments, and what a site lays over its story (consent dialogs, paywall offers).
 * Extraction leaves it out of the text it scores, and highlighting never marks inside it, so the
 * two agree on what "the article" is.
 */

/** Elements that are page furniture by their very name. */
const CHROME_NAMES = ['nav', 'aside', 'footer', 'form', 'dialog'];

/**
 * Overlays a site puts over or into its story: modal dialogs (consent platforms, login and
 * subscription walls follow the ARIA dialog pattern) and the element a site itself names
 * "paywall" (the offer box). Only the exact name, and never the document's own elements: pages flag
 * their body with classes such as `has-paywall` or even `paywall`, and that must not make the
 * whole page chrome.
 */
export const OVERLAY_SELECTOR = [
  'dialog',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[aria-modal="true"]',
  '#paywall',
  '.paywall',
  '[data-area="paywall"]',
]
  // A page that flags its whole <body> "paywall" (Herald Sun) has not made its story an overlay.
  .map((s) => `${s}:not(body, html)`)
  .join(', ');

const CHROME_ATTRIBUTES = [
  '[role="banner"]',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[role="search"]',
  '.comments',
  '#comments',
  OVERLAY_SELECTOR,
].join(', ');

/**
 * Where a <header> belongs to a part of the page rather than to the site: the header of an article
 * or section holds its headline and byline. Any other <header> is the site's banner (the rule
 * browsers use for its ARIA role), with logo, menu and teasers.
 */
const SECTIONING = 'article, aside, main, nav, section, [role="article"], [role="main"]';

/** The site's own header: its banner, never the header of the article. */
function isSiteHeader(el: Element): boolean {
  return el.localName === 'header' && !el.parentElement?.closest(SECTIONING);
}

/** Share of a list's text that sits in links above which it is a teaser list, not article prose. */
const LINK_LIST_DENSITY = 0.8;

const compactLength = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim().length;

/**
 * A list that is nearly all links: "read also", related stories, tag lists. Sites put them inside
 * the article's container, after its last paragraph, and their headlines name people the story
 * does not.
 */
export function isLinkList(el: Element): boolean {
  if (el.localName !== 'ul' && el.localName !== 'ol') return false;
  const total = compactLength(el.textContent);
  if (!total) return false;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += compactLength(a.textContent);
  return linked / total >= LINK_LIST_DENSITY;
}

/** The whole rule as one selector, for `closest()` and `querySelectorAll()` (link lists aside). */
export const PAGE_CHROME_SELECTOR = `${CHROME_NAMES.join(', ')}, ${CHROME_ATTRIBUTES}`;

const NAMES = new Set(CHROME_NAMES);

/**
 * The same rule as a quick test for walks over every element of a long page: most elements have
 * no attributes, and a name lookup is cheaper than matching a selector list.
 */
export function isPageChrome(el: Element): boolean {
  if (NAMES.has(el.localName)) return true;
  if (isSiteHeader(el) || isLinkList(el)) return true;
  return el.hasAttributes() && el.matches(CHROME_ATTRIBUTES);
}

/** Whether `el` is chrome or sits inside chrome below `root` (what lies above `root` does not count). */
export function isInPageChrome(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (isPageChrome(node)) return true;
  }
  return false;
}
