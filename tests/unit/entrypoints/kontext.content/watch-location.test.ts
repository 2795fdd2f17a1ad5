// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchLocation } from '@/entrypoints/kontext.content/watch-location';

const ctx = new ContentScriptContext('test');
afterEach(() => ctx.abort());

describe('watchLocation', () => {
  it('reports a change of address made without a load, once, and tells the page nothing', async () => {
    const changes: string[] = [];
    const heard: string[] = [];
    const record = (event: Event) => heard.push(event.type);
    for (const type of ['wxt:locationchange', `${browser.runtime.id}:test:wxt:locationchange`])
      window.addEventListener(type, record);
    watchLocation(ctx, () => changes.push(location.pathname), 10);
    history.pushState({}, '', '/next-article');
    await vi.waitFor(() => expect(changes).toEqual(['/next-article']));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(changes).toEqual(['/next-article']);
    expect(heard).toEqual([]);
  });
});
