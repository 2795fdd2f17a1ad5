import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as v from 'valibot';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledDataset } from '@/core/dataset/bundled-dataset';
import { claimReviews } from '@/core/dataset/claim-review';
import { fixtureDataset } from '../components/popover/fixture-dataset';

const repoRoot = path.resolve(__dirname, '../../..');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'kontext-claimreview-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const Text = v.pipe(v.string(), v.minLength(1));
const IsoDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/));
const Organization = v.strictObject({ '@type': v.literal('Organization'), name: Text });
const CreativeWork = v.strictObject({
  '@type': v.literal('CreativeWork'),
  headline: Text,
  datePublished: IsoDate,
  inLanguage: Text,
  publisher: Organization,
  url: v.optional(v.pipe(v.string(), v.url())),
});
/** What schema.org and the fact-check markup guidelines ask of a ClaimReview. */
const ClaimReviewSchema = v.strictObject({
  '@type': v.literal('ClaimReview'),
  '@id': v.pipe(v.string(), v.startsWith('urn:kontext:claim:')),
  claimReviewed: Text,
  inLanguage: v.literal('en'),
  author: v.strictObject({ '@type': v.literal('Organization'), name: v.literal('Kontext') }),
  datePublished: IsoDate,
  itemReviewed: v.strictObject({
    '@type': v.literal('Claim'),
    author: v.strictObject({ '@type': v.picklist(['Person', 'Organization']), name: Text }),
    datePublished: IsoDate,
    appearance: v.pipe(v.array(CreativeWork), v.minLength(1)),
  }),
  reviewRating: v.pipe(
    v.strictObject({
      '@type': v.literal('Rating'),
      ratingValue: v.number(),
      bestRating: v.literal(5),
      worstRating: v.literal(1),
      alternateName: Text,
      ratingExplanation: Text,
    }),
    v.check((r) => r.ratingValue >= r.worstRating && r.ratingValue <= r.bestRating, 'rating out of range'),
  ),
  citation: v.pipe(v.array(CreativeWork), v.minLength(1)),
});
const DocumentSchema = v.strictObject({
  '@context': v.literal('https://schema.org'),
  '@graph': v.array(ClaimReviewSchema),
});

describe('npm run data:claimreview', () => {
  // Spawning tsx takes seconds on a loaded machine: room for it, not a performance check.
  it('writes one well-formed ClaimReview for every claim that has a status', { timeout: 60_000 }, () => {
    const out = path.join(dir, 'claimreview.jsonld');
    const run = spawnSync(tsx, ['scripts/data-claimreview.ts', out], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const written: unknown = JSON.parse(readFileSync(out, 'utf8'));
    const parsed = v.safeParse(DocumentSchema, written);
    expect(parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`) ?? []).toEqual([]);
    const reviewed = parsed.success ? parsed.output['@graph'].map((r) => r['@id']) : [];
    expect(reviewed).toEqual(
      bundledDataset.claims.filter((c) => c.status).map((c) => `urn:kontext:claim:${c.id}`),
    );
  });
});

describe('claimReviews', () => {
  const [review] = claimReviews(fixtureDataset)['@graph'];

  it('reviews the claim as made: statement, author, date and where it appeared', () => {
    expect(v.safeParse(ClaimReviewSchema, review).success).toBe(true);
    expect(claimReviews(fixtureDataset)['@graph']).toHaveLength(1);
    expect(review!.claimReviewed).toBe('Many shells were delivered.');
    expect(review!.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Ben Sample' });
    expect(review!.itemReviewed.datePublished).toBe('2024-06-19');
    expect(review!.itemReviewed.appearance.map((w) => w.url)).toEqual(['https://example.org/article']);
  });

  it('rates it by its status, dates the review by the status, and cites status and counter sources once each', () => {
    expect(review!.datePublished).toBe('2025-02-01');
    expect(review!.reviewRating).toMatchObject({ ratingValue: 2, alternateName: 'Superseded' });
    expect(review!.reviewRating.ratingExplanation).toBe('Later figures replace it.');
    expect(review!.citation.map((w) => w.headline)).toEqual([
      'Follow-up',
      'Annual report',
      'An English title',
      'Ein Titel auf Deutsch',
    ]);
  });
});
