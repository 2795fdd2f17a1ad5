import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/options/options.css';
import { OptionsView } from '@/components/options/OptionsView';
import { optionsText, type OptionsKey } from '@/components/options/options-strings';
import { pickLanguage } from '@/core/i18n';
import type { BackgroundResponse } from '@/core/messages/runtime-messages';
import { exportSettings, importSettings, type ImportErrorCode } from '@/core/settings/export-settings';
import { parseSettings, type Settings } from '@/core/settings/settings';
import {
  pickSettingsArea,
  readSettings,
  SETTINGS_KEY,
  updateSettings,
  writeSettings,
} from '@/core/settings/settings-store';
import sites from '@/data/sites.json';

const lang = pickLanguage(null, navigator.language);
document.documentElement.lang = lang;
document.title = optionsText(lang, 'title');
const say = (key: OptionsKey, params?: Record<string, string>) => optionsText(lang, key, params);
const send = (message: unknown) => browser.runtime.sendMessage(message) as Promise<BackgroundResponse>;
const origins = (host: string) => [`*://${host}/*`];

const IMPORT_ERROR: Record<ImportErrorCode, OptionsKey> = {
  'not-json': 'importNotJson',
  'not-settings': 'importNotSettings',
  'newer-version': 'importNewer',
};

const app = document.getElementById('app') as HTMLElement;
// Wakes the background first: it moves an older per-site off list into the settings.
await send({ type: 'ping' }).catch(() => undefined);
const storage = await pickSettingsArea(browser.storage);
let settings = await readSettings(storage.area);
let permitted = new Set<string>();
let message: string | undefined;

async function refreshPermitted(): Promise<void> {
  const granted = await Promise.all(
    settings.addedSites.map(async (host) =>
      (await browser.permissions.contains({ origins: origins(host) })) ? host : null,
    ),
  );
  permitted = new Set(granted.filter((h): h is string => h !== null));
}

/** Sites are the background's to change: it also tells open tabs and (un)registers the probe. */
async function siteRequest(request: unknown): Promise<boolean> {
  const reply = await send(request).catch((error: unknown) => ({ ok: false as const, error: String(error) }));
  if (!reply.ok) message = reply.error;
  return reply.ok;
}

function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function draw(): void {
  render(
    <OptionsView
      lang={lang}
      settings={settings}
      defaultSites={sites.domains}
      permittedSites={permitted}
      message={message}
      onChange={async (next: Settings) => {
        settings = next;
        draw();
        // The site lists stay as stored: the background may have changed them meanwhile.
        await updateSettings(storage.area, (current) => ({
          ...next,
          disabledSites: current.disabledSites,
          addedSites: current.addedSites,
        }));
        message = say('saved');
        draw();
      }}
      onSiteEnabled={async (host, enabled) => {
        if (await siteRequest({ type: 'site:set-enabled', host, enabled })) message = say('saved');
        draw();
      }}
      onAddSite={(host) => {
        // First thing in the click: the browser asks the reader only inside a user gesture.
        void browser.permissions.request({ origins: origins(host) }).then(async (granted) => {
          if (!granted) message = say('addDenied', { host });
          else if (await siteRequest({ type: 'site:add', host })) message = say('added', { host });
          draw();
        });
      }}
      onAllowSite={(host) => {
        void browser.permissions.request({ origins: origins(host) }).then(async (granted) => {
          if (!granted) message = say('addDenied', { host });
          else if (await siteRequest({ type: 'site:add', host })) message = say('saved');
          draw();
        });
      }}
      onRemoveSite={async (host) => {
        if (await siteRequest({ type: 'site:remove', host })) {
          await browser.permissions.remove({ origins: origins(host) }).catch(() => false);
          message = say('removed', { host });
        }
        draw();
      }}
      onExport={() => {
        const day = new Date().toISOString().slice(0, 10);
        saveFile(`kontext-settings-${day}.json`, exportSettings(settings));
      }}
      onImport={async (text) => {
        const result = importSettings(text, settings);
        if (!result.ok) {
          message = say('importFailed', { error: say(IMPORT_ERROR[result.code]) });
        } else {
          await writeSettings(storage.area, result.settings);
          message = say('imported');
        }
        draw();
      }}
    />,
    app,
  );
}

// A change made elsewhere (the popup, another options tab, the background) shows here at once.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== storage.name || !(SETTINGS_KEY in changes)) return;
  settings = parseSettings(changes[SETTINGS_KEY]?.newValue);
  void refreshPermitted().then(draw);
});

await refreshPermitted();
draw();
