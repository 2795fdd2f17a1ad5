/**
 * `npm run data:literals`: writes core/claims/claim-literals.json, the literals every claim
 * pattern's matches contain, so the content script can skip a pattern whose words a page lacks
 * without parsing 200 regexes at start. Run it after changing claim patterns (a test says when).
 */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { bundledDataset } from '../core/dataset/bundled-dataset';
import { claimLiteralsTable } from './claims/claim-literals-table';

const file = 'core/claims/claim-literals.json';
const table = claimLiteralsTable(bundledDataset.claims);
// In the repository's own format, so that `npm test`'s Prettier check passes as written.
writeFileSync(file, await format(JSON.stringify(table), { ...(await resolveConfig(file)), filepath: file }));
console.log(`${Object.keys(table).length} patterns with literals written to ${file}`);
