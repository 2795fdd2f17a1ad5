/**
 * Reading and writing the settings in extension storage. The storage area is passed in, so this
 * stays free of browser globals: `storage.sync` where the browser offers it (the settings follow
 * the reader to other machines), `storage.local` where it does not.
 */
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';

export const SETTINGS_KEY = 'settings';

/** The part of a WebExtension StorageArea we use. */
export interface SettingsArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** sync when present and usable (it can be switched off by policy), local otherwise. */
export async function pickSettingsArea(storage: {
  sync?: SettingsArea;
  local: SettingsArea;
}): Promise<{ area: SettingsArea; name: 'sync' | 'local' }> {
  if (storage.sync) {
    try {
      await storage.sync.get(SETTINGS_KEY);
      return { area: storage.sync, name: 'sync' };
    } catch {
      // Fall through to local.
    }
  }
  return { area: storage.local, name: 'local' };
}

export async function readSettings(area: SettingsArea): Promise<Settings> {
  try {
    const stored = await area.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return parseSettings(DEFAULT_SETTINGS);
  }
}

export async function writeSettings(area: SettingsArea, settings: Settings): Promise<void> {
  await area.set({ [SETTINGS_KEY]: parseSettings(settings) });
}

/**
 * Reads, changes and writes back at once: the popup, the options page and the background all
 * write settings, and each change should start from what is stored, not from a stale copy.
 */
export async function updateSettings(
  area: SettingsArea,
  change: (current: Settings) => Settings,
): Promise<Settings> {
  const next = parseSettings(change(await readSettings(area)));
  await area.set({ [SETTINGS_KEY]: next });
  return next;
}
