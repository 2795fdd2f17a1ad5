/**
 * `npm run data:claimreview [-- <file>]`: writes the claims as schema.org ClaimReview JSON-LD
 * (default data-output/claimreview.jsonld), for fact-checking tools and search engines.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundledDatasetInput } from '../core/dataset/bundled-dataset';
import { claimReviews } from '../core/dataset/claim-review';
import { validateDataset } from '../core/dataset/validate-dataset';

const out = path.resolve(process.argv[2] ?? 'data-output/claimreview.jsonld');
const { dataset, problems } = validateDataset(bundledDatasetInput);
const broken = problems.filter((p) => p.rule === 'structure');
if (!dataset || broken.length > 0) {
  console.error(`data/ does not validate (${broken.length} problems); nothing written`);
  process.exit(1);
}
const document = claimReviews(dataset);
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
const skipped = dataset.claims.length - document['@graph'].length;
console.log(`${document['@graph'].length} ClaimReviews written to ${out}`);
if (skipped > 0) console.log(`${skipped} claims have no status yet and were left out`);
