import type { Lexicon } from '../../data/schema';
import { detectLanguage } from '../text/detect-language';
import type { Detection } from './detection';
import { contributions, detectionModel, probability, type DetectionModel } from './detection-model';
import {
  relevanceFeatures,
  type DatasetHits,
  type FeatureName,
  type RelevanceFacts,
} from './relevance-features';

export { compileLexicon } from './relevance-features';

/**
 * Only the first 30,000 characters (some 4,500 words) are read: what an article is about is
 * settled in its lead and first pages, and detection runs before the first highlight, so its cost
 * on a huge page is a wait the reader sees (a third of our script time on the bench's 500 KB page
 * when it read 100,000). The longest of the 35 real articles in ../shared/real-pages has 24,808
 * characters, and every corpus-dev item is shorter still, so real news is read whole.
 */
export const MAX_DETECTION_CHARS = 30_000;

/** How the popup names a feature when it says what weighed most: above and below its usual value. */
const FEATURE_LABELS: Record<FeatureName, { more: string; less: string }> = {
  pairedSentences: {
    more: "both named in one sentence (or one side's people in the other's country)",
    less: 'rarely named in one sentence',
  },
  leadPaired: { more: 'paired in the headline or lead', less: 'not paired in the headline or lead' },
  northKoreaShare: {
    more: 'much of the text about North Korea',
    less: 'little of the text about North Korea',
  },
  bothSidesPersist: { more: 'both sides keep coming back', less: 'one side named only now and then' },
  listedWithOthers: {
    more: 'paired in lists with other states',
    less: 'paired on their own, not in lists of states',
  },
  datasetClaims: { more: 'claims from the dataset', less: 'no claim from the dataset' },
  knownPeople: { more: 'known experts and officials', less: 'no known expert or official' },
  thirdPartyExcess: {
    more: 'most of the text about third parties (Japan, South Korea, the US, China, …)',
    less: 'not mostly about third parties',
  },
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describe(facts: RelevanceFacts, hits: DatasetHits): string[] {
  const evidence: string[] = [];
  evidence.push(
    `Russia and North Korea named together in ${plural(facts.pairedSentences, 'sentence')}` +
      (facts.neighbourPairs ? ` (and in neighbouring sentences)` : ''),
  );
  if (facts.leadBothNamed) evidence.push('both named in the headline or lead');
  else if (facts.leadPaired)
    evidence.push("one side's people in the other's country or at Russia's front in the headline or lead");
  if (facts.lateOnly) evidence.push('named together only late in the text, as background');
  if (facts.actorInPlace) {
    evidence.push(
      `one side's people in the other's country in ${plural(facts.actorInPlace, 'sentence')}: “${facts.actorInPlaceExample}”`,
    );
  }
  if (facts.atFront) {
    evidence.push(
      `North Korea at Russia's war front in ${plural(facts.atFront, 'sentence')}: “${facts.atFrontExample}”`,
    );
  }
  if (facts.listedWithOthers) {
    evidence.push(
      `${plural(facts.listedWithOthers, 'pairing')} in a list with other states (China, Iran, …)`,
    );
  }
  if (facts.relationTerms.length) {
    const top = facts.relationTerms.slice(0, 6);
    evidence.push(`relation terms: ${top.map(([t, n]) => `${t} ×${n}`).join(', ')}`);
  }
  evidence.push(
    `North Korea in ${facts.nkSentences}, Russia in ${facts.ruSentences} of ${facts.sentences} sentences`,
  );
  if (facts.thirdPartySentences) {
    evidence.push(
      `third parties (Japan, South Korea, the US, China, …) in ${facts.thirdPartySentences} of ${facts.sentences} sentences`,
    );
  }
  if (hits.claims || hits.people) {
    evidence.push(`known claims: ${hits.claims ?? 0}, known experts and officials: ${hits.people ?? 0}`);
  }
  return evidence;
}

/**
 * How likely an article is about Russia–North Korea relations, and why. The features (pairings of
 * the two sides, relation terms where they are paired, the lead, one side's people in the other's
 * country, what the dataset recognised) are weighed by a logistic model fitted on real labelled
 * articles; the score is its probability. The evidence says what was found and which features
 * weighed most for the verdict, so the popup can explain itself.
 */
export function scoreRelevance(
  text: string,
  lexicon: Lexicon,
  hits: DatasetHits = {},
  model: DetectionModel = detectionModel,
): Detection {
  const read = text.length > MAX_DETECTION_CHARS ? text.slice(0, MAX_DETECTION_CHARS) : text;
  const { features, facts } = relevanceFeatures(read, lexicon, hits);
  const p = probability(model, features);
  const onTopic = p >= model.threshold;
  const evidence = describe(facts, hits);
  // The features that pushed hardest towards the verdict, so the reader sees why, not just what. An
  // on-topic verdict is explained by what the text has before what it lacks: "paired on their own,
  // not in lists of states" is true of most short reports and tells the reader little.
  const present = (z: number) => (onTopic && z < 0 ? 0 : 1);
  const decisive = [...contributions(model, features)]
    .filter(([, c]) => (onTopic ? c.logOdds > 0.25 : c.logOdds < -0.25))
    .sort((a, b) => present(b[1].z) - present(a[1].z) || Math.abs(b[1].logOdds) - Math.abs(a[1].logOdds))
    .slice(0, 3)
    .map(([name, c]) => FEATURE_LABELS[name][c.z >= 0 ? 'more' : 'less']);
  if (decisive.length)
    evidence.push(`${onTopic ? 'weighed most for' : 'weighed most against'}: ${decisive.join('; ')}`);
  for (const e of facts.examples) evidence.push(`“${e}”`);
  return { onTopic, score: Math.round(p * 100) / 100, lang: detectLanguage(read), evidence };
}
