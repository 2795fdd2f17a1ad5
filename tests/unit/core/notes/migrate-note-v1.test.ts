import { describe, expect, it } from 'vitest';
import { migrateNoteV1, type NoteRecordV1 } from '@/core/notes/migrate-note-v1';

describe('migrateNoteV1', () => {
  it('nests an entity record under target and starts with no tags', () => {
    const record: NoteRecordV1 = {
      id: '0f8c3a52-6f1e-4b8e-9a51-2d9c0c6e7a11',
      created: '2025-03-01T12:00:00.000Z',
      text: 'old note',
      kind: 'claim',
      entityId: 'some-claim',
      url: 'https://news.example/a?utm_source=feed',
    };
    expect(migrateNoteV1(record)).toEqual({
      ok: true,
      note: {
        id: record.id,
        createdAt: record.created,
        updatedAt: record.created,
        text: 'old note',
        tags: [],
        target: { type: 'entity', kind: 'claim', entityId: 'some-claim', url: 'https://news.example/a' },
      },
    });
  });

  it('gives a reason for a record it cannot read', () => {
    const result = migrateNoteV1({ id: 'x', created: 'yesterday', kind: 'passage' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/id/);
  });
});
