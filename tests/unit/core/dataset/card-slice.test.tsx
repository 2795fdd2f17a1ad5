// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Popover } from '@/components/popover/Popover';
import { bundledDataset } from '@/core/dataset/bundled-dataset';
import { cardSlice, mergeSlices, type EntityRef } from '@/core/dataset/card-slice';
import { indexDataset, type DatasetIndex } from '@/core/dataset/index-dataset';

const full = indexDataset(bundledDataset);
const everyEntity: EntityRef[] = [
  ...bundledDataset.people.filter((p) => p.highlight).map((p) => ({ kind: 'expert' as const, id: p.id })),
  ...bundledDataset.claims.map((c) => ({ kind: 'claim' as const, id: c.id })),
];

function cardHtml(entity: EntityRef, index: DatasetIndex, articleDate?: string): string {
  const host = document.createElement('div');
  render(
    <Popover entity={entity} index={index} lang="en" articleDate={articleDate} onClose={() => {}} />,
    host,
  );
  return host.innerHTML;
}

describe('cardSlice', () => {
  it('holds everything a card shows: each card reads the same from its slice as from the whole dataset', () => {
    for (const entity of everyEntity) {
      const slice = indexDataset(mergeSlices([cardSlice(full, [entity])], bundledDataset.lexicon));
      for (const date of [undefined, '2023-07-26'])
        expect(cardHtml(entity, slice, date)).toBe(cardHtml(entity, full, date));
    }
  }, 60_000);

  it('is much smaller than the dataset, so a page asks only for the cards it may open', () => {
    const one = JSON.stringify(cardSlice(full, [{ kind: 'claim', id: bundledDataset.claims[0]!.id }]));
    expect(one.length * 10).toBeLessThan(JSON.stringify(bundledDataset).length);
  });

  it('leaves out ids the dataset does not know', () => {
    const slice = cardSlice(full, [{ kind: 'expert', id: 'nobody-known' }]);
    expect(slice).toEqual({ people: [], claims: [], events: [], sources: [], publishers: [] });
  });
});

describe('mergeSlices', () => {
  it('keeps each record once when slices overlap', () => {
    const [a, b] = everyEntity;
    const merged = mergeSlices([cardSlice(full, [a!]), cardSlice(full, [a!, b!])], bundledDataset.lexicon);
    expect(new Set(merged.sources.map((s) => s.id)).size).toBe(merged.sources.length);
    expect(merged.people.map((p) => p.id)).toContain(a!.id);
    expect(indexDataset(merged).person(a!.id)).toEqual(full.person(a!.id));
  });
});
