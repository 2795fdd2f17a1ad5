import { describe, expect, it } from 'vitest';
import { createNoteSearch, noteFacets, noteSite } from '@/core/notes/search-notes';
import { entityNote, passageNote, passageTarget } from './fixtures';

const older = entityNote({
  id: crypto.randomUUID(),
  text: 'Munitionslieferungen über die Bahn',
  tags: ['logistik'],
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const newer = passageNote({
  text: 'Gipfeltreffen im Herbst',
  tags: ['gipfel'],
  target: passageTarget({ url: 'https://www.zeitung.example/politik/a' }),
});
const entity = entityNote({ text: 'Ihre Einschätzung zur Bahnstrecke', tags: ['logistik', 'gipfel'] });
const notes = [older, newer, entity];

describe('createNoteSearch', () => {
  const search = createNoteSearch(notes);

  it('lists every note newest first without a query', () => {
    expect(search({}).map((note) => note.id)).toEqual([newer.id, entity.id, older.id]);
  });

  it('finds words by prefix and with small typos', () => {
    expect(search({ text: 'munition' })).toEqual([older]);
    expect(search({ text: 'Gipfeltrefen' })).toEqual([newer]);
  });

  it('searches the quoted passage and the page title too', () => {
    expect(search({ text: 'Termin' })).toEqual([newer]);
    expect(search({ text: 'Treffen' })).toContain(newer);
  });

  it('combines text with entity, site and tag filters', () => {
    expect(search({ tag: 'logistik' })).toEqual([entity, older]);
    expect(search({ tag: 'logistik', text: 'Bahnstrecke' })).toEqual([entity]);
    expect(search({ site: 'zeitung.example' })).toEqual([newer]);
    expect(search({ entity: 'expert:jane-doe' })).toEqual([entity, older]);
  });

  it('lists only the orphaned passages when asked', () => {
    const orphan = passageNote({ id: crypto.randomUUID(), orphanedAt: '2026-11-23T07:00:00.000Z' });
    expect(createNoteSearch([...notes, orphan])({ orphaned: true })).toEqual([orphan]);
  });
});

describe('noteFacets', () => {
  it('offers each entity, site and tag once, sorted', () => {
    expect(noteFacets(notes)).toEqual({
      entities: ['expert:jane-doe'],
      sites: ['news.example', 'zeitung.example'],
      tags: ['gipfel', 'logistik'],
    });
    expect(
      noteSite(entityNote({ target: { type: 'entity', kind: 'claim', entityId: 'c' } })),
    ).toBeUndefined();
  });
});
