/*
 * The probe is the only script every news page loads, so it stays tiny: one regex over the
 * page text. Only when it fires does the background inject the full content script.
 *
 * A plain script, listed in the manifest by wxt.config.ts, not a `defineContentScript`: WXT's wrapper
 * for those builds its own ContentScriptContext, which announces the script with a DOM event named
 * after the extension's id (`<id>:probe:wxt:content-script-started`), and its location watcher sends
 * more such events. Any page that knows the id could listen for them and learn that Kontext is
 * installed, on every listed site, on topic or not. This script sends the page nothing.
 */
import { browser } from 'wxt/browser';
import { mightBeOnTopic } from '@/core/detect/prefilter';

/** Single-page sites swap the article without a load event: how often to look at the address. */
const WATCH_MS = 1_000;

export default defineUnlistedScript(() => {
  let asked = false;
  let seenUrl = location.href;
  // The extension was reloaded or removed: this copy of the probe has nobody to tell.
  const extensionGone = () => browser.runtime?.id === undefined;
  const check = () => {
    if (asked || extensionGone()) return;
    if (!mightBeOnTopic(document.body?.textContent ?? '')) return;
    asked = true;
    browser.runtime.sendMessage({ type: 'page:candidate' }).catch(() => {
      // The extension was reloaded or is shutting down: the page simply stays untouched.
    });
  };
  check();
  const watch = setInterval(() => {
    if (asked || extensionGone()) clearInterval(watch);
    else if (location.href !== seenUrl) {
      seenUrl = location.href;
      // Give the new article a moment to render before reading it.
      setTimeout(check, 500);
    }
  }, WATCH_MS);
});
