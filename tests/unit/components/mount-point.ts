import { render } from 'preact';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh element in the document for each test to render into, emptied and removed after it;
 * call at the top of a test file and read the element through the returned function.
 */
export function mountPoint(): () => HTMLElement {
  let container: HTMLElement | undefined;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    if (!container) return;
    render(null, container);
    container.remove();
    container = undefined;
  });
  return () => {
    if (!container) throw new Error('mountPoint() is only there while a test runs');
    return container;
  };
}
