import { describe, expect, it } from 'vitest';
import { isNoteMessage, parseNoteRequest } from '@/core/notes/messages';
import { entityNote } from './fixtures';

describe('parseNoteRequest', () => {
  it('accepts a draft and a full note for saving', () => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...draft } = entityNote();
    expect(parseNoteRequest({ type: 'notes:save', note: draft })).toMatchObject({ ok: true });
    expect(parseNoteRequest({ type: 'notes:save', note: entityNote() })).toEqual({
      ok: true,
      request: { type: 'notes:save', note: entityNote() },
    });
  });

  it('refuses a full note with a broken id instead of saving it as a new one', () => {
    expect(parseNoteRequest({ type: 'notes:save', note: { ...entityNote(), id: 'x' } })).toMatchObject({
      ok: false,
    });
  });

  it('names where a malformed message is wrong', () => {
    expect(parseNoteRequest({ type: 'notes:delete', id: 7 })).toEqual({
      ok: false,
      error: expect.stringMatching(/at id/),
    });
    expect(parseNoteRequest({ type: 'notes:drop-all' })).toMatchObject({ ok: false });
    expect(parseNoteRequest(null)).toMatchObject({ ok: false });
  });

  it('recognises notes messages by their type prefix only', () => {
    expect(isNoteMessage({ type: 'notes:list' })).toBe(true);
    expect(isNoteMessage({ type: 'ping' })).toBe(false);
    expect(isNoteMessage('notes:list')).toBe(false);
  });
});
