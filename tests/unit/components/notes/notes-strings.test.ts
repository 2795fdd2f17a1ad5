import { describe, expect, it } from 'vitest';
import { notesStrings } from '@/components/notes/notes-strings';

describe('notes page language', () => {
  it('counts in each language', () => {
    expect(notesStrings('de').shown(2, 5)).toBe('2 von 5 Notizen');
    expect(notesStrings('en').imported(1)).toBe('Imported 1 note.');
  });
});
