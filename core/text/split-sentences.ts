/** Abbreviations after which a full stop does not end a sentence (German and English news). */
const ABBREVIATIONS = new Set(
  'dr prof mr mrs ms st nr no vs ca bzw usw etc z b d h u a v chr jan feb mar apr jun jul aug sep sept oct okt nov dec dez gen lt col sgt u.s u.n'.split(
    ' ',
  ),
);

const WORD_AT_END = /[\p{L}.]+$/u;
/**
 * The word (letters and dots) that ends just before `end`, lower case. Only its last few characters
 * can matter: no abbreviation is longer than four letters, and a longer word's tail is neither an
 * abbreviation nor an initial. One regex run on a short tail, not a test per character, which cost
 * a third of detection on a long page.
 */
function wordBefore(text: string, end: number): string {
  return (WORD_AT_END.exec(text.slice(Math.max(0, end - 12), end))?.[0] ?? '').toLowerCase();
}

/**
 * Splits article text into sentences: at ., ! or ? followed by a space and an upper-case letter,
 * digit or quote, and at line breaks; not after common abbreviations or single initials.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /([.!?…]["'“”„»«’)]*)\s+(?=["'“”„»«‚(]?[\p{Lu}\p{N}])|\n+/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + (m[1]?.length ?? 0);
    if (m[1]?.startsWith('.')) {
      const lastWord = wordBefore(text, m.index);
      if (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord)) continue;
    }
    const sentence = text.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = m.index + m[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
