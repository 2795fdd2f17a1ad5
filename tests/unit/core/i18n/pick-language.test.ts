import { describe, expect, it } from 'vitest';
import { pickLanguage } from '@/core/i18n';

describe('pickLanguage', () => {
  it('follows the article when its language is known', () => {
    expect(pickLanguage('de', 'en-US')).toBe('de');
    expect(pickLanguage('en', 'de-DE')).toBe('en');
  });

  it('falls back to the browser language for German variants', () => {
    expect(pickLanguage(null, 'de')).toBe('de');
    expect(pickLanguage(null, 'de-AT')).toBe('de');
    expect(pickLanguage(null, 'DE-ch')).toBe('de');
  });

  it('uses English for every other browser language', () => {
    expect(pickLanguage(null, 'en-GB')).toBe('en');
    expect(pickLanguage(null, 'fr')).toBe('en');
    expect(pickLanguage(null, 'dev')).toBe('en');
    expect(pickLanguage(null, '')).toBe('en');
  });
});
