import { browser } from 'wxt/browser';
import { withAddedSite, withSiteEnabled, type Settings } from '@/core/settings/settings';
import {
  pickSettingsArea,
  readSettings,
  updateSettings,
  type SettingsArea,
} from '@/core/settings/settings-store';

/** Where the per-site off switch lived before it became part of the settings. */
const LEGACY_DISABLED_KEY = 'disabledSites';

let ready: Promise<SettingsArea> | undefined;

/**
 * The settings area, once a reader's old per-site off list (storage.local) has been moved into
 * the settings: done once per worker start, before anything reads a site's state.
 */
export function settingsArea(): Promise<SettingsArea> {
  ready ??= (async () => {
    const { area } = await pickSettingsArea(browser.storage);
    const stored = await browser.storage.local.get(LEGACY_DISABLED_KEY);
    const legacy = stored[LEGACY_DISABLED_KEY];
    if (Array.isArray(legacy)) {
      await updateSettings(area, (s) => ({ ...s, disabledSites: [...s.disabledSites, ...legacy] }));
      await browser.storage.local.remove(LEGACY_DISABLED_KEY);
    }
    return area;
  })();
  return ready;
}

export async function currentSettings(): Promise<Settings> {
  return readSettings(await settingsArea());
}

/** Hosts the reader switched off; kept with the settings so they survive restarts. */
export async function disabledSites(): Promise<Set<string>> {
  return new Set((await currentSettings()).disabledSites);
}

export async function isSiteEnabled(host: string): Promise<boolean> {
  return !(await disabledSites()).has(host);
}

export async function setSiteEnabled(host: string, enabled: boolean): Promise<void> {
  await updateSettings(await settingsArea(), (s) => withSiteEnabled(s, host, enabled));
}

export async function setSiteAdded(host: string, added: boolean): Promise<void> {
  await updateSettings(await settingsArea(), (s) => withAddedSite(s, host, added));
}
