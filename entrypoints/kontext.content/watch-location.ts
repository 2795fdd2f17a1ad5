import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Calls `onChange` when the page's address changes without a load (a single-page site swapping the
 * article). WXT's `wxt:locationchange` does the same, but announces every change to the page with a
 * DOM event named after the extension's id, which tells any page that knows the id that Kontext is
 * here (and a page can forge it). Looking at `location` ourselves says nothing and believes nothing.
 */
export function watchLocation(ctx: ContentScriptContext, onChange: () => void, everyMs = 1_000): void {
  let last = location.href;
  ctx.setInterval(() => {
    if (location.href === last) return;
    last = location.href;
    onChange();
  }, everyMs);
}
