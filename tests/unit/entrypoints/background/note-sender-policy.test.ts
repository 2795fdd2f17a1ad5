import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { NoteRequest } from '@/core/notes/messages';
import type { Note, NoteTarget } from '@/core/notes/note';
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

  it('lets a content script list only the notes under a URL of its own site', () => {
    const list = (filter?: { entityId?: string; url?: string }): boolean =>
      allowNoteRequest({ type: 'notes:list', filter }, newsPage, ORIGIN).ok;
    expect(list({ url: 'https://news.example/other' })).toBe(true);
    expect(list({ url: 'https://www.news.example/other' })).toBe(true);
    // Every entity note from every site, with the pages they were written on: the frame's, not the page's.
    expect(list({ entityId: 'jane-doe' })).toBe(false);
    expect(list({ url: 'https://evil.example/' })).toBe(false);
    expect(list({ entityId: 'jane-doe', url: 'https://news.example/other' })).toBe(false);
    expect(list({})).toBe(false);
    expect(list()).toBe(false);
  });

  it('refuses every save from a content script, new notes on its own site included', () => {
    const draft = (target: NoteTarget): NoteRequest => ({
      type: 'notes:save',
      note: { text: 'x', tags: [], target },
    });
    for (const request of [
      draft(passageTarget()),
      draft(entity.target),
      { type: 'notes:save', note: passage },
    ]) {
      const verdict = allowNoteRequest(request as NoteRequest, newsPage, ORIGIN, passage);
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) expect(verdict.error.code).toBe('invalid');
    }
  });

  it('lets a content script anchor a stored note only when that note is of its own site', () => {
    const anchored = { type: 'notes:anchored', id: passage.id, found: true } as const;
    expect(allowNoteRequest(anchored, newsPage, ORIGIN, passage).ok).toBe(true);
    expect(allowNoteRequest(anchored, otherSite, ORIGIN, passage).ok).toBe(false);
    expect(allowNoteRequest(anchored, newsPage, ORIGIN, null).ok).toBe(false);
    expect(allowNoteRequest(anchored, newsPage, ORIGIN, entity).ok).toBe(false);
  });

  it('takes "passage not found" only from the note’s own page, not from a page naming it as canonical', () => {
    const missing = { type: 'notes:anchored', id: passage.id, found: false } as const;
    const own = {
      url: 'https://news.example/article?utm_source=x#top',
      tab: { url: 'https://news.example/article' },
    };
    const ownWithoutWww = passageNote({ target: passageTarget({ url: 'https://www.news.example/article' }) });
    const sameSiteOtherArticle = {
      url: 'https://news.example/attacker-page',
      tab: { url: 'https://news.example/attacker-page' },
    };
    expect(allowNoteRequest(missing, own, ORIGIN, passage).ok).toBe(true);
    expect(allowNoteRequest(missing, own, ORIGIN, ownWithoutWww).ok).toBe(true);
    const verdict = allowNoteRequest(missing, sameSiteOtherArticle, ORIGIN, passage);
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) expect(verdict.error.error).toMatch(/own page/);
    // Found there, the note is only a hint: saying so changes no orphan flag it did not set.
    expect(allowNoteRequest({ ...missing, found: true }, sameSiteOtherArticle, ORIGIN, passage).ok).toBe(
      true,
    );
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

  it('may list the notes on an expert or claim and save new notes on the page’s site, nothing more', () => {
    const onNews = frameIn(newsPage.tab);
    expect(
      allowNoteRequest({ type: 'notes:list', filter: { entityId: 'jane-doe' } }, onNews, ORIGIN),
    ).toEqual({ ok: true });
    expect(
      allowNoteRequest({ type: 'notes:list', filter: { url: 'https://news.example/other' } }, onNews, ORIGIN)
        .ok,
    ).toBe(false);
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
    // The editor makes new notes only: overwriting a stored one under its id is the notes page's job.
    expect(allowNoteRequest({ type: 'notes:save', note: passage }, onNews, ORIGIN, passage).ok).toBe(false);
    for (const type of [
      'notes:export',
      'notes:import',
      'notes:delete',
      'notes:get',
      'notes:anchored',
    ] as const) {
      const request = everyRequest.find((r) => r.type === type)!;
      expect(allowNoteRequest(request, onNews, ORIGIN, passage).ok).toBe(false);
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
  const frameOnNews = { url: `${ORIGIN}notes-frame.html#x`, tab: newsPage.tab };

  it('answers allowed requests and leaves the store untouched on refused ones', async () => {
    const store = new NoteStore({ name: 'kontext-sender-policy' });
    const saved = await answerNoteMessageFrom(
      store,
      { type: 'notes:save', note: { text: 'mine', tags: [], target: passageTarget() } },
      frameOnNews,
      ORIGIN,
    );
    if (!saved.ok || !('note' in saved)) throw new Error('save failed');
    const fromPage = await answerNoteMessageFrom(
      store,
      { type: 'notes:save', note: { text: 'forged', tags: [], target: passageTarget() } },
      newsPage,
      ORIGIN,
    );
    expect(fromPage.ok).toBe(false);
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
    const canonicalAttack = await answerNoteMessageFrom(
      store,
      { type: 'notes:anchored', id: saved.note.id, found: false },
      { url: 'https://news.example/canonical', tab: { url: 'https://news.example/canonical' } },
      ORIGIN,
    );
    expect(canonicalAttack.ok).toBe(false);
    expect(await store.get(saved.note.id)).toEqual(saved.note);
    expect(await store.list()).toHaveLength(1);
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

  it('shows the frame entity notes without the pages and titles of other sites, and a page only where its passages are', async () => {
    const store = new NoteStore({ name: 'kontext-sender-policy-trim' });
    const onNews = entityNote({ id: crypto.randomUUID() });
    const elsewhere = entityNote({
      id: crypto.randomUUID(),
      target: { ...entityNote().target, url: 'https://guardian.example/read', pageTitle: 'Elsewhere' },
    } as Partial<Note>);
    const onPage = passageNote({ id: crypto.randomUUID(), tags: ['private-tag'] });
    const onPageEntity = entityNote({
      id: crypto.randomUUID(),
      target: { type: 'entity', kind: 'expert', entityId: 'jane-doe', url: 'https://news.example/article' },
    });
    await store.importAll([onNews, elsewhere, onPage, onPageEntity]);

    const inFrame = await answerNoteMessageFrom(
      store,
      { type: 'notes:list', filter: { entityId: 'jane-doe' } },
      frameOnNews,
      ORIGIN,
    );
    if (!inFrame.ok || !('notes' in inFrame)) throw new Error('list failed');
    const byId = new Map(inFrame.notes.map((note) => [note.id, note.target]));
    expect(byId.get(elsewhere.id)).toEqual({ type: 'entity', kind: 'expert', entityId: 'jane-doe' });
    expect(byId.get(onNews.id)).toEqual(onNews.target);
    expect(JSON.stringify(inFrame.notes)).not.toContain('guardian.example');

    const inPage = await answerNoteMessageFrom(
      store,
      { type: 'notes:list', filter: { url: 'https://news.example/article' } },
      newsPage,
      ORIGIN,
    );
    if (!inPage.ok || !('notes' in inPage)) throw new Error('list failed');
    expect(inPage.notes.map((note) => note.id)).toEqual([onPage.id]);
    // Where the passage is, not what the reader wrote about it.
    expect(inPage.notes[0]).toEqual({ ...onPage, text: '', tags: [] });
  });
});
