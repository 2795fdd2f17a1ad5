/*
 * The fitted topic model: a logistic regression over the features of relevance-features.ts, its
 * weights and threshold fitted on the labelled real articles of ../shared/corpus-dev by
 * `npm run detect:fit` (scripts/detect-fit.ts), which writes detection-model.json. Nothing here is
 * tuned by hand; to change the model, change the features or the corpus and fit again.
 */
import fitted from './detection-model.json';
import type { FeatureName, Features } from './relevance-features';

export interface LanguageFigures {
  precision: number;
  recall: number;
}

export interface ModelFigures {
  de: LanguageFigures;
  en: LanguageFigures;
  passingFlagged: number;
  passingItems: number;
}

export interface DetectionModel {
  $comment?: string;
  fittedOn: string;
  corpus: string;
  features: FeatureName[];
  /** Each feature is standardised with the corpus mean and standard deviation before weighing. */
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** L2 penalty the weights were fitted with. */
  l2: number;
  /** Probability from which an article counts as on topic. */
  threshold: number;
  fitted: ModelFigures;
  crossValidated: ModelFigures & { folds: number; seed: number };
}

/** Each feature's standardised value and what it adds to the log-odds of this text being on topic. */
export function contributions(
  model: DetectionModel,
  features: Features,
): Map<FeatureName, { z: number; logOdds: number }> {
  const out = new Map<FeatureName, { z: number; logOdds: number }>();
  model.features.forEach((name, i) => {
    const z = (features[name] - (model.mean[i] ?? 0)) / (model.scale[i] || 1);
    out.set(name, { z, logOdds: z * (model.weights[i] ?? 0) });
  });
  return out;
}

/** The model's probability that the text is about Russia–North Korea relations. */
export function probability(model: DetectionModel, features: Features): number {
  let logit = model.bias;
  for (const { logOdds } of contributions(model, features).values()) logit += logOdds;
  return 1 / (1 + Math.exp(-logit));
}

/** The committed model (a unit test checks it was fitted on the features this build computes). */
export const detectionModel = fitted as DetectionModel;
