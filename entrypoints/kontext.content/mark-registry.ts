import type { EntityKind } from '../../core/matcher/entity-kind';

/** The element name of our highlights: a custom name so page rules like `mark {…}` cannot hide them. */
export const MARK_TAG = 'kontext-mark';

/** One highlight, however many elements it was split into, and the entity it names. */
export interface MarkGroup {
  kind: EntityKind;
  id: string;
  elements: HTMLElement[];
}

/**
 * The highlights Kontext created, and what each names. It lives in the content script's isolated
 * world, out of the page's reach: a page can write a `kontext-mark` element or change the
 * `data-kontext-*` attributes of ours, and must not get a genuine card for an entity it chose by
 * that (security review F8). The attributes stay for styling and for the tests; nothing that
 * decides what a card shows reads them.
 */
const groupOfMark = new WeakMap<Element, MarkGroup>();

/** Called where a highlight element is made, and only there. */
export function registerMark(element: HTMLElement, group: MarkGroup): void {
  groupOfMark.set(element, group);
}

/** The highlight an element belongs to, if Kontext made it. */
export function markGroupOf(element: Element): MarkGroup | undefined {
  return groupOfMark.get(element);
}

/**
 * The nearest highlight Kontext made at or around `target`: elements named like ours that the
 * page made are passed over.
 */
export function ownMarkAt(target: EventTarget | null): HTMLElement | undefined {
  let el = target instanceof Element ? target.closest(MARK_TAG) : null;
  while (el) {
    if (groupOfMark.has(el)) return el as HTMLElement;
    el = el.parentElement?.closest(MARK_TAG) ?? null;
  }
  return undefined;
}
