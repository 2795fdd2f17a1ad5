import { browser } from 'wxt/browser';
import { routeMessage } from './route-message';
import { forgetTab } from './tab-status';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => routeMessage(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'next-highlight') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'highlight:next' }).catch(() => undefined);
  });
});
