/**
 * `npm run data:literals`: writes core/claims/claim-literals.json, the literals every claim
 * pattern's matches contain, so the content script can skip a pattern whose words a page lacks
 * without parsing 200 regexes at start. Run it after changing claim patterns (a test says when).
 */
import { writeFileSync } from 'node:fs';
import { bundledDataset } from '../core/dataset/bundled-dataset';
import { claimLiteralsTable } from './claims/claim-literals-table';

const table = claimLiteralsTable(bundledDataset.claims);
writeFileSync('core/claims/claim-literals.json', `${JSON.stringify(table, null, 2)}\n`);
console.log(`${Object.keys(table).length} patterns with literals written to core/claims/claim-literals.json`);
