import { describe, expect, it } from 'vitest';
import { expandNumberPlaceholders, numberPattern } from '../../../../core/claims/expand-number-placeholders';

/** The notations of one number that the pattern finds in a text, in order. */
const hits = (value: number, text: string) => text.match(new RegExp(numberPattern(value), 'giu')) ?? [];
const matches = (value: number, text: string) => new RegExp(numberPattern(value), 'iu').test(text);

describe('numberPattern', () => {
  it('reads 1000 in digits with any separator and as a word', () => {
    for (const text of [
      '1000',
      '1.000',
      '1,000',
      '1 000',
      '1\u202F000',
      'tausend',
      'Tausend',
      'thousand',
      'eintausend',
    ]) {
      expect(matches(1000, `mehr als ${text} Container`), text).toBe(true);
    }
  });

  it('reads larger round numbers in German and English', () => {
    expect(hits(11_000, '11.000 Soldaten, 11,000 troops, 11000, elftausend, eleven thousand')).toEqual([
      '11.000',
      '11,000',
      '11000',
      'elftausend',
      'eleven thousand',
    ]);
    expect(hits(100_000, '100.000 Mann oder hunderttausend, 100,000 men')).toEqual([
      '100.000',
      'hunderttausend',
      '100,000',
    ]);
    expect(hits(48_000_000, '48 Millionen Granaten, 48 million shells, 48 Mio. Schuss')).toEqual([
      '48 Millionen',
      '48 million',
      '48 Mio.',
    ]);
  });

  it('does not match inside a longer number or word', () => {
    expect(matches(1000, 'etwa 11000 Mann')).toBe(false);
    expect(matches(1000, 'ein Wert von 1000.5')).toBe(false);
    expect(matches(1000, 'ein Wert von 1000,5')).toBe(false);
    expect(matches(1000, 'a data leak')).toBe(false);
    expect(matches(1000, 'Kaufland')).toBe(false);
    expect(matches(11_000, '111.000')).toBe(false);
  });
});

describe('expandNumberPlaceholders', () => {
  it('replaces every placeholder and leaves the rest of the pattern as written', () => {
    const source = expandNumberPlaceholders(
      '(?:mehr als |über )?{n:1000} Container|{n:12000} (?:Soldaten|troops)',
    );
    expect(source).not.toContain('{n:');
    const re = new RegExp(source, 'iu');
    expect(re.exec('über 1.000 Container')?.[0]).toBe('über 1.000 Container');
    expect(re.exec('some 12,000 troops')?.[0]).toBe('12,000 troops');
    expect(re.test('1.000 Soldaten')).toBe(false);
  });
});
