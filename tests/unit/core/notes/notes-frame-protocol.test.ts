import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import {
  decodeNotesFrameParams,
  encodeNotesFrameParams,
  NotesFrameEventSchema,
  type NotesFrameParams,
} from '@/core/notes/notes-frame-protocol';
import { passageTarget } from './fixtures';

const params: NotesFrameParams = {
  nonce: '2b7e1516-28ae-4d2a-abf7-158809cf4f3c',
  lang: 'de',
  target: passageTarget(),
};

describe('the note frame’s address', () => {
  it('carries the target there and back, quotes and all', () => {
    const hash = encodeNotesFrameParams(params);
    expect(hash.startsWith('#')).toBe(true);
    expect(decodeNotesFrameParams(hash)).toEqual({ ok: true, params });
  });

  it('says what is wrong with an address it cannot use, instead of opening on nothing', () => {
    const garbled = decodeNotesFrameParams('#%7B%22nonce');
    expect(garbled.ok).toBe(false);
    if (!garbled.ok) expect(garbled.error).toMatch(/without a readable target/);
    const wrong = decodeNotesFrameParams(
      encodeNotesFrameParams({ ...params, target: { ...passageTarget(), url: 'javascript:alert(1)' } }),
    );
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error).toMatch(/http or https/);
    expect(decodeNotesFrameParams(encodeNotesFrameParams({ ...params, nonce: 'short' })).ok).toBe(false);
  });
});

describe('what the frame may say', () => {
  it('is a height, a saved note id or a close; nothing else gets through', () => {
    expect(v.is(NotesFrameEventSchema, { type: 'height', px: 120 })).toBe(true);
    expect(v.is(NotesFrameEventSchema, { type: 'saved', noteId: params.nonce })).toBe(true);
    expect(v.is(NotesFrameEventSchema, { type: 'close' })).toBe(true);
    expect(v.is(NotesFrameEventSchema, { type: 'saved', noteId: '<img src=x>' })).toBe(false);
    expect(v.is(NotesFrameEventSchema, { type: 'height', px: 1e9 })).toBe(false);
    expect(v.is(NotesFrameEventSchema, { type: 'eval', code: '1' })).toBe(false);
  });
});
