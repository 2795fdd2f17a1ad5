/**
 * Kontext's shadow hosts are plain `div`s, never custom elements. A page may define any custom element
 * name before Kontext runs, and then the element Kontext creates is the page's: its constructor can take
 * `attachInternals()`, whose `shadowRoot` opens even a closed root, or set `disabledFeatures = ['shadow']`
 * so that no root can be attached at all. A built-in element gets neither. The attribute only tells our
 * own code (and the tests) which host is which; it says nothing the page could not see anyway.
 */
export const UI_HOST_TAG = 'div';
export const UI_HOST_ATTRIBUTE = 'data-kontext-ui';

export type UiHostRole = 'card' | 'passage';

/** A selector for the host of `role`, or for any of Kontext's hosts. */
export function uiHostSelector(role?: UiHostRole): string {
  return role ? `${UI_HOST_TAG}[${UI_HOST_ATTRIBUTE}="${role}"]` : `${UI_HOST_TAG}[${UI_HOST_ATTRIBUTE}]`;
}
