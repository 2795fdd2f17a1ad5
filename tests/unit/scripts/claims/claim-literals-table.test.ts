import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../../core/dataset/bundled-dataset';
import stored from '../../../../core/claims/claim-literals.json';
import { claimLiteralsTable } from '../../../../scripts/claims/claim-literals-table';

describe('core/claims/claim-literals.json', () => {
  it('is current with the dataset (else: npm run data:literals)', () => {
    expect(stored).toEqual(claimLiteralsTable(bundledDataset.claims));
  });
});
