/**
 * The reader's settings as they show in a page: the highlight style is an attribute on the root
 * element that highlight.css reads, so marks added later look the same without being touched one by
 * one. Whether noted passages are shown is not written to the page at all (passage-notes.ts draws
 * them, or not, in its own layer): the page would learn the reader keeps private notes.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '@/core/settings/settings';

const STYLE_ATTRIBUTE = 'data-kontext-style';

/**
 * Only what differs from the defaults is written: a page with default settings keeps its root
 * element exactly as it was.
 */
export function showPageSettings(root: Element, settings: Settings): void {
  if (settings.style === DEFAULT_SETTINGS.style) root.removeAttribute(STYLE_ATTRIBUTE);
  else root.setAttribute(STYLE_ATTRIBUTE, settings.style);
}

export function clearPageSettings(root: Element): void {
  root.removeAttribute(STYLE_ATTRIBUTE);
}

/** Calls `onChange` with the new settings whenever they change in storage, until the script ends. */
export function watchSettings(
  ctx: ContentScriptContext,
  areaName: string,
  key: string,
  onChange: (settings: Settings) => void,
): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== areaName || !(key in changes)) return;
    onChange(parseSettings(changes[key]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  ctx.onInvalidated(() => browser.storage.onChanged.removeListener(listener));
}
