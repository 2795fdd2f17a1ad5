import { describe, expect, it } from 'vitest';
import { fitLogistic, predict, stratifiedFolds } from '../../../../scripts/detect/fit-logistic';

describe('fitLogistic', () => {
  // One informative feature and one that is noise: the fit must lean on the first.
  const rows = Array.from({ length: 40 }, (_, i) => [
    i % 2 === 0 ? 2 + (i % 5) * 0.1 : -1 - (i % 3) * 0.2,
    (i * 7) % 5,
  ]);
  const labels = rows.map((_, i) => i % 2 === 0);

  it('separates the classes and weighs the informative feature far above the noise', () => {
    const fit = fitLogistic(rows, labels, 1);
    expect(rows.every((r, i) => predict(fit, r) >= 0.5 === labels[i])).toBe(true);
    expect(fit.weights[0]!).toBeGreaterThan(1);
    expect(Math.abs(fit.weights[1]!)).toBeLessThan(0.5);
  });

  it('shrinks the weights as the L2 penalty grows', () => {
    const loose = fitLogistic(rows, labels, 0.1);
    const tight = fitLogistic(rows, labels, 20);
    expect(Math.abs(tight.weights[0]!)).toBeLessThan(Math.abs(loose.weights[0]!));
  });
});

describe('stratifiedFolds', () => {
  const strata = [
    ...Array(10).fill('pos/de'),
    ...Array(6).fill('passing/en'),
    ...Array(4).fill('neg/de'),
  ] as string[];

  it('spreads every stratum evenly over the folds', () => {
    const folds = stratifiedFolds(strata, 2, 7);
    for (const s of new Set(strata)) {
      const inFold0 = strata.filter((x, i) => x === s && folds[i] === 0).length;
      const all = strata.filter((x) => x === s).length;
      expect(Math.abs(inFold0 - all / 2)).toBeLessThanOrEqual(0.5);
    }
  });

  it('gives the same folds for the same seed and other folds for another', () => {
    expect(stratifiedFolds(strata, 5, 7)).toEqual(stratifiedFolds(strata, 5, 7));
    expect(stratifiedFolds(strata, 5, 7)).not.toEqual(stratifiedFolds(strata, 5, 8));
  });
});
