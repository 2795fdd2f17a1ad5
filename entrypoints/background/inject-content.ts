import { browser } from 'wxt/browser';

/**
 * The full content script (dataset, matcher, mark.js, popover) is injected only into pages the
 * small probe found might be on topic, so most pages never load it.
 */
export async function injectContentScript(tabId: number, frameId = 0): Promise<void> {
  // USER origin: a page's own `!important` rules cannot hide or restyle our highlights.
  await browser.scripting.insertCSS({
    target: { tabId, frameIds: [frameId] },
    files: ['/content-scripts/kontext.css'],
    origin: 'USER',
  });
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: ['/content-scripts/kontext.js'],
  });
}
