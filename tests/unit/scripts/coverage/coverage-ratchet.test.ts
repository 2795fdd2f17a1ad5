import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDatasetMatcher } from '../../../../core/analyze-text';
import { bundledDataset } from '../../../../core/dataset/bundled-dataset';
import { readCorpusDev } from '../../../../scripts/corpus/read-corpus-dev';
import { lookupClaim } from '../../../../scripts/coverage/claim-map';
import { formatCoverage, measureCoverage, rate } from '../../../../scripts/coverage/measure-coverage';
import { sharedDir } from '../../../shared-dir';

const quality = path.resolve(__dirname, '../../../quality');
const readJson = <T>(file: string) => JSON.parse(readFileSync(path.join(quality, file), 'utf8')) as T;
const claimMap = readJson<{ claims: Record<string, string | null> }>('claim-map.json').claims;
const heads = readJson<{ names: string[] }>('heads-of-state.json').names;
type Figures = Record<'all' | 'de' | 'en', number>;
const ratchet = readJson<{ people: Figures; claims: Figures }>('coverage-ratchet.json');
const corpusDir = sharedDir('corpus-dev', 'dataset coverage of the annotated people and claims');

describe.skipIf(!corpusDir)('dataset coverage of the on-topic items of corpus-dev', () => {
  const items = corpusDir ? (readCorpusDev(corpusDir) ?? []) : [];
  const coverage = measureCoverage(
    items,
    bundledDataset,
    compileDatasetMatcher(bundledDataset),
    claimMap,
    heads,
  );

  it('maps every annotated claim of an on-topic item, to a dataset claim or to none', () => {
    const unmapped = items
      .filter((i) => i.label === 'positive')
      .flatMap((i) => i.claims.filter((c) => !lookupClaim(claimMap, c)));
    expect(unmapped).toEqual([]);
  });

  it('finds people and claims at the best coverage reached so far', () => {
    console.log(`corpus-dev coverage:\n${formatCoverage(coverage)}`);
    for (const lang of ['all', 'de', 'en'] as const) {
      expect(rate(coverage.people[lang]), `people ${lang}`).toBeGreaterThanOrEqual(ratchet.people[lang]);
      expect(rate(coverage.claims[lang]), `claims ${lang}`).toBeGreaterThanOrEqual(ratchet.claims[lang]);
    }
  });
});
