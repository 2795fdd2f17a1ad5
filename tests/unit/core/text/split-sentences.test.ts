import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../../core/text/split-sentences';

describe('splitSentences', () => {
  it('splits at sentence punctuation before a capital, digit or quote, and at line breaks', () => {
    expect(
      splitSentences('Kim reiste an. Putin wartete! Wer zahlt? 2024 folgte der Vertrag.\nNeue Zeile'),
    ).toEqual(['Kim reiste an.', 'Putin wartete!', 'Wer zahlt?', '2024 folgte der Vertrag.', 'Neue Zeile']);
    expect(splitSentences('He left. "It is over," she said.')).toEqual([
      'He left.',
      '"It is over," she said.',
    ]);
    expect(splitSentences('Er sagte: „Das reicht.“ Dann ging er.')).toEqual([
      'Er sagte: „Das reicht.“',
      'Dann ging er.',
    ]);
  });

  it('does not split after abbreviations, initials or inside numbers', () => {
    expect(
      splitSentences('Laut Prof. Frank und Dr. Ballbach ist das neu. Jung H. Pak widerspricht.'),
    ).toEqual(['Laut Prof. Frank und Dr. Ballbach ist das neu.', 'Jung H. Pak widerspricht.']);
    expect(splitSentences('U.S. officials said 1.000 Container arrived. Then more.')).toEqual([
      'U.S. officials said 1.000 Container arrived.',
      'Then more.',
    ]);
    expect(splitSentences('a sentence. lower case goes on')).toHaveLength(1);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n ')).toEqual([]);
  });
});
