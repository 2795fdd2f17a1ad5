import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  withAddedSite,
  withSiteEnabled,
  type Settings,
} from '@/core/settings/settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing, null or a value of the wrong type', () => {
    for (const input of [undefined, null, 'underline', 42, [], true])
      expect(parseSettings(input)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every field that fits and replaces only those that do not', () => {
    const parsed = parseSettings({
      highlight: { experts: false, claims: 'yes', passages: false },
      style: 'blink',
      popoverLanguage: 'de',
      hoverDelayMs: -5,
      disabledSites: ['spiegel.de'],
      addedSites: 'example.org',
    });
    expect(parsed).toEqual({
      highlight: { experts: false, claims: true, passages: false },
      style: 'underline',
      popoverLanguage: 'de',
      hoverDelayMs: 150,
      disabledSites: ['spiegel.de'],
      addedSites: [],
    });
  });

  it('reads settings from an older version that lacked fields, ignoring unknown ones', () => {
    const parsed = parseSettings({ style: 'background', colour: 'pink' });
    expect(parsed.style).toBe('background');
    expect(parsed.highlight).toEqual({ experts: true, claims: true, passages: true });
    expect(parsed).not.toHaveProperty('colour');
  });

  it('keeps the good hosts of a list with bad entries, lower-cased, sorted and once each', () => {
    const parsed = parseSettings({
      disabledSites: ['Zeit.de', 'spiegel.de', 7, 'not a host', 'zeit.de', '<script>', 'localhost'],
    });
    expect(parsed.disabledSites).toEqual(['spiegel.de', 'zeit.de']);
  });

  it('rounds the hover delay and refuses one outside the sensible range', () => {
    expect(parseSettings({ hoverDelayMs: 412.6 }).hoverDelayMs).toBe(413);
    expect(parseSettings({ hoverDelayMs: 10 }).hoverDelayMs).toBe(150);
    expect(parseSettings({ hoverDelayMs: 60_000 }).hoverDelayMs).toBe(150);
    expect(parseSettings({ hoverDelayMs: Number.NaN }).hoverDelayMs).toBe(150);
  });

  it('falls back on a given base instead of the defaults', () => {
    const base: Settings = { ...DEFAULT_SETTINGS, style: 'off', hoverDelayMs: 900 };
    expect(parseSettings({ hoverDelayMs: 'slow' }, base)).toMatchObject({ style: 'off', hoverDelayMs: 900 });
  });

  it('never shares the default lists with the result', () => {
    const parsed = parseSettings(undefined);
    parsed.disabledSites.push('spiegel.de');
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});

describe('site lists', () => {
  it('switches a site off and on again', () => {
    const off = withSiteEnabled(parseSettings({ disabledSites: ['zeit.de'] }), 'spiegel.de', false);
    expect(off.disabledSites).toEqual(['spiegel.de', 'zeit.de']);
    expect(withSiteEnabled(off, 'spiegel.de', true).disabledSites).toEqual(['zeit.de']);
  });

  it('forgets that a removed site was switched off', () => {
    const added = withSiteEnabled(withAddedSite(DEFAULT_SETTINGS, 'example.org', true), 'example.org', false);
    expect(added).toMatchObject({ addedSites: ['example.org'], disabledSites: ['example.org'] });
    expect(withAddedSite(added, 'example.org', false)).toMatchObject({ addedSites: [], disabledSites: [] });
  });
});
