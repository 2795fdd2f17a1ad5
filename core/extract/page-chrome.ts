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
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[role="search"]',
  '.comments',
  '#comments',
  OVERLAY_SELECTOR,
].join(', ');

/** The whole rule as one selector, for `closest()` and `querySelectorAll()`. */
export const PAGE_CHROME_SELECTOR = `${CHROME_NAMES.join(', ')}, ${CHROME_ATTRIBUTES}`;

const NAMES = new Set(CHROME_NAMES);

/**
 * The same rule as a quick test for walks over every element of a long page: most elements have
 * no attributes, and a name lookup is cheaper than matching a selector list.
 */
export function isPageChrome(el: Element): boolean {
  if (NAMES.has(el.localName)) return true;
  return el.hasAttributes() && el.matches(CHROME_ATTRIBUTES);
}

/** Whether `el` is chrome or sits inside chrome below `root` (what lies above `root` does not count). */
export function isInPageChrome(el: Element, root: Element): boolean {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (isPageChrome(node)) return true;
  }
  return false;
}
