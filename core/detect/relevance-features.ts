/*
 * What an article shows about Russia–North Korea relations, as a few numbers a fitted model can
 * weigh (core/detect/detection-model.json) and as facts the popup can show to explain the verdict.
 * The same function feeds the extension, `npm run scan` and `npm run detect:fit`, so the model is
 * fitted on exactly what it later reads.
 */
import type { Lexicon, LexiconTerm } from '../../data/schema';
import { withoutCaptures } from '../matcher/regex-source';
import { splitSentences } from '../text/split-sentences';
import { LATIN_LETTERS_DIGITS, letterOrDigitBefore } from '../text/word-chars';

interface CompiledSide {
  regex: RegExp;
  weights: number[];
}

/** One regex per term list, one group per term, so a text is read once per list. */
function compileSide(terms: readonly LexiconTerm[]): CompiledSide {
  // A list with no terms matches nothing (an empty alternation would match everywhere).
  const source = terms.length ? terms.map((t) => `(${withoutCaptures(t.pattern)})`).join('|') : '(?!)';
  // A term never starts inside a word. The Latin bound is cheap to compile; a term after another
  // letter or digit is turned away where it is found (see hitsBySentence).
  const regex = new RegExp(`(?<![${LATIN_LETTERS_DIGITS}])(?:${source})`, 'giu');
  // Engines compile a regex on its first runs; do it here, once, with the rest of the compiling.
  for (let i = 0; i < 2; i++) regex.test('Moskau und Pjöngjang; Moscow and Pyongyang.');
  regex.lastIndex = 0;
  return { regex, weights: terms.map((t) => t.weight) };
}

interface CompiledLexicon {
  ru: CompiledSide;
  nk: CompiledSide;
  rel: CompiledSide;
  ruPlace: CompiledSide;
  nkPlace: CompiledSide;
  fronts: CompiledSide;
  others: CompiledSide;
  thirdParties: CompiledSide;
  attribution: CompiledSide;
}

const compiledCache = new WeakMap<Lexicon, CompiledLexicon>();
/** Compiles the lexicon's regexes once per lexicon; a page does this when it starts, before reading. */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  let compiled = compiledCache.get(lexicon);
  if (!compiled) {
    compiled = {
      ru: compileSide(lexicon.russia),
      nk: compileSide(lexicon.northKorea),
      rel: compileSide(lexicon.relation),
      ruPlace: compileSide(lexicon.russiaPlaces ?? []),
      nkPlace: compileSide(lexicon.northKoreaPlaces ?? []),
      fronts: compileSide(lexicon.warFronts ?? []),
      others: compileSide(lexicon.otherStates ?? []),
      thirdParties: compileSide(lexicon.thirdParties ?? []),
      attribution: compileSide(lexicon.attribution ?? []),
    };
    compiledCache.set(lexicon, compiled);
  }
  return compiled;
}

interface Hit {
  weight: number;
  term: string;
}

/**
 * Every hit of one list, assigned to the sentence it falls in: one regex pass over the whole text
 * (sentence by sentence would restart the regex thousands of times on a long page).
 */
