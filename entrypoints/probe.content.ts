/*
 * The probe is the only script every news page loads, so it stays tiny: one regex over the
 * page text. Only when it fires does the background inject the full content script.
 */
import { browser } from 'wxt/browser';
import sites from '@/data/sites.json';
import { mightBeOnTopic } from '@/core/detect/prefilter';
import { PageProofContext } from './kontext.content/page-proof-context';

export default defineContentScript({
  matches: sites.domains.flatMap((d) => [`https://${d}/*`, `https://*.${d}/*`]),
  runAt: 'document_idle',
  allFrames: false,
  noScriptStartedPostMessage: true,
  main() {
    // Not WXT's context: a page could switch that one off with a forged DOM event.
    const ctx = new PageProofContext('probe');
    let asked = false;
    const check = () => {
      if (asked || !ctx.isValid) return;
      if (!mightBeOnTopic(document.body?.textContent ?? '')) return;
      asked = true;
      browser.runtime.sendMessage({ type: 'page:candidate' }).catch(() => {
        // The extension was reloaded or is shutting down: the page simply stays untouched.
      });
    };
    check();
    // Single-page sites swap the article without a load event: look again after they navigate.
    ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(check, 500));
  },
});
