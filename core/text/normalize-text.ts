/** Characters that can sit inside a word in page text without being part of it. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const SPACES = /[\s\u00A0\u2007\u2009\u202F]+/g;
const HYPHENS = /[\u2010-\u2015\u2212]/g;

/**
 * The form aliases are compared in: NFC, no soft hyphens or zero-width characters, one kind of
 * space and hyphen, lower case. Used on both sides, so "Kim Jong‑un" (non-breaking hyphen) and
 * "Kim Jong-un" meet.
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(HYPHENS, '-')
    .replace(SPACES, ' ')
    .trim()
    .toLowerCase();
}

/** Text for analysis: NFC, invisible characters removed, spaces unified (lengths may change). */
export function normalizeForAnalysis(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(/[\u00A0\u2007\u2009\u202F]/g, ' ');
}
