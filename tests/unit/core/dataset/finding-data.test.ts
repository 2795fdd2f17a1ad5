import { describe, expect, it } from 'vitest';
import { analyzeText, compileDatasetMatcher } from '@/core/analyze-text';
import { bundledDataset } from '@/core/dataset/bundled-dataset';
import { toFindingData } from '@/core/dataset/finding-data';

const finding = toFindingData(bundledDataset);

describe('toFindingData', () => {
  it('finds on the slim view exactly what the full dataset finds', () => {
    const cha = bundledDataset.people.find((p) => p.id === 'victor-cha')!;
    const text = `${cha.aliases[0]!.text} said North Korea sent Russia artillery shells and ballistic missiles in 2024; Moscow and Pyongyang signed a treaty.`;
    const fromFull = analyzeText(text, bundledDataset, compileDatasetMatcher(bundledDataset), '2024-11-01');
    const fromSlim = analyzeText(text, finding, compileDatasetMatcher(finding), '2024-11-01');
    expect(fromSlim).toEqual(fromFull);
    expect(fromSlim.experts.map((e) => e.id)).toContain('victor-cha');
  });

  it('carries no card content: no bios, roles, timelines or sources', () => {
    const json = JSON.stringify(finding);
    for (const field of ['"bio"', '"roles"', '"timeline"', '"sources"', '"status"', '"counters"'])
      expect(json).not.toContain(field);
    expect(json.length * 3).toBeLessThan(JSON.stringify(bundledDataset).length);
  });

  it('keeps out people who are never highlighted, and the date each claim was made', () => {
    expect(finding.people.every((p) => p.highlight)).toBe(true);
    expect(finding.people.length).toBe(bundledDataset.people.filter((p) => p.highlight).length);
    expect(finding.claims.map((c) => c.madeBy.date)).toEqual(bundledDataset.claims.map((c) => c.madeBy.date));
  });
});
