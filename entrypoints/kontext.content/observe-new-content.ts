import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface ObserveOptions {
  /** Nodes the extension itself inserts: never a reason to look again. */
  ignore(node: Node): boolean;
  /** Called (debounced) with the elements that appeared since the last call. */
  onAdded(elements: Element[]): void;
  debounceMs?: number;
}

/**
 * Watches `root` for content that appears later ("read more", infinite scroll, lazy paragraphs).
 * Our own changes are dropped with takeRecords() right after we make them, so highlighting never
 * feeds itself.
 */
export function observeNewContent(
  ctx: ContentScriptContext,
  root: Element,
  options: ObserveOptions,
): () => void {
  let pending: Element[] = [];
  let timer: number | undefined;
  const flush = () => {
    timer = undefined;
    const added = pending.filter(
      (el) => el.isConnected && !pending.some((other) => other !== el && other.contains(el)),
    );
    pending = [];
    if (added.length === 0) return;
    options.onAdded(added);
    observer.takeRecords();
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (options.ignore(node)) continue;
        const el = node instanceof Element ? node : node.parentElement;
        if (!el || options.ignore(el) || el.closest('kontext-mark')) continue;
        pending.push(el);
      }
    }
    if (pending.length && timer === undefined) timer = ctx.setTimeout(flush, options.debounceMs ?? 300);
  });
  observer.observe(root, { childList: true, subtree: true });
  const stop = () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
  ctx.onInvalidated(stop);
  return stop;
}
