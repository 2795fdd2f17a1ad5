/*
 * Where a word ends. Names, claims and lexicon terms are matched whole: never next to a letter or
 * digit (nor, for names and claims, a combining mark). A class of Unicode properties in a regex
 * with the flags `iu` is compiled anew into every regex that holds it, which was three quarters of
 * a claim regex's compile time (all 399 patterns, compiled and run once in Node: 743 ms with it,
 * 243 ms with the Latin ranges below). So regexes carry the Latin ranges, which cost next to
 * nothing, and a match next to another word character is caught by the checks here.
 */

/** Latin letters and digits: each of them is a letter or digit, with or without case folding. */
export const LATIN_LETTERS_DIGITS = '0-9A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
/** The same with the combining marks Latin text uses: each is a letter, digit or mark. */
export const LATIN_WORD_CHARS = `${LATIN_LETTERS_DIGITS}\\u0300-\\u036F`;

/** A letter, digit or mark, as the bounds of names and claims read it (the same with `iu` or `u`). */
export const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';
const WORD_CHAR_AT_END = new RegExp(`${WORD_CHAR}$`, 'u');
const WORD_CHAR_AT_START = new RegExp(`^${WORD_CHAR}`, 'u');

/** Whether `text` from `index`, `length` long, stands as a whole: no word character on either side. */
export function standsAlone(text: string, index: number, length: number): boolean {
  // Two code units either side: a character outside the BMP is a surrogate pair.
  return (
    !WORD_CHAR_AT_END.test(text.slice(Math.max(0, index - 2), index)) &&
    !WORD_CHAR_AT_START.test(text.slice(index + length, index + length + 2))
  );
}

let letterOrDigitAtEnd: RegExp | undefined;
/**
 * Whether a letter or digit comes right before `index`, as a lookbehind with the flags `iu` reads
 * it: with them, U+0345 (a combining mark) counts as the letter it folds to. Where the character
 * before is ASCII the answer is plain, and the regex is compiled only for a text that needs it.
 */
export function letterOrDigitBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const before = text.charCodeAt(index - 1);
  if (before < 0x80) {
    const lower = before | 0x20;
    return (before >= 0x30 && before <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
  }
  letterOrDigitAtEnd ??= /[\p{L}\p{N}]$/iu;
  return letterOrDigitAtEnd.test(text.slice(Math.max(0, index - 2), index));
}
