import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** A fresh module each time: the migration runs once per service-worker start. */
const load = async () => {
  vi.resetModules();
  return import('@/entrypoints/background/site-settings');
};

describe('site settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the sites a reader switched off in an older version, moved into the settings', async () => {
    await fakeBrowser.storage.local.set({ disabledSites: ['spiegel.de', 'zeit.de'] });
    const sites = await load();
    expect(await sites.isSiteEnabled('spiegel.de')).toBe(false);
    expect(await sites.isSiteEnabled('zeit.de')).toBe(false);
    expect(await sites.isSiteEnabled('faz.net')).toBe(true);
    const { settings } = await fakeBrowser.storage.sync.get('settings');
    expect(settings).toMatchObject({ disabledSites: ['spiegel.de', 'zeit.de'] });
    expect(await fakeBrowser.storage.local.get('disabledSites')).toEqual({});
  });

  it('merges the old list with sites already off in the settings, and keeps other settings', async () => {
    await fakeBrowser.storage.sync.set({ settings: { style: 'background', disabledSites: ['faz.net'] } });
    await fakeBrowser.storage.local.set({ disabledSites: ['spiegel.de'] });
    const sites = await load();
    expect([...(await sites.disabledSites())]).toEqual(['faz.net', 'spiegel.de']);
    expect((await sites.currentSettings()).style).toBe('background');
  });

  it('switches a site off and on, and records sites the reader added', async () => {
    const sites = await load();
    await sites.setSiteEnabled('welt.de', false);
    expect(await sites.isSiteEnabled('welt.de')).toBe(false);
    await sites.setSiteEnabled('welt.de', true);
    expect(await sites.isSiteEnabled('welt.de')).toBe(true);
    await sites.setSiteAdded('example.org', true);
    expect((await sites.currentSettings()).addedSites).toEqual(['example.org']);
  });
});