function hitsBySentence(side: CompiledSide, text: string, starts: number[]): Hit[][] {
  const bySentence: Hit[][] = starts.map(() => []);
  side.regex.lastIndex = 0;
  let sentence = 0;
  for (let m = side.regex.exec(text); m; m = side.regex.exec(text)) {
    if (letterOrDigitBefore(text, m.index)) {
      // Inside a word after all: no term starts here, and which term matched does not depend on
      // what comes before, so the search goes on from the next character, as the exact bound would.
      side.regex.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    while (sentence + 1 < starts.length && (starts[sentence + 1] ?? Infinity) <= m.index) sentence++;
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    bySentence[sentence]?.push({ weight: side.weights[group - 1] ?? 0, term: m[0] });
  }
  return bySentence;
}

/** Headline and lead: what the article is about, rather than what it mentions. */
const LEAD_SENTENCES = 3;
/** Pairings that start only after this share of the text are the background paragraph of wire stories. */
const LATE_START = 1 / 3;
/**
 * Up to this share of sentences, third parties are the sources and reactions any report on the two
 * carries (Seoul's spy agency, Washington's condemnation); only the excess says the text is about
 * them. A plain share would also count their absence as evidence for the topic, and an unrelated
 * story with one passing pairing names no third party at all.
 */
const USUAL_THIRD_PARTY_SHARE = 0.3;

/**
 * The features the model weighs, in the order of its weights. Counts enter as log(1 + n), so the
 * tenth pairing adds less than the second; shares divide by the number of sentences, so a
 * three-sentence report about North Korean soldiers is not outweighed by a long article that names
 * them twice in passing (topic classifiers normalise for length for the same reason). Features the
 * fit gave no weight on real articles (relation terms near pairings, neighbouring-sentence pairings,
 * the late-background flag, the share of paired sentences, a separate count of one side's people in
 * the other's country, which the fit gave no weight once such sentences count as pairings) were
 * dropped to keep the model small; the evidence still reports relation terms, neighbouring pairings
 * and places for the reader. Sentences naming a third party (Japan, South Korea, the US, NATO,
 * China, …) beyond the usual share tell a story about someone else that names the two together (a
 * Japanese white paper, a South Korean president's envoys, a Security Council vote) from one about
 * the two; paired sentences count too, since such stories pair the two inside the third party's.
 */
export const FEATURE_NAMES = [
  'pairedSentences',
  'leadPaired',
  'northKoreaShare',
  'bothSidesPersist',
  'listedWithOthers',
  'datasetClaims',
  'knownPeople',
  'thirdPartyExcess',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

/** What the features were computed from, for the evidence lines. */
export interface RelevanceFacts {
  sentences: number;
  pairedSentences: number;
  neighbourPairs: number;
  /** A pairing, neighbouring pair, place or front sentence among the first sentences. */
  leadPaired: boolean;
  /** Both sides named in one sentence among the first sentences. */
  leadBothNamed: boolean;
  lateOnly: boolean;
  nkSentences: number;
  ruSentences: number;
  /** Sentences naming a third state or body (Japan, South Korea, the US, NATO, China, …). */
  thirdPartySentences: number;
  relationTerms: [string, number][];
  /** Sentences where one side acts in a place of the other ("nordkoreanische Soldaten in Kursk"). */
  actorInPlace: number;
  actorInPlaceExample: string | undefined;
  /** Sentences with North Korea at Russia's war fronts ("Kiew hält nordkoreanische Soldaten gefangen"). */
  atFront: number;
  atFrontExample: string | undefined;
  /** Paired sentences that also name China, Iran or another state, as lists of states do. */
  listedWithOthers: number;
  examples: string[];
}

/** Dataset matches found in the same text (claims already limited to those made by its date). */
export interface DatasetHits {
  claims?: number;
  people?: number;
}

const shorten = (s: string) => (s.length > 120 ? `${s.slice(0, 117).trimEnd()}…` : s);

export function relevanceFeatures(
  text: string,
  lexicon: Lexicon,
  hits: DatasetHits = {},
): { features: Features; facts: RelevanceFacts } {
  const { ru, nk, rel, ruPlace, nkPlace, fronts, others, thirdParties, attribution } =
    compileLexicon(lexicon);
  const sentences = splitSentences(text);
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
  const ruPlaceHits = hitsBySentence(ruPlace, joined, starts);
  const nkPlaceHits = hitsBySentence(nkPlace, joined, starts);
  const frontHits = hitsBySentence(fronts, joined, starts);
  const otherHits = hitsBySentence(others, joined, starts);
  const attributionHits = hitsBySentence(attribution, joined, starts);
  const has = (hits: Hit[][], i: number) => (hits[i]?.length ?? 0) > 0;
  // A third party that is only the source ("nach Angaben aus Washington", "South Korea's military
  // said") does not make the story about it: short reports on the two cite Seoul and the US.
  // Third parties are the other states already read above and the further list (Japan, NATO, …).
  const thirdPartyHits = hitsBySentence(thirdParties, joined, starts).map((h, i) =>
    has(attributionHits, i) ? [] : [...(otherHits[i] ?? []), ...h],
  );

  let pairedSentences = 0;
  let listedWithOthers = 0;
  let neighbourPairs = 0;
  let leadPaired = false;
  let leadBothNamed = false;
  let firstPaired = -1;
  let actorInPlace = 0;
  let actorInPlaceExample: string | undefined;
  let atFront = 0;
  let atFrontExample: string | undefined;
  const relationTerms = new Map<string, number>();
  const examples: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const both = has(ruHits, i) && has(nkHits, i);
    const neighbour =
      !both &&
      ((has(ruHits, i) && has(nkHits, i + 1) && !has(ruHits, i + 1)) ||
        (has(nkHits, i) && has(ruHits, i + 1) && !has(nkHits, i + 1)));
    const inPlace =
      (has(nkHits, i) && has(ruPlaceHits, i) && !has(ruHits, i)) ||
      (has(ruHits, i) && has(nkPlaceHits, i) && !has(nkHits, i));
    // North Korea at Russia's war fronts (soldiers captured in Ukraine, shells at the front) is
    // North Korea in Russia's war; Russia there is just the war, so fronts count for one side only.
    const front = !inPlace && has(nkHits, i) && has(frontHits, i) && !has(ruHits, i);
    if (inPlace) {
      actorInPlace++;
      actorInPlaceExample ??= shorten(sentences[i]!);
    }
    if (front) {
      atFront++;
      atFrontExample ??= shorten(sentences[i]!);
    }
    if (!both && !neighbour && !inPlace && !front) continue;
    if (both) pairedSentences++;
    if (both && has(otherHits, i)) listedWithOthers++;
    else if (neighbour) neighbourPairs++;
    if (i < LEAD_SENTENCES) leadPaired = true;
    if (both && i < LEAD_SENTENCES) leadBothNamed = true;
    if (firstPaired < 0) firstPaired = i;
    if (both && examples.length < 3) examples.push(shorten(sentences[i]!));
    const nearby = neighbour ? [...(relHits[i] ?? []), ...(relHits[i + 1] ?? [])] : (relHits[i] ?? []);
    for (const h of nearby) {
      const key = h.term.toLowerCase();
      relationTerms.set(key, (relationTerms.get(key) ?? 0) + 1);
    }
  }

  const n = Math.max(sentences.length, 1);
  const nkSentences = nkHits.filter((h) => h.length).length;
  const ruSentences = ruHits.filter((h) => h.length).length;
  const thirdPartySentences = thirdPartyHits.filter((h) => h.length).length;
  const lateOnly = firstPaired >= 0 && !leadPaired && firstPaired >= n * LATE_START;
  const features: Features = {
    // One side's people in the other's country or at Russia's front pair the two as much as naming
    // both does: short war reports rarely name Russia next to its North Korean soldiers.
    pairedSentences: Math.log1p(pairedSentences + actorInPlace + atFront),
    leadPaired: leadPaired ? 1 : 0,
    northKoreaShare: nkSentences / n,
    bothSidesPersist: Math.log1p(Math.min(nkSentences, ruSentences + actorInPlace + atFront)),
    listedWithOthers: pairedSentences ? listedWithOthers / pairedSentences : 0,
    datasetClaims: Math.log1p(hits.claims ?? 0),
    knownPeople: Math.log1p(hits.people ?? 0),
    thirdPartyExcess: Math.max(0, thirdPartySentences / n - USUAL_THIRD_PARTY_SHARE),
  };
  const facts: RelevanceFacts = {
    sentences: sentences.length,
    pairedSentences,
    neighbourPairs,
    leadPaired,
    leadBothNamed,
    lateOnly,
    nkSentences,
    ruSentences,
    thirdPartySentences,
    relationTerms: [...relationTerms.entries()].sort((a, b) => b[1] - a[1]),
    actorInPlace,
    actorInPlaceExample,
    atFront,
    atFrontExample,
    listedWithOthers,
    examples,
  };
  return { features, facts };
}
