import { describe, expect, it } from 'vitest';
import { normalizeForAnalysis, normalizeName } from '../../../../core/text/normalize-text';

describe('normalizeName', () => {
  it('brings spelling variants of one name to one key', () => {
    const key = normalizeName('Rüdiger Frank');
    for (const variant of [
      'Rüdiger Frank'.normalize('NFD'),
      'Rü\u00ADdiger\u00A0Frank',
      ' RÜDIGER  FRANK ',
    ]) {
      expect(normalizeName(variant)).toBe(key);
    }
    expect(normalizeName('Kim Jong\u2011un')).toBe(normalizeName('Kim Jong-un'));
  });
});

describe('normalizeForAnalysis', () => {
  it('composes letters, drops invisible characters and unifies spaces, keeping case', () => {
    expect(normalizeForAnalysis('Nord\u00ADkorea\u00A0und Ru\u0308ckzug')).toBe('Nordkorea und Rückzug');
  });
});
