import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/core/settings/settings';
import {
  pickSettingsArea,
  readSettings,
  SETTINGS_KEY,
  updateSettings,
  type SettingsArea,
} from '@/core/settings/settings-store';

function memoryArea(initial: Record<string, unknown> = {}): SettingsArea & { data: Record<string, unknown> } {
  const data = { ...initial };
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => void Object.assign(data, items),
  };
}

const failing: SettingsArea = {
  get: () => Promise.reject(new Error('sync is disabled')),
  set: () => Promise.reject(new Error('sync is disabled')),
};

describe('settings storage', () => {
  it('uses sync when the browser offers it, local when it does not or sync fails', async () => {
    const sync = memoryArea();
    const local = memoryArea();
    expect(await pickSettingsArea({ sync, local })).toEqual({ area: sync, name: 'sync' });
    expect(await pickSettingsArea({ local })).toEqual({ area: local, name: 'local' });
    expect(await pickSettingsArea({ sync: failing, local })).toEqual({ area: local, name: 'local' });
  });

  it('reads tampered or missing settings as valid ones', async () => {
    expect(await readSettings(memoryArea())).toEqual(DEFAULT_SETTINGS);
    expect(await readSettings(memoryArea({ [SETTINGS_KEY]: 'garbage' }))).toEqual(DEFAULT_SETTINGS);
    expect(await readSettings(failing)).toEqual(DEFAULT_SETTINGS);
  });

  it('changes one thing starting from what is stored', async () => {
    const area = memoryArea({ [SETTINGS_KEY]: { style: 'off', disabledSites: ['zeit.de'] } });
    await updateSettings(area, (s) => ({ ...s, popoverLanguage: 'en' }));
    expect(area.data[SETTINGS_KEY]).toMatchObject({
      style: 'off',
      popoverLanguage: 'en',
      disabledSites: ['zeit.de'],
    });
  });
});
