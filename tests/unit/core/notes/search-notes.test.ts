import { describe, expect, it } from 'vitest';
import { NoteIndex, noteSite, type NoteQuery } from '@/core/notes/search-notes';
import type { Note } from '@/core/notes/note';
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

function indexed(list: Note[]): (query: NoteQuery) => Note[] {
  const index = new NoteIndex();
  index.add(list);
  return (query) => index.search(query);
}

describe('NoteIndex search', () => {
  const search = indexed(notes);

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
    expect(indexed([...notes, orphan])({ orphaned: true })).toEqual([orphan]);
  });
});

describe('NoteIndex growing page by page', () => {
  /** Notes a minute apart, the newest first, as the background pages them. */
  const many = Array.from({ length: 3_000 }, (_, n) =>
    entityNote({
      id: crypto.randomUUID(),
      text: n === 2_871 ? 'Eisenbahnfähre nach Rason' : `Notiz Nummer ${n}`,
      updatedAt: new Date(Date.UTC(2026, 0, 1) - n * 60_000).toISOString(),
    }),
  );

  it('finds a note deep in the list after it arrived in a later page', () => {
    const index = new NoteIndex();
    index.add(many.slice(0, 100));
    expect(index.search({ text: 'Eisenbahnfähre' })).toEqual([]);
    index.add(many.slice(100, 2_600));
    index.add(many.slice(2_600));
    expect(index.search({ text: 'Eisenbahnfähre' })).toEqual([many[2_871]]);
    expect(index.notes).toEqual(many);
  });

  it('puts a saved note first and changes its entry instead of adding a second one', () => {
    const index = new NoteIndex();
    index.add(many.slice(0, 10));
    const edited = {
      ...(many[5] as Note),
      text: 'Fährverbindung geändert',
      updatedAt: '2026-02-01T00:00:00.000Z',
    };
    index.add([edited]);
    expect(index.notes).toHaveLength(10);
    expect(index.notes[0]).toEqual(edited);
    expect(index.search({ text: 'Fährverbindung' })).toEqual([edited]);
    expect(index.search({ text: 'Nummer 5' }).map((note) => note.id)).not.toContain(edited.id);
  });

  it('forgets a deleted note in the list and in the index', () => {
    const index = new NoteIndex();
    index.add(many.slice(2_800, 2_900));
    index.remove((many[2_871] as Note).id);
    expect(index.search({ text: 'Eisenbahnfähre' })).toEqual([]);
    expect(index.notes).toHaveLength(99);
  });

  it('keeps notes changed at the same instant in falling id order, as the store pages them', () => {
    const same = ['a', 'c', 'b'].map((letter) =>
      entityNote({
        id: `${letter.repeat(8)}-0000-4000-8000-000000000000`,
        updatedAt: '2026-03-01T00:00:00.000Z',
      }),
    );
    const index = new NoteIndex();
    index.add(same);
    expect(index.notes.map((note) => note.id[0])).toEqual(['c', 'b', 'a']);
  });
});

describe('NoteIndex facets', () => {
  it('offers each entity, site and tag once, sorted', () => {
    const index = new NoteIndex();
    index.add(notes);
    const orphan = passageNote({
      id: crypto.randomUUID(),
      tags: ['einmalig'],
      orphanedAt: '2026-11-23T07:00:00.000Z',
    });
    index.add([orphan]);
    expect(index.orphans).toBe(1);
    index.remove(orphan.id);
    expect(index.orphans).toBe(0);
    expect(index.facets()).toEqual({
      entities: ['expert:jane-doe'],
      sites: ['news.example', 'zeitung.example'],
      tags: ['gipfel', 'logistik'],
    });
    expect(
      noteSite(entityNote({ target: { type: 'entity', kind: 'claim', entityId: 'c' } })),
    ).toBeUndefined();
  });
});
