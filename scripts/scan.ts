/**
 * `npm run -s scan -- [--json] FILE...`: topic verdict, experts and claims for .txt and .html
 * files. With --json, exactly one JSON array on stdout; otherwise a table.
 */
import { compileDatasetMatcher } from '../core/analyze-text';
import { bundledDataset } from '../core/dataset/bundled-dataset';
import { formatTable, scanFile } from './scan/scan-file';

const args = process.argv.slice(2);
const json = args.includes('--json');
const files = args.filter((a) => a !== '--json');
const unknown = files.filter((f) => f.startsWith('--'));
if (!files.length || unknown.length) {
  process.stderr.write('usage: npm run -s scan -- [--json] FILE...\n');
  process.exit(2);
}

const matcher = compileDatasetMatcher(bundledDataset);
const results = files.map((f) => scanFile(f, bundledDataset, matcher));
process.stdout.write(json ? `${JSON.stringify(results, null, 2)}\n` : `${formatTable(results)}\n`);
