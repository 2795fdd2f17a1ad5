import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, compileDatasetMatcher } from '../../../core/analyze-text';
import { bundledDataset } from '../../../core/dataset/bundled-dataset';
import { lookupClaim } from '../../../scripts/coverage/claim-map';
import { readCorpusDev } from '../../../scripts/corpus/read-corpus-dev';
import { sharedDir } from '../../shared-dir';

const quality = path.resolve(__dirname, '../../quality');
const { claims: claimMap, unannotatedButStated } = JSON.parse(
  readFileSync(path.join(quality, 'claim-map.json'), 'utf8'),
) as {
  claims: Record<string, string | null>;
  /** "<item file> <claim id>" → why that item states the claim though no annotated string names it. */
  unannotatedButStated: Record<string, string>;
};
const ratchet = JSON.parse(readFileSync(path.join(quality, 'claim-pattern-ratchet.json'), 'utf8')) as {
  precision: number;
  minHits: number;
};
const corpusDir = sharedDir('corpus-dev', 'claim-pattern precision against the annotated claims');

describe('the claim map', () => {
  it('reviews unannotated hits one by one, each with its reason', () => {
    for (const [hit, why] of Object.entries(unannotatedButStated)) {
      expect(hit).toMatch(/^(?:pos|neg|passing)_(?:de|en)_\d{3}\.txt [a-z0-9-]+$/);
      expect(why.length, hit).toBeGreaterThan(20);
    }
  });

  it('maps annotated claims only to claims the dataset has', () => {
    const ids = new Set(bundledDataset.claims.map((c) => c.id));
    for (const [annotated, id] of Object.entries(claimMap))
      if (id !== null) expect(ids.has(id), annotated).toBe(true);
  });
});

describe.skipIf(!corpusDir)('claim patterns on the real labelled articles of corpus-dev', () => {
  const items = corpusDir ? (readCorpusDev(corpusDir) ?? []) : [];
  const matcher = compileDatasetMatcher(bundledDataset);
  const hits = items.flatMap((item) =>
    analyzeText(item.text, bundledDataset, matcher, item.date).claims.map((c) => ({ item, id: c.id })),
  );

  it('has a reviewed mapping for every annotated claim of an article where a pattern fires', () => {
    const unreviewed = hits.flatMap(({ item }) => item.claims.filter((c) => !lookupClaim(claimMap, c)));
    expect(unreviewed).toEqual([]);
  });

  it('finds claims where the annotators saw them, at the best precision reached so far', () => {
    const wrong = hits.filter(
      ({ item, id }) =>
        !item.claims.some((c) => lookupClaim(claimMap, c)?.id === id) &&
        !(`${item.file} ${id}` in unannotatedButStated),
    );
    const precision = Math.round(((hits.length - wrong.length) / (hits.length || 1)) * 1000) / 1000;
    const perClaim = new Map<string, [right: number, all: number]>();
    for (const h of hits) {
      const [right, all] = perClaim.get(h.id) ?? [0, 0];
      perClaim.set(h.id, [right + (wrong.includes(h) ? 0 : 1), all + 1]);
    }
    console.log(
      `corpus-dev claim patterns: precision ${precision.toFixed(3)} (${hits.length - wrong.length}/${hits.length} hits); ` +
        [...perClaim].map(([id, [r, a]]) => `${id} ${r}/${a}`).join(', '),
    );
    if (wrong.length)
      console.log(`  not annotated: ${wrong.map((w) => `${w.item.file} ${w.id}`).join(', ')}`);
    expect(hits.length).toBeGreaterThanOrEqual(ratchet.minHits);
    expect(precision).toBeGreaterThanOrEqual(ratchet.precision);
  });
});
