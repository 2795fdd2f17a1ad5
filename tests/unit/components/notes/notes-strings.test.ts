import { describe, expect, it } from 'vitest';
import { notesStrings, pickLanguage } from '@/components/notes/notes-strings';

describe('notes page language', () => {
  it('follows a German browser and falls back to English otherwise', () => {
    expect(pickLanguage('de-AT')).toBe('de');
    expect(pickLanguage('en-GB')).toBe('en');
    expect(pickLanguage('fr')).toBe('en');
    expect(pickLanguage(undefined)).toBe('en');
  });

  it('counts in each language', () => {
    expect(notesStrings('de').shown(2, 5)).toBe('2 von 5 Notizen');
    expect(notesStrings('en').imported(1)).toBe('Imported 1 note.');
  });
});
