import { describe, expect, it } from 'vitest';
import { passageLink } from '@/core/notes/passage-link';
import { entityNote, passageNote, passageTarget } from './fixtures';

describe('passageLink', () => {
  it('opens a passage with a text fragment that escapes the directive syntax', () => {
    const quote = {
      type: 'TextQuoteSelector' as const,
      exact: 'Nord-Korea,  Russland & mehr',
      prefix: '',
      suffix: '',
    };
    const note = passageNote({
      target: passageTarget({ selectors: { ...passageTarget().selectors, quote } }),
    });
    expect(passageLink(note)).toBe(
      'https://news.example/article#:~:text=Nord%2DKorea%2C%20Russland%20%26%20mehr',
    );
  });

  it('opens the page of an entity note, and nothing for a note without a page', () => {
    expect(passageLink(entityNote())).toBe('https://news.example/a');
    expect(
      passageLink(entityNote({ target: { type: 'entity', kind: 'claim', entityId: 'c' } })),
    ).toBeUndefined();
  });
});
