import { describe, expect, it } from 'vitest';
import { t, uiKeys, uiStrings } from '@/core/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('ui strings', () => {
  it('has every key, non-empty, in both languages and no extra keys in either', () => {
    expect(uiKeys.length).toBeGreaterThan(20);
    for (const lang of ['de', 'en'] as const) {
      expect(Object.keys(uiStrings[lang]).sort()).toEqual([...uiKeys].sort());
      for (const key of uiKeys) expect(uiStrings[lang][key].trim(), `${lang} ${key}`).not.toBe('');
    }
  });

  it('uses the same placeholders in German and English', () => {
    for (const key of uiKeys) {
      expect(placeholders(uiStrings.de[key]), key).toEqual(placeholders(uiStrings.en[key]));
    }
  });

  it('translates the words a reader sees', () => {
    expect(t('de', 'stance.disputes')).toBe('Widerspricht');
    expect(t('en', 'stance.disputes')).toBe('Disputes');
    expect(t('de', 'notes.add')).not.toBe(t('en', 'notes.add'));
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('en', 'date.since', { from: '2019' })).toBe('since 2019');
    expect(t('de', 'date.range', { from: '2015', to: '2019' })).toBe('2015 – 2019');
    expect(t('en', 'date.since', {})).toBe('since {from}');
  });
});
