import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { NoteRequest } from '@/core/notes/messages';
import type { NoteTarget } from '@/core/notes/note';
import { allowNoteRequest, answerNoteMessageFrom } from '@/entrypoints/background/note-sender-policy';
import { NoteStore } from '@/entrypoints/background/note-store';
import { entityNote, passageNote, passageTarget } from '../../core/notes/fixtures';

const ORIGIN = 'chrome-extension://abcdefghijklmnop/';
const notesPage = { url: `${ORIGIN}notes.html` };
const notesPageInTab = { url: `${ORIGIN}notes.html`, tab: { url: `${ORIGIN}notes.html` } };
const newsPage = { url: 'https://news.example/article', tab: { url: 'https://news.example/article' } };
const otherSite = { url: 'https://evil.example/', tab: { url: 'https://evil.example/' } };

const passage = passageNote();
const entity = entityNote();
const everyRequest: NoteRequest[] = [
  { type: 'notes:list' },
  { type: 'notes:get', id: passage.id },
  { type: 'notes:save', note: passage },
  { type: 'notes:delete', id: passage.id },
  { type: 'notes:restore', note: passage },
  { type: 'notes:anchored', id: passage.id, found: true },
  { type: 'notes:export' },
  { type: 'notes:import', json: '{}' },
];

describe('allowNoteRequest', () => {
  it('lets the extension’s own pages do everything, in a tab or not', () => {
    for (const request of everyRequest) {
      expect(allowNoteRequest(request, notesPage, ORIGIN)).toEqual({ ok: true });
      expect(allowNoteRequest(request, notesPageInTab, ORIGIN)).toEqual({ ok: true });
    }
  });

  it('refuses export, import, delete, restore and get from a content script, even on its own site', () => {
    for (const type of ['notes:get', 'notes:delete', 'notes:restore', 'notes:export', 'notes:import']) {
      const request = everyRequest.find((candidate) => candidate.type === type);
      if (!request) throw new Error(type);
      const verdict = allowNoteRequest(request, newsPage, ORIGIN, passage);
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) expect(verdict.error.code).toBe('invalid');
    }
  });

  it('lets a content script list notes on an entity or on its own site, nothing wider', () => {
    const list = (filter?: { entityId?: string; url?: string }): boolean =>
      allowNoteRequest({ type: 'notes:list', filter }, newsPage, ORIGIN).ok;
    expect(list({ entityId: 'jane-doe' })).toBe(true);
    expect(list({ url: 'https://news.example/other' })).toBe(true);
    expect(list({ url: 'https://evil.example/' })).toBe(false);
    expect(list({ entityId: 'jane-doe', url: 'https://evil.example/' })).toBe(false);
    expect(list({})).toBe(false);
    expect(list()).toBe(false);
  });

  it('lets a content script save new notes on its own site only', () => {
    const draft = (target: NoteTarget): NoteRequest => ({
      type: 'notes:save',
      note: { text: 'x', tags: [], target },
    });
    expect(allowNoteRequest(draft(passageTarget()), newsPage, ORIGIN).ok).toBe(true);
    expect(allowNoteRequest(draft(passageTarget()), otherSite, ORIGIN).ok).toBe(false);
    expect(
      allowNoteRequest(draft(passageTarget({ canonicalUrl: 'https://evil.example/x' })), newsPage, ORIGIN).ok,
    ).toBe(false);
    expect(allowNoteRequest(draft(entity.target), newsPage, ORIGIN).ok).toBe(true);
    expect(allowNoteRequest(draft(entity.target), otherSite, ORIGIN).ok).toBe(false);
  });

  it('lets a content script update or anchor a stored note only when that note is of its own site', () => {
    const foreign = passageNote({
      target: passageTarget({ url: 'https://evil.example/a', canonicalUrl: undefined }),
    });
    const anchored = { type: 'notes:anchored', id: passage.id, found: false } as const;
    expect(allowNoteRequest(anchored, newsPage, ORIGIN, passage).ok).toBe(true);
    expect(allowNoteRequest(anchored, otherSite, ORIGIN, passage).ok).toBe(false);
    expect(allowNoteRequest(anchored, newsPage, ORIGIN, null).ok).toBe(false);
    expect(allowNoteRequest(anchored, newsPage, ORIGIN, entity).ok).toBe(false);
    // Rewriting another site's note under its id, with a target on the sender's own site.
    expect(allowNoteRequest({ type: 'notes:save', note: passage }, newsPage, ORIGIN, foreign).ok).toBe(false);
    expect(allowNoteRequest({ type: 'notes:save', note: passage }, newsPage, ORIGIN, passage).ok).toBe(true);
  });

  it('refuses senders that are neither our pages nor http(s) pages', () => {
    const request: NoteRequest = { type: 'notes:list', filter: { entityId: 'jane-doe' } };
    expect(allowNoteRequest(request, {}, ORIGIN).ok).toBe(false);
    expect(allowNoteRequest(request, { url: 'chrome-extension://someoneelse/x.html' }, ORIGIN).ok).toBe(
      false,
    );
    expect(
      allowNoteRequest(request, { url: 'file:///tmp/a.html', tab: { url: 'file:///tmp/a.html' } }, ORIGIN).ok,
    ).toBe(false);
    // Our page URL in a web page's tab: a frame, not the notes page.
    expect(
      allowNoteRequest({ type: 'notes:export' }, { url: `${ORIGIN}notes.html`, tab: newsPage.tab }, ORIGIN)
        .ok,
    ).toBe(false);
  });
});

