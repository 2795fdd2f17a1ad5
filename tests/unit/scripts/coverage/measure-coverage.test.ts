import { describe, expect, it } from 'vitest';
import { compileDatasetMatcher } from '../../../../core/analyze-text';
import { bundledDataset } from '../../../../core/dataset/bundled-dataset';
import type { CorpusItem } from '../../../../scripts/corpus/read-corpus-dev';
import { measureCoverage, peopleNamed } from '../../../../scripts/coverage/measure-coverage';

const matcher = compileDatasetMatcher(bundledDataset);
const item = (over: Partial<CorpusItem>): CorpusItem => ({
  file: 'pos_en_900.txt',
  lang: 'en',
  label: 'positive',
  date: '2025-06-01',
  title: undefined,
  people: [],
  claims: [],
  text: '',
  ...over,
});

describe('peopleNamed', () => {
  it('resolves German and English spellings to the same dataset person', () => {
    const en = peopleNamed('Sergei Shoigu', bundledDataset, matcher);
    expect(en.size).toBe(1);
    expect(peopleNamed('Sergej Schoigu', bundledDataset, matcher)).toEqual(en);
  });

  it('names nobody for a name the dataset lacks', () => {
    expect(peopleNamed('Erika Mustermann', bundledDataset, matcher).size).toBe(0);
  });
});

describe('measureCoverage', () => {
  const text =
    'Sergei Shoigu met officials in Pyongyang this week. Erika Mustermann, a lawyer, said nothing about it.';

  it('counts a named person as found only where scan finds them, and lists who is missing', () => {
    const c = measureCoverage(
      [item({ text, people: ['Sergei Shoigu', 'Erika Mustermann'] })],
      bundledDataset,
      matcher,
      {},
      [],
    );
    expect(c.people.all).toEqual({ found: 1, all: 2 });
    expect(c.people.en).toEqual({ found: 1, all: 2 });
    expect(c.people.de).toEqual({ found: 0, all: 0 });
    expect(c.missingPeople).toEqual([['Erika Mustermann', 1]]);
  });

  it('leaves heads of state out, whether the dataset holds them or the hand list names them', () => {
    const c = measureCoverage(
      [item({ text: 'Vladimir Putin and Xi Jinping spoke.', people: ['Vladimir Putin', 'Xi Jinping'] })],
      bundledDataset,
      matcher,
      {},
      ['Xi Jinping'],
    );
    expect(c.people.all.all).toBe(0);
  });

  it('counts a claim only when it is mapped to a dataset claim and that claim matches in the item', () => {
    const c = measureCoverage(
      [item({ text, claims: ['mapped but absent', 'not in the dataset'] })],
      bundledDataset,
      matcher,
      { 'mapped but absent': bundledDataset.claims[0]!.id, 'not in the dataset': null },
      [],
    );
    expect(c.claims.all).toEqual({ found: 0, all: 2 });
    expect(c.missingClaims.map(([s]) => s).sort()).toEqual(['mapped but absent', 'not in the dataset']);
  });

  it('ignores items that are not on topic', () => {
    const c = measureCoverage(
      [item({ label: 'passing', text, people: ['Sergei Shoigu'] })],
      bundledDataset,
      matcher,
      {},
      [],
    );
    expect(c.people.all.all).toBe(0);
  });
});
