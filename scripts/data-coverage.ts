/**
 * `npm run data:coverage`: person-mention and claim coverage of the dataset on the on-topic items
 * of ../shared/corpus-dev, overall and per language, then what is missing, most frequent first.
 */
import { readFileSync } from 'node:fs';
import { compileDatasetMatcher } from '../core/analyze-text';
import { bundledDataset } from '../core/dataset/bundled-dataset';
import { corpusDevDir, readCorpusDev } from './corpus/read-corpus-dev';
import { formatCoverage, measureCoverage } from './coverage/measure-coverage';

const quality = new URL('../tests/quality/', import.meta.url);
const claimMap = (
  JSON.parse(readFileSync(new URL('claim-map.json', quality), 'utf8')) as {
    claims: Record<string, string | null>;
  }
).claims;
const heads = (
  JSON.parse(readFileSync(new URL('heads-of-state.json', quality), 'utf8')) as { names: string[] }
).names;

const items = readCorpusDev();
if (!items) {
  process.stderr.write(`data:coverage needs the labelled corpus at ${corpusDevDir}\n`);
  process.exit(2);
}
const coverage = measureCoverage(
  items,
  bundledDataset,
  compileDatasetMatcher(bundledDataset),
  claimMap,
  heads,
);
const list = (rows: [string, number][]) => rows.map(([s, n]) => `  ${n}× ${s}`).join('\n');
process.stdout.write(
  `${formatCoverage(coverage)}\n\nmissing people:\n${list(coverage.missingPeople)}\n\nmissing claims:\n${list(coverage.missingClaims)}\n`,
);
