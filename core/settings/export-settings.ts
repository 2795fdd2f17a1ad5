/**
 * Settings as a file the reader can keep or carry to another browser, and back. The file names
 * its format and version, so a future version can tell an old file from its own.
 */
import { parseSettings, type Settings } from './settings';

export const SETTINGS_FILE_FORMAT = 'kontext-settings';
export const SETTINGS_FILE_VERSION = 1;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export function exportSettings(settings: Settings, now: Date = new Date()): string {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    settings,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Why an import was refused, in words a reader can act on (English; the page translates by code). */
export type ImportErrorCode = 'not-json' | 'not-settings' | 'newer-version';

export type ImportResult =
  { ok: true; settings: Settings } | { ok: false; code: ImportErrorCode; error: string };

/**
 * Reads a settings file. A file that is not ours is refused as a whole and `current` stays as it
 * was; within a file of ours, a field that does not fit keeps its current value.
 */
export function importSettings(text: string, current: Settings): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, code: 'not-json', error: 'The file is not JSON.' };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== SETTINGS_FILE_FORMAT ||
    typeof (data as { settings?: unknown }).settings !== 'object'
  )
    return { ok: false, code: 'not-settings', error: 'The file is not a Kontext settings file.' };
  const version = (data as { version?: unknown }).version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, code: 'not-settings', error: 'The file has no valid version.' };
  if (version > SETTINGS_FILE_VERSION)
    return {
      ok: false,
      code: 'newer-version',
      error: `The file comes from a newer Kontext (settings version ${version}).`,
    };
  return { ok: true, settings: parseSettings((data as { settings: unknown }).settings, current) };
}
