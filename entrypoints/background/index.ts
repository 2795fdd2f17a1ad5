import { browser } from 'wxt/browser';
import { routeMessage } from './route-message';
import { forgetTab } from './tab-status';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => routeMessage(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
