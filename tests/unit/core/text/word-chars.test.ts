import { describe, expect, it } from 'vitest';
import {
  LATIN_LETTERS_DIGITS,
  LATIN_WORD_CHARS,
  letterOrDigitBefore,
  standsAlone,
} from '../../../../core/text/word-chars';

/** Every code point (surrogates aside) a one-character regex matches. */
function matchedBy(re: RegExp): Set<number> {
  const out = new Set<number>();
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (re.test(String.fromCodePoint(cp))) out.add(cp);
  }
  return out;
}

describe('word characters', () => {
  it('puts in the cheap Latin bounds only characters the exact bounds hold, case folding included', () => {
    // The cheap bounds may miss word characters (those are checked apart), never add others.
    const outside = (cheap: string, exact: RegExp) =>
      [...matchedBy(new RegExp(`^[${cheap}]$`, 'iu'))].filter((cp) => !exact.test(String.fromCodePoint(cp)));
    expect(outside(LATIN_WORD_CHARS, /^[\p{L}\p{N}\p{M}]$/iu)).toEqual([]);
    expect(outside(LATIN_LETTERS_DIGITS, /^[\p{L}\p{N}]$/iu)).toEqual([]);
  });

  it('tells a whole word from one next to a letter, digit or mark of any script', () => {
    expect(standsAlone('(Sanktionen)', 1, 10)).toBe(true);
    expect(standsAlone('αSanktionen', 1, 10)).toBe(false);
    expect(standsAlone('Sanktionen²', 0, 10)).toBe(false);
    expect(standsAlone('Sanktionen\u0483', 0, 10)).toBe(false);
    // A letter outside the BMP, written as a surrogate pair, on either side.
    expect(standsAlone('𝐀Sanktionen', 2, 10)).toBe(false);
    expect(standsAlone('Sanktionen𝐀', 0, 10)).toBe(false);
  });

  it('sees a letter or digit before a place as a lookbehind with the flags iu does', () => {
    const exact = /(?<![\p{L}\p{N}])/iu;
    const texts = [
      'Moskau',
      ' Moskau',
      'ЖMoskau',
      '9Moskau',
      '\u0345Moskau',
      '\u0301Moskau',
      '𝐀Moskau',
      '«Moskau',
    ];
    for (const text of texts) {
      const at = text.indexOf('M');
      const free = new RegExp(exact.source + 'Moskau', 'iu').exec(text)?.index === at;
      expect([text, letterOrDigitBefore(text, at)]).toEqual([text, !free]);
    }
  });
});
