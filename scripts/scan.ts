/**
 * `npm run -s scan -- [--json] [--date YYYY-MM-DD] FILE...`: topic verdict, experts and claims for
 * .txt and .html files. Claims made after the article's date do not match: pages state their date,
 * plain text takes it from --date, and without either the latest year the text names sets the
 * limit. With --json, exactly one JSON array on stdout; otherwise a table.
 */
import { compileDatasetMatcher } from '../core/analyze-text';
import { bundledDataset } from '../core/dataset/bundled-dataset';
import { formatTable, scanFile } from './scan/scan-file';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dateAt = args.indexOf('--date');
const date = dateAt >= 0 ? args[dateAt + 1] : undefined;
const files = args.filter((a, i) => a !== '--json' && (dateAt < 0 || (i !== dateAt && i !== dateAt + 1)));
const unknown = files.filter((f) => f.startsWith('--'));
const badDate = dateAt >= 0 && !/^\d{4}-\d{2}(?:-\d{2})?$/.test(date ?? '');
if (!files.length || unknown.length || badDate) {
  process.stderr.write('usage: npm run -s scan -- [--json] [--date YYYY-MM-DD] FILE...\n');
  process.exit(2);
}

const matcher = compileDatasetMatcher(bundledDataset);
const results = files.map((f) => scanFile(f, bundledDataset, matcher, date));
process.stdout.write(json ? `${JSON.stringify(results, null, 2)}\n` : `${formatTable(results)}\n`);
