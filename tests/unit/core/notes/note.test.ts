import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  cleanTarget,
  cleanUrl,
  MAX_NOTE_TEXT,
  NoteDraftSchema,
  NoteSchema,
  sameArticleUrl,
  urlVariants,
} from '@/core/notes/note';
import { entityNote, passageNote, passageTarget } from './fixtures';

describe('cleanUrl', () => {
  it('drops tracking parameters and the fragment but keeps the parameters that choose the page', () => {
    expect(
      cleanUrl(
        'https://news.example/a?id=7&utm_source=x&utm_medium=y&fbclid=abc&gclid=1&mc_cid=2&ref=home#comments',
      ),
    ).toBe('https://news.example/a?id=7');
  });

  it('leaves no bare question mark when every parameter was tracking', () => {
    expect(cleanUrl('https://news.example/a?utm_campaign=z')).toBe('https://news.example/a');
  });

  it('returns something that is not a URL unchanged', () => {
    expect(cleanUrl('not a url')).toBe('not a url');
  });

  it('cleans both URLs of a passage target', () => {
    const target = passageTarget({
      url: 'https://n.example/x?utm_source=a',
      canonicalUrl: 'https://n.example/x#top',
    });
    expect(cleanTarget(target)).toMatchObject({
      url: 'https://n.example/x',
      canonicalUrl: 'https://n.example/x',
    });
  });
});

describe('sameArticleUrl', () => {
  it('treats www. and the bare host, tracking parameters and fragments as the same article', () => {
    const stored = 'https://www.spiegel.de/a';
    expect(sameArticleUrl(stored, 'https://spiegel.de/a')).toBe(true);
    expect(sameArticleUrl(stored, 'https://spiegel.de/a?utm_source=x&fbclid=1#top')).toBe(true);
    expect(sameArticleUrl(stored, 'https://www.spiegel.de/a?gclid=2&mc_cid=3&_hsenc=4')).toBe(true);
    expect(sameArticleUrl('https://spiegel.de/a', stored)).toBe(true);
  });

  it('keeps other query parameters, paths, hosts and subdomains apart', () => {
    const stored = 'https://www.spiegel.de/a';
    expect(sameArticleUrl(stored, 'https://spiegel.de/a?page=1')).toBe(false);
    expect(sameArticleUrl(stored, 'https://spiegel.de/b')).toBe(false);
    expect(sameArticleUrl(stored, 'https://m.spiegel.de/a')).toBe(false);
    expect(sameArticleUrl(stored, 'https://www.spiegel.com/a')).toBe(false);
  });

  it('looks a URL up under both spellings of its host, cleaned', () => {
    expect(urlVariants('https://spiegel.de/a?id=7&utm_medium=m')).toEqual([
      'https://spiegel.de/a?id=7',
      'https://www.spiegel.de/a?id=7',
    ]);
    expect(urlVariants('https://www.spiegel.de/a')).toEqual([
      'https://www.spiegel.de/a',
      'https://spiegel.de/a',
    ]);
  });
});

describe('NoteSchema', () => {
  it('accepts the notes the extension writes', () => {
    expect(v.is(NoteSchema, entityNote())).toBe(true);
    expect(v.is(NoteSchema, passageNote())).toBe(true);
  });

  it('bounds text, tags and their length', () => {
    expect(v.is(NoteSchema, entityNote({ text: 'x'.repeat(MAX_NOTE_TEXT) }))).toBe(true);
    expect(v.is(NoteSchema, entityNote({ text: 'x'.repeat(MAX_NOTE_TEXT + 1) }))).toBe(false);
    expect(v.is(NoteSchema, entityNote({ tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }))).toBe(false);
    expect(v.is(NoteSchema, entityNote({ tags: ['x'.repeat(51)] }))).toBe(false);
  });

  it('refuses unknown target kinds and pages that are not http(s)', () => {
    const draft = { text: 'x', tags: [] };
    expect(
      v.is(NoteDraftSchema, { ...draft, target: { type: 'entity', kind: 'event', entityId: 'a' } }),
    ).toBe(false);
    expect(
      v.is(NoteDraftSchema, { ...draft, target: { ...passageNote().target, url: 'javascript:alert(1)' } }),
    ).toBe(false);
  });
});

describe('note timestamps', () => {
  it('are stored in UTC with milliseconds so they sort as strings', () => {
    const parsed = v.parse(NoteSchema, entityNote({ updatedAt: '2026-11-21T11:30:00+02:00' }));
    expect(parsed.updatedAt).toBe('2026-11-21T09:30:00.000Z');
  });
});
