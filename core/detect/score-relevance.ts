import type { Lexicon, LexiconTerm } from '../../data/schema';
import { withoutCaptures } from '../matcher/compile-matcher';
import { detectLanguage } from '../text/detect-language';
import { splitSentences } from '../text/split-sentences';
import type { Detection } from './detection';

interface CompiledSide {
  regex: RegExp;
  weights: number[];
}

/** One regex per side, one group per term, so a sentence is read once per side. */
function compileSide(terms: readonly LexiconTerm[]): CompiledSide {
  const source = terms.map((t) => `(${withoutCaptures(t.pattern)})`).join('|');
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})`, 'giu');
  // Engines compile a regex on its first runs; do it here, once, with the rest of the compiling.
  for (let i = 0; i < 2; i++) regex.test('Moskau und Pjöngjang; Moscow and Pyongyang.');
  regex.lastIndex = 0;
  return { regex, weights: terms.map((t) => t.weight) };
}

interface Hit {
  weight: number;
  term: string;
}

/**
 * Every hit of one side, assigned to the sentence it falls in: one regex pass over the whole text
 * (sentence by sentence would restart the regex thousands of times on a long page).
 */
function hitsBySentence(side: CompiledSide, text: string, starts: number[]): Hit[][] {
  const bySentence: Hit[][] = starts.map(() => []);
  side.regex.lastIndex = 0;
  let sentence = 0;
  for (let m = side.regex.exec(text); m; m = side.regex.exec(text)) {
    while (sentence + 1 < starts.length && (starts[sentence + 1] ?? Infinity) <= m.index) sentence++;
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    bySentence[sentence]?.push({ weight: side.weights[group - 1] ?? 0, term: m[0] });
  }
  return bySentence;
}

const compiledCache = new WeakMap<Lexicon, { ru: CompiledSide; nk: CompiledSide; rel: CompiledSide }>();
/** Compiles the lexicon's regexes once per lexicon; a page does this when it starts, before reading. */
export function compileLexicon(lexicon: Lexicon) {
  let compiled = compiledCache.get(lexicon);
  if (!compiled) {
    compiled = {
      ru: compileSide(lexicon.russia),
      nk: compileSide(lexicon.northKorea),
      rel: compileSide(lexicon.relation),
    };
    compiledCache.set(lexicon, compiled);
  }
  return compiled;
}

/** Sentences that name both sides, where a reader sees the relationship itself discussed. */
const PAIR_WEIGHT = 1;
/** Both sides in neighbouring sentences: the same thought, split in two. */
const NEIGHBOUR_WEIGHT = 0.5;
/** Relation terms count only in or next to such sentences, and at most this often. */
const RELATION_CAP = 6;
/** Headline and lead: what the article is about, rather than what it mentions. */
const LEAD_SENTENCES = 3;
const LEAD_BONUS = 1.5;
/**
 * Pairings that start only after the first third of the text, with no pairing in the lead, are
 * the background paragraph wire stories append ("The launch comes as North Korea deepens ties
 * with Russia"), unless the text pairs the two this often.
 */
const LATE_START = 1 / 3;
const LATE_PAIRING_ENOUGH = 4;
/** Above this score an article is about Russia–North Korea relations. */
export const ON_TOPIC_THRESHOLD = 3;

/**
 * Only the first 100,000 characters (some 15,000 words, longer than nearly any news article) are
 * read: what an article is about is settled well before that, and a huge page must not cost more.
 */
export const MAX_DETECTION_CHARS = 100_000;

const shorten = (s: string) => (s.length > 120 ? `${s.slice(0, 117).trimEnd()}…` : s);

/**
 * How much an article is about Russia–North Korea relations, and why. Features, not keywords:
 * the two sides named together (in one sentence, or in neighbouring ones), relation terms where
 * they are named together, the headline and lead, how much of the text keeps returning to both,
 * and what the dataset recognised. A passing mention in an article about something else gives
 * one pairing and nothing else, which stays under the threshold.
 */
export function scoreRelevance(
  text: string,
  lexicon: Lexicon,
  options: { datasetHits?: number } = {},
): Detection {
  const { ru, nk, rel } = compileLexicon(lexicon);
  const read = text.length > MAX_DETECTION_CHARS ? text.slice(0, MAX_DETECTION_CHARS) : text;
  const sentences = splitSentences(read);
  const lang = detectLanguage(read);
  // The sentences joined with one separator each, so offsets map back to sentences.
  const joined = sentences.join('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const sentence of sentences) {
    starts.push(offset);
    offset += sentence.length + 1;
  }
  const ruHits = hitsBySentence(ru, joined, starts);
  const nkHits = hitsBySentence(nk, joined, starts);
  const relHits = hitsBySentence(rel, joined, starts);
  const rows = sentences.map((s, i) => ({
    s,
    ru: ruHits[i] ?? [],
    nk: nkHits[i] ?? [],
    rel: relHits[i] ?? [],
  }));
  const has = (i: number, side: 'ru' | 'nk') => (rows[i]?.[side].length ?? 0) > 0;

  let pairing = 0;
  let pairedSentences = 0;
  let leadPaired = false;
  let firstPaired = -1;
  const relationTerms = new Map<string, number>();
  let relationWeight = 0;
  const examples: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const both = has(i, 'ru') && has(i, 'nk');
    const neighbour =
      !both &&
      ((has(i, 'ru') && has(i + 1, 'nk') && !has(i + 1, 'ru')) ||
        (has(i, 'nk') && has(i + 1, 'ru') && !has(i + 1, 'nk')));
    if (!both && !neighbour) continue;
    pairing += both ? PAIR_WEIGHT : NEIGHBOUR_WEIGHT;
    if (both) pairedSentences++;
    if (i < LEAD_SENTENCES) leadPaired = true;
    if (firstPaired < 0) firstPaired = i;
    if (both && examples.length < 3) examples.push(shorten(row.s));
    const nearby = both ? row.rel : [...row.rel, ...(rows[i + 1]?.rel ?? [])];
    for (const h of nearby) {
      const key = h.term.toLowerCase();
      relationTerms.set(key, (relationTerms.get(key) ?? 0) + 1);
      relationWeight += h.weight;
    }
  }

  const nkSentences = rows.filter((r) => r.nk.length).length;
  const ruSentences = rows.filter((r) => r.ru.length).length;
  // Both sides keep coming back: the smaller of the two counts, so one-sided stories stay low.
  const persistence = Math.min(nkSentences, ruSentences);
  const relationScore = Math.min(relationWeight, RELATION_CAP) * 0.3;
  const datasetScore = Math.min(options.datasetHits ?? 0, 5) * 0.3;
  const score =
    pairing + relationScore + (leadPaired ? LEAD_BONUS : 0) + Math.min(persistence, 8) * 0.3 + datasetScore;
  const onlyLate = !leadPaired && firstPaired >= rows.length * LATE_START && pairing < LATE_PAIRING_ENOUGH;
  // One pairing is a passing mention however it is dressed; a real story pairs them again.
  const onTopic = score >= ON_TOPIC_THRESHOLD && pairing >= 1.5 && persistence >= 2 && !onlyLate;

  const evidence: string[] = [];
  evidence.push(
    `Russia and North Korea named together in ${pairedSentences} sentence${pairedSentences === 1 ? '' : 's'}` +
      (pairing > pairedSentences ? ` (and in neighbouring sentences)` : ''),
  );
  if (leadPaired) evidence.push('both named in the headline or lead');
  if (onlyLate && pairing >= 1.5) evidence.push('named together only late in the text, as background');
  if (relationTerms.size) {
    const top = [...relationTerms.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
    evidence.push(`relation terms: ${top.map(([t, n]) => `${t} ×${n}`).join(', ')}`);
  }
  evidence.push(`North Korea in ${nkSentences}, Russia in ${ruSentences} of ${rows.length} sentences`);
  if (options.datasetHits) evidence.push(`known experts and claims: ${options.datasetHits}`);
  for (const e of examples) evidence.push(`“${e}”`);
  return { onTopic, score: Math.round(score * 100) / 100, lang, evidence };
}
