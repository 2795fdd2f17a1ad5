/*
 * Main-text extraction on 35 real pages (../shared/real-pages, read at test time), measured against
 * what Mozilla Readability's own test suite expects from each page: the words Kontext scores for
 * topic detection should be the article's words, neither the page chrome's nor fewer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockText, extractMainText } from '../../../../core/extract/extract-main-text';
import { sharedDir } from '../../../shared-dir';

/** What each page reached so far: a page may do better, never worse. Raise it when it improves. */
const RATCHET_FILE = path.join(__dirname, 'extraction-quality.ratchet.json');
/** What every page must reach whatever the ratchet says: the target of issue #16. */
const TARGET = 0.9;

interface Score {
  precision: number;
  recall: number;
}

const load = (html: string) => parseHTML(html).document as unknown as Document;

/**
 * The words of a text after folding whitespace, as a bag: how often each occurs. Both sides are read
 * by blocks (`blockText`), so adjacent paragraphs never run into one word.
 */
function bagOfWords(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of text.split(/\s+/)) if (word) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

const size = (bag: Map<string, number>) => [...bag.values()].reduce((a, b) => a + b, 0);

/** Words found that the truth also has, counted no more often than the truth has them. */
function overlap(found: Map<string, number>, truth: Map<string, number>): number {
  let shared = 0;
  for (const [word, n] of found) shared += Math.min(n, truth.get(word) ?? 0);
  return shared;
}

const realPages = sharedDir('real-pages', 'main-text extraction measured on the real pages');
const folders = realPages
  ? readdirSync(realPages)
      .filter((f) => !f.includes('.'))
      .sort()
  : [];
const ratchet = JSON.parse(readFileSync(RATCHET_FILE, 'utf8')) as Record<string, Score>;

/** Extracts each page once; the per-page tests and the overall figure share the counts. */
const measured = new Map<string, { shared: number; found: number; truth: number }>();
function measure(folder: string) {
  const known = measured.get(folder);
  if (known) return known;
  const read = (file: string) => readFileSync(path.join(realPages!, folder, file), 'utf8');
  const found = bagOfWords(extractMainText(load(read('source.html'))).text);
  const truthDoc = load(`<!doctype html><html><body>${read('expected.html')}</body></html>`);
  const truth = bagOfWords(blockText(truthDoc.body));
  const counts = { shared: overlap(found, truth), found: size(found), truth: size(truth) };
  measured.set(folder, counts);
  return counts;
}

const round = (x: number) => Math.floor(x * 1000) / 1000;

describe.skipIf(!realPages)('extractMainText against Readability’s expected article on real pages', () => {
  it('has a ratchet entry for every real page, none below the target', () => {
    expect(Object.keys(ratchet).sort()).toEqual(folders);
    expect(folders).toHaveLength(35);
    for (const score of Object.values(ratchet)) {
      expect(score.precision).toBeGreaterThanOrEqual(TARGET);
      expect(score.recall).toBeGreaterThanOrEqual(TARGET);
    }
  });

  it.each(folders)('%s: word precision and recall hold the ratchet', (folder) => {
    const { shared, found, truth } = measure(folder);
    const score = { precision: round(shared / found), recall: round(shared / truth) };
    console.log(
      `extraction ${folder}: precision ${score.precision.toFixed(3)} recall ${score.recall.toFixed(3)} (${found} words found, ${truth} expected)`,
    );
    expect(score.precision).toBeGreaterThanOrEqual(ratchet[folder]!.precision);
    expect(score.recall).toBeGreaterThanOrEqual(ratchet[folder]!.recall);
  });

  it('reports the overall figures over all words of all pages', () => {
    const all = folders.map(measure);
    const shared = all.reduce((n, c) => n + c.shared, 0);
    const precision = shared / all.reduce((n, c) => n + c.found, 0);
    const recall = shared / all.reduce((n, c) => n + c.truth, 0);
    console.log(
      `extraction overall (${folders.length} pages): precision ${precision.toFixed(3)} recall ${recall.toFixed(3)}`,
    );
    expect(precision).toBeGreaterThanOrEqual(TARGET);
    expect(recall).toBeGreaterThanOrEqual(TARGET);
  });
});
