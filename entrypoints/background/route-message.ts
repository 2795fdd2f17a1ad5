import { browser, type Browser } from 'wxt/browser';
import { parseBackgroundRequest, type BackgroundResponse } from '@/core/messages/runtime-messages';
import { isDefaultSite, siteHost } from '@/core/sites/site-host';
import { bundledDataset } from '@/core/dataset/bundled-dataset';
import { cardSlice } from '@/core/dataset/card-slice';
import { indexDataset, type DatasetIndex } from '@/core/dataset/index-dataset';
import { injectContentScript, registerProbeFor, unregisterProbeFor } from './inject-content';
import { allowBackgroundRequest } from './message-sender-policy';
import { notesFrameNonces } from './notes-frame-nonces';
import { isSiteEnabled, setSiteAdded, setSiteEnabled } from './site-settings';
import { readTabStatus, saveTabStatus } from './tab-status';

/** Answers one runtime message; never throws, every failure becomes an error reply. */
export async function routeMessage(
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<BackgroundResponse> {
  const parsed = parseBackgroundRequest(message);
  if (!parsed.ok) return parsed;
  const request = parsed.request;
  const verdict = allowBackgroundRequest(request, sender, browser.runtime.getURL('/'));
  if (!verdict.ok) return verdict;
  try {
    switch (request.type) {
      case 'ping':
        return { ok: true, version: browser.runtime.getManifest().version };
      case 'page:candidate': {
        const tabId = sender.tab?.id;
        const host = siteHost(sender.url ?? sender.tab?.url ?? '');
        if (tabId === undefined || !host) return { ok: false, error: 'not sent from a page' };
        if (!(await isSiteEnabled(host))) return { ok: true, injected: false };
        await injectContentScript(tabId, sender.frameId ?? 0);
        return { ok: true, injected: true };
      }
      case 'page:status': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { ok: false, error: 'not sent from a page' };
        await saveTabStatus(tabId, request.status);
        return { ok: true };
      }
      case 'tab:status': {
        const tab = await browser.tabs.get(request.tabId);
        const host = siteHost(tab.url ?? '');
        const status = await readTabStatus(request.tabId);
        if (!host) return { ok: true, status };
        const permitted = await browser.permissions.contains({ origins: [`*://${host}/*`] });
        return {
          ok: true,
          status,
          site: { host, enabled: await isSiteEnabled(host), inDefaultList: isDefaultSite(host), permitted },
        };
      }
      case 'site:set-enabled': {
        await setSiteEnabled(request.host, request.enabled);
        await notifyTabsOfSite(request.host, request.enabled);
        return { ok: true };
      }
      case 'site:run-here': {
        const tab = await browser.tabs.get(request.tabId);
        const host = siteHost(tab.url ?? '');
        if (!host) return { ok: false, error: 'this tab shows no web page' };
        if (!(await browser.permissions.contains({ origins: [`*://${host}/*`] })))
          return { ok: false, error: `no permission for ${host}` };
        await registerProbeFor(host);
        // The options page lists it with the sites the reader added there.
        if (!isDefaultSite(host)) await setSiteAdded(host, true);
        await injectContentScript(request.tabId);
        return { ok: true, injected: true };
      }
      case 'site:add': {
        if (!(await browser.permissions.contains({ origins: [`*://${request.host}/*`] })))
          return { ok: false, error: `no permission for ${request.host}` };
        await registerProbeFor(request.host);
        await setSiteAdded(request.host, true);
        return { ok: true };
      }
      case 'site:remove': {
        await unregisterProbeFor(request.host);
        await setSiteAdded(request.host, false);
        return { ok: true };
      }
      case 'card:slices':
        return { ok: true, slice: cardSlice(datasetIndex(), request.entities) };
      case 'notes-frame:issue': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { ok: false, error: 'not sent from a page' };
        await notesFrameNonces.issue(tabId, request.nonce);
        return { ok: true };
      }
      case 'notes-frame:verify': {
        const tabId = sender.tab?.id;
        return tabId !== undefined && (await notesFrameNonces.redeem(tabId, request.nonce))
          ? { ok: true }
          : { ok: false, error: 'this note editor was not opened by Kontext in this tab' };
      }
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

let index: DatasetIndex | undefined;
/** Built on the first card request after the worker (re)started, not on every wake-up. */
function datasetIndex(): DatasetIndex {
  index ??= indexDataset(bundledDataset);
  return index;
}

/** Tabs showing the site switch their highlights off or on at once, without a reload. */
async function notifyTabsOfSite(host: string, enabled: boolean): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs
      .filter((t) => t.id !== undefined && siteHost(t.url ?? '') === host)
      .map(async (t) => {
        const tabId = t.id as number;
        try {
          await browser.tabs.sendMessage(tabId, { type: 'site:changed', enabled });
        } catch {
          // No content script there yet: when switched on, load it.
          if (enabled) await injectContentScript(tabId).catch(() => undefined);
        }
      }),
  );
}
