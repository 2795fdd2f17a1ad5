import { describe, expect, it } from 'vitest';
import { bundledDataset } from '../../../core/dataset/bundled-dataset';
import { claimPatternEntries } from '../../../core/claims/compile-claim-patterns';
import { expandNumberPlaceholders } from '../../../core/claims/expand-number-placeholders';
import { MAX_CLAIM_REACH } from '../../../core/matcher/compile-matcher';
import { regexReach } from '../../../core/matcher/regex-reach';
import { withoutCaptures, withQuickStart } from '../../../core/matcher/regex-source';

describe('claim patterns', () => {
  it('each read at most MAX_CLAIM_REACH characters either side of where a match starts, so a scan in windows finds them all', () => {
    const over = claimPatternEntries(bundledDataset.claims)
      .map((p) => ({
        id: p.id,
        ...regexReach(withQuickStart(withoutCaptures(expandNumberPlaceholders(p.source)))),
      }))
      // One character more each way: the word edges the matcher adds around every pattern.
      .filter((p) => p.ahead + 1 > MAX_CLAIM_REACH || p.back + 1 > MAX_CLAIM_REACH);
    expect(over).toEqual([]);
  });
});
