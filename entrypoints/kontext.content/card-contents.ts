import { browser } from 'wxt/browser';
import type { Dataset } from '@/data/schema';
import { mergeSlices, type CardSlice, type EntityRef } from '@/core/dataset/card-slice';
import { indexDataset, type DatasetIndex } from '@/core/dataset/index-dataset';
import type { BackgroundResponse } from '@/core/messages/runtime-messages';

/**
 * What the page's cards show, asked of the background (which holds the full dataset) and kept for
 * the page's life. The message wakes a stopped service worker, so a card opened after the worker
 * went idle still gets its content.
 */
export interface CardContents {
  /** The index to render a card from, once its entity's slice is here. */
  indexFor(entity: EntityRef): DatasetIndex | undefined;
  /** Fetches the slices of these entities (those not here yet), in one message. */
  load(entities: readonly EntityRef[]): Promise<void>;
}

const key = (e: EntityRef) => `${e.kind}:${e.id}`;

export function createCardContents(
  lexicon: Dataset['lexicon'],
  request: (entities: EntityRef[]) => Promise<CardSlice | undefined> = requestSlice,
): CardContents {
  const slices: CardSlice[] = [];
  const here = new Set<string>();
  const pending = new Map<string, Promise<void>>();
  let index: DatasetIndex | undefined;

  return {
    indexFor: (entity) => (here.has(key(entity)) ? index : undefined),
    async load(entities) {
      const wanted = entities.filter((e) => !here.has(key(e)) && !pending.has(key(e)));
      const fetching = (async () => {
        if (wanted.length === 0) return;
        const slice = await request(wanted);
        if (!slice) return;
        slices.push(slice);
        index = indexDataset(mergeSlices(slices, lexicon));
        for (const e of wanted) here.add(key(e));
      })().finally(() => {
        for (const e of wanted) pending.delete(key(e));
      });
      for (const e of wanted) pending.set(key(e), fetching);
      // Entities another call is already fetching are waited for, not asked for twice.
      await Promise.all([fetching, ...entities.map((e) => pending.get(key(e)))]);
    },
  };
}

async function requestSlice(entities: EntityRef[]): Promise<CardSlice | undefined> {
  const reply = (await browser.runtime
    .sendMessage({ type: 'card:slices', entities })
    .catch(() => undefined)) as BackgroundResponse | undefined;
  return reply?.ok ? reply.slice : undefined;
}
