/**
 * `{n:1000}` in a claim pattern stands for the number in any notation a German or English
 * article uses: 1000, 1.000, 1,000, 1 000, 1000er, tausend, eintausend, thousand, one thousand,
 * 1k, "1 Tausend"; `{n:48000000}` also as "48 Millionen", "48 Mio.", "48 million", "48m".
 */
const WORDS: Record<number, [de: string, en: string]> = {
  1: ['ein(?:e|en|er)?', 'one|a'],
  2: ['zwei', 'two'],
  3: ['drei', 'three'],
  4: ['vier', 'four'],
  5: ['fünf', 'five'],
  6: ['sechs', 'six'],
  7: ['sieben', 'seven'],
  8: ['acht', 'eight'],
  9: ['neun', 'nine'],
  10: ['zehn', 'ten'],
  11: ['elf', 'eleven'],
  12: ['zwölf', 'twelve'],
  15: ['fünfzehn', 'fifteen'],
  20: ['zwanzig', 'twenty'],
  30: ['dreißig', 'thirty'],
  50: ['fünfzig', 'fifty'],
  100: ['hundert|einhundert', 'one hundred|a hundred|hundred'],
};

/** Digits with optional thousands separators of any kind: 1000, 1.000, 1,000, 1 000, 1'000. */
function digits(value: number): string {
  const plain = String(value);
  if (plain.length <= 3) return plain;
  const groups: string[] = [];
  for (let end = plain.length; end > 0; end -= 3) groups.unshift(plain.slice(Math.max(0, end - 3), end));
  return groups.join("[.,'\\u00A0\\u202F\\u2009 ]?");
}

/** A multiplier as digits or words: "11", "elf", "eleven". */
function count(value: number): string {
  const words = WORDS[value];
  return words ? `(?:${digits(value)}|${words[0]}|${words[1]})` : digits(value);
}

const SPACE = '[\\s\\u00A0\\u202F\\u2009]*';

export function numberPattern(value: number): string {
  const forms = [`${digits(value)}(?:er)?`];
  if (value >= 1_000_000 && value % 1_000_000 === 0) {
    const m = value / 1_000_000;
    forms.push(`${count(m)}${SPACE}(?:Millionen|Million|Mio\\.?|million|mn|m)`);
  }
  if (value >= 1000 && value % 1000 === 0 && value < 1_000_000_000) {
    const k = value / 1000;
    const words = WORDS[k];
    forms.push(`${count(k)}${SPACE}(?:tausend|thousand|k)`);
    // German writes the multiplier and "tausend" as one word: elftausend, hunderttausend.
    if (words) forms.push(`(?:${words[0]})tausend`);
    if (k === 1) forms.push('tausend|thousand');
  }
  // Not inside a longer number or word: 1000 must not match in 11000, 1000.5 or "leak".
  return `(?<![\\d.,\\p{L}])(?:${forms.join('|')})(?![\\d\\p{L}]|[.,]\\d)`;
}

export function expandNumberPlaceholders(pattern: string): string {
  return pattern.replace(/\{n:(\d+)\}/g, (_all, n: string) => numberPattern(Number(n)));
}
