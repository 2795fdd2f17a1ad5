import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/popup/popup.css';
import { PopupView } from '@/components/popup/PopupView';
import type { PopupLanguage } from '@/components/popup/popup-strings';
import type { BackgroundResponse } from '@/core/messages/runtime-messages';
import { pickLanguage } from '@/core/i18n';

const lang: PopupLanguage = pickLanguage(null, navigator.language);
document.documentElement.lang = lang;
const app = document.getElementById('app') as HTMLElement;
const send = (message: unknown) => browser.runtime.sendMessage(message) as Promise<BackgroundResponse>;

/** The tab to describe: the active one, or `?tab=` when the popup is opened as a page (tests). */
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function show(): Promise<void> {
  const tabId = await targetTab();
  const reply = tabId === undefined ? undefined : await send({ type: 'tab:status', tabId });
  const ok = reply?.ok ? reply : undefined;
  const site = ok?.site;
  render(
    <PopupView
      lang={lang}
      status={ok?.status ?? null}
      site={site}
      error={reply && !reply.ok ? reply.error : undefined}
      notesUrl={browser.runtime.getURL('/notes.html')}
      onToggleSite={async (enabled) => {
        if (site) await send({ type: 'site:set-enabled', host: site.host, enabled, tabId });
        await show();
      }}
      onRunHere={async () => {
        if (!site || tabId === undefined) return;
        // Must run inside the click: browsers grant permissions only in response to a gesture.
        const granted = await browser.permissions.request({ origins: [`*://${site.host}/*`] });
        if (granted) await send({ type: 'site:run-here', tabId });
        setTimeout(() => void show(), 800);
      }}
      onOpenSettings={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      onShow={async (kind, id) => {
        if (tabId !== undefined)
          await browser.tabs.sendMessage(tabId, { type: 'highlight:show', kind, id }).catch(() => undefined);
      }}
    />,
    app,
  );
}

void show();
