import { describe, expect, it } from 'vitest';
import { bundledDataset } from '@/core/dataset/bundled-dataset';
import { cardSlice, type EntityRef } from '@/core/dataset/card-slice';
import { indexDataset } from '@/core/dataset/index-dataset';
import { createCardContents } from '@/entrypoints/kontext.content/card-contents';

const full = indexDataset(bundledDataset);
const cha: EntityRef = { kind: 'expert', id: 'victor-cha' };
const claim: EntityRef = { kind: 'claim', id: bundledDataset.claims[0]!.id };

function withBackground(answers = true) {
  const asked: EntityRef[][] = [];
  const cards = createCardContents(bundledDataset.lexicon, async (entities) => {
    asked.push(entities);
    return answers ? cardSlice(full, entities) : undefined;
  });
  return { cards, asked };
}

describe('createCardContents', () => {
  it('has a card only once its content came, and asks once for all entities of a page', async () => {
    const { cards, asked } = withBackground();
    expect(cards.indexFor(cha)).toBeUndefined();
    await cards.load([cha, claim]);
    expect(asked).toEqual([[cha, claim]]);
    expect(cards.indexFor(cha)?.person(cha.id)?.bio).toEqual(full.person(cha.id)?.bio);
    expect(cards.indexFor(claim)?.claim(claim.id)?.timeline).toEqual(full.claim(claim.id)?.timeline);
  });

  it('does not ask again for what it has or is already fetching', async () => {
    const { cards, asked } = withBackground();
    const prefetch = cards.load([cha]);
    const opened = cards.load([cha]);
    await Promise.all([prefetch, opened]);
    await cards.load([cha, claim]);
    expect(asked).toEqual([[cha], [claim]]);
  });

  it('tries again later when the background did not answer', async () => {
    const { cards, asked } = withBackground(false);
    await cards.load([cha]);
    expect(cards.indexFor(cha)).toBeUndefined();
    await cards.load([cha]);
    expect(asked).toEqual([[cha], [cha]]);
  });
});
