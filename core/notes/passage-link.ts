import type { Note } from './note';

/**
 * The address that opens a note's page; for a passage it carries a text fragment
 * (https://wicg.github.io/scroll-to-text-fragment/) so Chromium scrolls to and marks the quote
 * even before Kontext re-anchors it. Undefined for a note made away from any page.
 */
export function passageLink(note: Note): string | undefined {
  const { target } = note;
  if (target.url === undefined) return undefined;
  if (target.type === 'entity') return target.url;
  const quote = target.selectors.quote.exact.replace(/\s+/g, ' ').trim();
  // A text directive reserves '-', '&' and ',' as syntax, so they must be escaped inside the quote.
  const encoded = encodeURIComponent(quote).replace(/-/g, '%2D');
  return `${target.url}#:~:text=${encoded}`;
}