describe('allowNoteRequest for the note frame inside a page', () => {
  const frameIn = (tab: { url: string }) => ({ url: `${ORIGIN}notes-frame.html#x`, tab });

  it('has the rights of the content script on the page around it, and no more', () => {
    const onNews = frameIn(newsPage.tab);
    expect(
      allowNoteRequest({ type: 'notes:list', filter: { entityId: 'jane-doe' } }, onNews, ORIGIN),
    ).toEqual({
      ok: true,
    });
    expect(
      allowNoteRequest(
        { type: 'notes:save', note: { text: 'x', tags: [], target: passageTarget() } },
        onNews,
        ORIGIN,
      ),
    ).toEqual({ ok: true });
    const elsewhere: NoteTarget = {
      ...passageTarget(),
      url: 'https://evil.example/a',
      canonicalUrl: undefined,
    };
    expect(
      allowNoteRequest(
        { type: 'notes:save', note: { text: 'x', tags: [], target: elsewhere } },
        onNews,
        ORIGIN,
      ).ok,
    ).toBe(false);
    for (const type of ['notes:export', 'notes:import', 'notes:delete', 'notes:get'] as const) {
      const request = everyRequest.find((r) => r.type === type)!;
      expect(allowNoteRequest(request, onNews, ORIGIN).ok).toBe(false);
    }
  });

  it('gets nothing when another page of ours or another extension’s page claims to be it', () => {
    const request: NoteRequest = { type: 'notes:list', filter: { entityId: 'jane-doe' } };
    expect(allowNoteRequest(request, { url: `${ORIGIN}options.html`, tab: newsPage.tab }, ORIGIN).ok).toBe(
      false,
    );
    expect(
      allowNoteRequest(
        request,
        { url: 'chrome-extension://someoneelse/notes-frame.html', tab: newsPage.tab },
        ORIGIN,
      ).ok,
    ).toBe(false);
  });
});

describe('answerNoteMessageFrom', () => {
  it('answers allowed requests and leaves the store untouched on refused ones', async () => {
    const store = new NoteStore({ name: 'kontext-sender-policy' });
    const saved = await answerNoteMessageFrom(
      store,
      { type: 'notes:save', note: { text: 'mine', tags: [], target: passageTarget() } },
      newsPage,
      ORIGIN,
    );
    if (!saved.ok || !('note' in saved)) throw new Error('save failed');
    const exported = await answerNoteMessageFrom(store, { type: 'notes:export' }, newsPage, ORIGIN);
    expect(exported.ok).toBe(false);
    const deleted = await answerNoteMessageFrom(
      store,
      { type: 'notes:delete', id: saved.note.id },
      otherSite,
      ORIGIN,
    );
    expect(deleted.ok).toBe(false);
    const anchoredElsewhere = await answerNoteMessageFrom(
      store,
      { type: 'notes:anchored', id: saved.note.id, found: false },
      otherSite,
      ORIGIN,
    );
    expect(anchoredElsewhere.ok).toBe(false);
    expect(await store.get(saved.note.id)).toEqual(saved.note);
    const anchored = await answerNoteMessageFrom(
      store,
      { type: 'notes:anchored', id: saved.note.id, found: false },
      newsPage,
      ORIGIN,
    );
    expect(anchored.ok && 'note' in anchored && anchored.note.orphanedAt !== undefined).toBe(true);
    const fromNotesPage = await answerNoteMessageFrom(store, { type: 'notes:export' }, notesPage, ORIGIN);
    expect(fromNotesPage.ok && 'count' in fromNotesPage && fromNotesPage.count).toBe(1);
    expect((await answerNoteMessageFrom(store, { type: 'bogus' }, notesPage, ORIGIN)).ok).toBe(false);
  });
});
