import { browser } from 'wxt/browser';
import type { PageStatus } from '@/core/messages/page-status';

/*
 * Per-tab results live in storage.session, not in a variable: an MV3 service worker is stopped
 * when idle, and the popup must still be able to explain a page analysed before that.
 */
const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabStatus(tabId: number, status: PageStatus): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: status });
  await showBadge(tabId, status);
}

export async function readTabStatus(tabId: number): Promise<PageStatus | null> {
  const stored = await browser.storage.session.get(key(tabId));
  return (stored[key(tabId)] as PageStatus | undefined) ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

async function showBadge(tabId: number, status: PageStatus): Promise<void> {
  const count = status.experts.length + status.claims.length;
  const text = status.onTopic && status.highlights > 0 ? String(count) : '';
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#2f5d8a' });
}
