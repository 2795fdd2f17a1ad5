import { describe, expect, it } from 'vitest';
import { exportSettings, importSettings } from '@/core/settings/export-settings';
import { DEFAULT_SETTINGS, type Settings } from '@/core/settings/settings';

const mine: Settings = {
  highlight: { experts: true, claims: false, passages: true },
  style: 'background',
  popoverLanguage: 'de',
  hoverDelayMs: 400,
  disabledSites: ['spiegel.de'],
  addedSites: ['example.org'],
};

describe('exportSettings / importSettings', () => {
  it('round-trips every setting through the file', () => {
    const file = exportSettings(mine, new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(file)).toMatchObject({
      format: 'kontext-settings',
      version: 1,
      exportedAt: '2026-01-02T03:04:05.000Z',
    });
    expect(importSettings(file, DEFAULT_SETTINGS)).toEqual({ ok: true, settings: mine });
  });

  it('refuses text that is not JSON, with a reason', () => {
    const result = importSettings('{"format": "kontext-settings",', mine);
    expect(result).toMatchObject({ ok: false, code: 'not-json' });
    expect(result.ok ? '' : result.error).toMatch(/not JSON/);
  });

  it('refuses JSON that is not a settings file, such as a notes export', () => {
    for (const text of [
      '[]',
      'null',
      '{"@context": "http://www.w3.org/ns/anno.jsonld"}',
      '{"format":"kontext-settings"}',
    ])
      expect(importSettings(text, mine)).toMatchObject({ ok: false, code: 'not-settings' });
  });

  it('refuses a file from a newer version instead of guessing', () => {
    const text = JSON.stringify({ format: 'kontext-settings', version: 2, settings: {} });
    expect(importSettings(text, mine)).toMatchObject({ ok: false, code: 'newer-version' });
  });

  it('keeps the current value of a field the file gets wrong', () => {
    const text = JSON.stringify({
      format: 'kontext-settings',
      version: 1,
      settings: { style: 'sparkle', popoverLanguage: 'en' },
    });
    expect(importSettings(text, mine)).toEqual({ ok: true, settings: { ...mine, popoverLanguage: 'en' } });
  });
});
