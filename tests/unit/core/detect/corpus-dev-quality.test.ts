import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, compileDatasetMatcher } from '../../../../core/analyze-text';
import { bundledDataset } from '../../../../core/dataset/bundled-dataset';
import { detectionModel } from '../../../../core/detect/detection-model';
import { readCorpusDev, type CorpusLabel } from '../../../../scripts/corpus/read-corpus-dev';
import { sharedDir } from '../../../shared-dir';

interface Figures {
  precision: number;
  recall: number;
}
interface Ratchet {
  measured: { de: Figures; en: Figures; maxFlagged: Record<'negative' | 'passing', number> };
  crossValidated: { de: Figures; en: Figures; maxPassingFlagged: number };
}

const ratchet = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../../quality/detection-ratchet.json'), 'utf8'),
) as Ratchet;
const corpusDir = sharedDir('corpus-dev', 'detection precision/recall on the real labelled articles');

const round = (x: number) => Math.round(x * 1000) / 1000;

describe.skipIf(!corpusDir)('detection on the real labelled articles of corpus-dev', () => {
  const items = corpusDir ? (readCorpusDev(corpusDir) ?? []) : [];
  const matcher = compileDatasetMatcher(bundledDataset);
  // The corpus date stands in for what readArticleDate finds on the page: claims made later do not count.
  const flagged = items.map(
    (item) => analyzeText(item.text, bundledDataset, matcher, item.date).detection.onTopic,
  );

  it('reads the whole corpus', () => {
    expect(items.length).toBeGreaterThanOrEqual(150);
    for (const lang of ['de', 'en'] as const) {
      for (const label of ['positive', 'negative', 'passing'] as const) {
        expect(items.some((i) => i.lang === lang && i.label === label)).toBe(true);
      }
    }
  });

  it('keeps precision and recall per language and the flags per label at the best reached so far', () => {
    const byLang = (lang: 'de' | 'en'): Figures => {
      const idx = items.map((_, i) => i).filter((i) => items[i]!.lang === lang);
      const tp = idx.filter((i) => flagged[i] && items[i]!.label === 'positive').length;
      const fp = idx.filter((i) => flagged[i] && items[i]!.label !== 'positive').length;
      const fn = idx.filter((i) => !flagged[i] && items[i]!.label === 'positive').length;
      return { precision: round(tp / (tp + fp || 1)), recall: round(tp / (tp + fn || 1)) };
    };
    const flaggedOf = (label: CorpusLabel) => items.filter((item, i) => item.label === label && flagged[i]);
    const figures = { de: byLang('de'), en: byLang('en') };
    const lines = (['de', 'en'] as const).map(
      (l) => `${l}: precision ${figures[l].precision.toFixed(3)} recall ${figures[l].recall.toFixed(3)}`,
    );
    const perLabel = (['positive', 'negative', 'passing'] as const).map(
      (label) =>
        `${label} flagged ${flaggedOf(label).length}/${items.filter((i) => i.label === label).length}`,
    );
    console.log(`corpus-dev detection: ${lines.join('; ')}; ${perLabel.join(', ')}`);
    const wrong = items.filter((item, i) => flagged[i] !== (item.label === 'positive')).map((i) => i.file);
    if (wrong.length) console.log(`  misclassified: ${wrong.join(', ')}`);

    for (const lang of ['de', 'en'] as const) {
      expect(figures[lang].precision, `${lang} precision`).toBeGreaterThanOrEqual(
        ratchet.measured[lang].precision,
      );
      expect(figures[lang].recall, `${lang} recall`).toBeGreaterThanOrEqual(ratchet.measured[lang].recall);
    }
    expect(flaggedOf('negative').length).toBeLessThanOrEqual(ratchet.measured.maxFlagged.negative);
    expect(flaggedOf('passing').length).toBeLessThanOrEqual(ratchet.measured.maxFlagged.passing);
  });

  it('ships a model whose cross-validated figures are no worse than the best fit so far', () => {
    const cv = detectionModel.crossValidated;
    for (const lang of ['de', 'en'] as const) {
      expect(cv[lang].precision, `${lang} CV precision`).toBeGreaterThanOrEqual(
        ratchet.crossValidated[lang].precision,
      );
      expect(cv[lang].recall, `${lang} CV recall`).toBeGreaterThanOrEqual(
        ratchet.crossValidated[lang].recall,
      );
    }
    expect(cv.passingFlagged).toBeLessThanOrEqual(ratchet.crossValidated.maxPassingFlagged);
    // The figures recorded at fit time must be what the shipped model does: a stale model file or
    // changed features show here.
    expect(detectionModel.fitted.passingFlagged).toBe(
      items.filter((item, i) => item.label === 'passing' && flagged[i]).length,
    );
  });
});
