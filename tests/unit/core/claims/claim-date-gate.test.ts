import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../../core/analyze-text';
import { claimsMatchableAt, madeBefore } from '../../../../core/claims/claim-date-gate';
import { bundledDataset } from '../../../../core/dataset/bundled-dataset';

const claims = bundledDataset.claims;
const claim = (id: string) => claims.find((c) => c.id === id)!;

describe('madeBefore', () => {
  it('compares at the precision both dates have', () => {
    expect(madeBefore('2024-10', '2024-10-01')).toBe(true);
    expect(madeBefore('2024-10', '2024-09-30')).toBe(false);
    expect(madeBefore('2024-06-19', '2024-06')).toBe(true);
    expect(madeBefore('2024-06-19', '2024-06-18')).toBe(false);
    expect(madeBefore('2018', '2018-01-01')).toBe(true);
  });
});

describe('claimsMatchableAt', () => {
  it("keeps out claims made after the article's date", () => {
    const ids = claimsMatchableAt(claims, { published: '2024-03-01', text: '' });
    expect(ids.has('kirby-1000-containers')).toBe(true); // 2023-10-13
    expect(ids.has('panel-of-experts-veto-2024')).toBe(false); // 2024-03-28
    expect(ids.has('nk-troops-in-kursk')).toBe(false); // 2024-10
  });

  it('without a date, bounds the article by the latest year it names, and allows all when it names none', () => {
    const ids = claimsMatchableAt(claims, {
      text: 'Der Start im April 2009 verstieß gegen die Resolution von 2006.',
    });
    expect(ids.has('no-new-un-sanctions-since-2017')).toBe(false); // made 2022
    expect(ids.has('summit-2019-vladivostok')).toBe(false);
    expect(claimsMatchableAt(claims, { text: 'Im Jahr 2024 unterzeichnet.' }).has('nk-troops-in-kursk')).toBe(
      true,
    );
    expect(claimsMatchableAt(claims, { text: 'Ohne Jahreszahl.' }).size).toBe(claims.length);
  });
});

describe('analyzeText with the article date', () => {
  const text =
    'Nordkorea soll Russland mehr als 1.000 Container mit Munition geliefert haben. Moskau und Pjöngjang bestreiten das.';
  it('finds a claim in an article written after it and not in one written before', () => {
    expect(claim('kirby-1000-containers').madeBy.date).toBe('2023-10-13');
    const ids = (published?: string) =>
      analyzeText(text, bundledDataset, undefined, published).claims.map((c) => c.id);
    expect(ids('2023-11-02')).toContain('kirby-1000-containers');
    expect(ids('2023-05-02')).not.toContain('kirby-1000-containers');
    const matches = analyzeText(text, bundledDataset, undefined, '2023-05-02').matches;
    expect(matches.some((m) => m.kind === 'claim' && m.id === 'kirby-1000-containers')).toBe(false);
  });
});
