import type { EntityKind } from './entity-kind';

/**
 * How many highlights one page gets, per entity and in all. The card groups an entity's
 * highlights and reads the same for each, so past a few dozen mentions of one name more marks add
 * nothing a reader can use, while every mark is DOM work and layout for the page. A long news
 * article holds a few dozen highlights; the synthetic 500 KB bench article, far longer than any,
 * finds 817. 50 per entity covers an interview that names its subject in every paragraph; 500 in
 * all keeps the work bounded on a page made of mentions (one paragraph of 1 MB with 25,000 of
 * them froze Chromium for 16 s before the caps), and leaves every entity on a real page marked.
 */
export const MARK_CAPS = { perEntity: 50, perPage: 500 } as const;

export interface MarkCaps {
  /** Whether this entity may have one more highlight on the page; counts it when so. */
  take(entity: { kind: EntityKind; id: string }): boolean;
  /** Whether the page has all the highlights it may have. */
  full(): boolean;
}

/** A fresh count for one page (one pass of marking, with the content that appears later). */
export function createMarkCaps(limits: { perEntity: number; perPage: number } = MARK_CAPS): MarkCaps {
  const perEntity = new Map<string, number>();
  let total = 0;
  return {
    take(entity) {
      const key = `${entity.kind}\u0000${entity.id}`;
      const count = perEntity.get(key) ?? 0;
      if (total >= limits.perPage || count >= limits.perEntity) return false;
      perEntity.set(key, count + 1);
      total += 1;
      return true;
    },
    full: () => total >= limits.perPage,
  };
}
