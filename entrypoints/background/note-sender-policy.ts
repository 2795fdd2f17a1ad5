/**
 * Who may send which notes request. The notes database holds what the reader wrote on every site, so
 * each sender gets only what it uses:
 * - the extension's own pages (notes page, popup): everything;
 * - the note frame (entrypoints/notes-frame) inside a web page: the notes on an expert or claim, and
 *   saving a new note on that page's site;
 * - a content script, which runs next to a page's own scripts and could be driven by them: the notes
 *   filed under its own page's URL, and reporting whether those passages were found there.
 */
import { parseNoteRequest, type NoteError, type NoteRequest, type NoteResponse } from '@/core/notes/messages';
import { sameArticleUrl, siteHostOf, type Note, type NoteTarget } from '@/core/notes/note';
import { handleNoteRequest } from './note-handlers';
import type { NoteStore } from './note-store';

export interface NoteSender {
  tab?: { url?: string };
  url?: string;
}

export type NoteRequestVerdict = { ok: true } | { ok: false; error: NoteError };

/**
 * `stored` is the note currently stored under the request's id, for the requests that change an existing
 * note (`notes:anchored`): a content script may only report on notes of its own page, which the request
 * alone cannot prove. Pass `null` when there is no such note.
 */
export function allowNoteRequest(
  request: NoteRequest,
  sender: NoteSender,
  extensionOrigin: string,
  stored?: Note | null,
): NoteRequestVerdict {
  if (isExtensionPage(sender, extensionOrigin)) return { ok: true };
  const frameHost = notesFrameHost(sender, extensionOrigin);
  if (frameHost !== null) return allowFromNotesFrame(request, frameHost);
  const page = contentScriptPage(sender);
  if (page === null) return refuse('notes are only open to Kontext itself and to pages it runs on');
  return allowFromContentScript(request, page, stored);
}

function allowFromNotesFrame(request: NoteRequest, host: string): NoteRequestVerdict {
  switch (request.type) {
    case 'notes:list':
      return request.filter?.entityId !== undefined && request.filter.url === undefined
        ? { ok: true }
        : refuse('the note editor may only list the notes on an expert or claim');
    case 'notes:save':
      // The editor only ever makes new notes; changing a stored one is the notes page's job.
      if ('id' in request.note) return refuse('the note editor may only save new notes');
      return targetOnHost(request.note.target, host)
        ? { ok: true }
        : refuse('a page may only save notes on its own site');
    default:
      return refuse(`${request.type} is only open to Kontext's own pages`);
  }
}

function allowFromContentScript(
  request: NoteRequest,
  page: { url: string; host: string },
  stored: Note | null | undefined,
): NoteRequestVerdict {
  switch (request.type) {
    case 'notes:list': {
      const url = request.filter?.url;
      return url !== undefined && request.filter?.entityId === undefined && sameSite(hostOf(url), page.host)
        ? { ok: true }
        : refuse('a page may only list the notes on its own site');
    }
    case 'notes:anchored': {
      if (stored?.target.type !== 'passage' || !targetOnHost(stored.target, page.host))
        return refuse('a page may only report passages of its own site');
      // Another page of the site can name this note's article as its canonical URL (or copy its text):
      // there the note is only a hint, and its missing passage says nothing about the note's own page.
      return request.found || sameArticleUrl(stored.target.url, page.url)
        ? { ok: true }
        : refuse('only the note’s own page can report its passage as missing');
    }
    default:
      return refuse(`${request.type} is only open to Kontext's own pages`);
  }
}

/** The request types whose verdict depends on the note already stored under the request's id. */
export function needsStoredNote(request: NoteRequest): string | null {
  return request.type === 'notes:anchored' ? request.id : null;
}

/** A page of the extension itself (popup, notes page), in a tab or not. */
export function isExtensionPage(sender: NoteSender, extensionOrigin: string): boolean {
  const origin = originOf(extensionOrigin);
  if (origin === null || sender.url === undefined || originOf(sender.url) !== origin) return false;
  // A tab is fine as long as it shows one of our pages (the notes page opened in a tab).
  return sender.tab === undefined || (sender.tab.url !== undefined && originOf(sender.tab.url) === origin);
}

/**
 * The host of the web page that frames Kontext's note editor (entrypoints/notes-frame), when that is
 * the sender: the editor speaks for the page it sits in, with no more rights than the content script
 * there. Any other page of ours inside a web page's tab gets nothing.
 */
export function notesFrameHost(sender: NoteSender, extensionOrigin: string): string | null {
  const origin = originOf(extensionOrigin);
  if (origin === null || sender.url === undefined || sender.tab?.url === undefined) return null;
  try {
    const frame = new URL(sender.url);
    if (`${frame.protocol}//${frame.host}` !== origin || frame.pathname !== '/notes-frame.html') return null;
  } catch {
    return null;
  }
  return contentScriptHost({ tab: sender.tab, url: sender.tab.url });
}

/** The host of the web page a content script runs in: its own frame's URL, or its tab's. */
export function contentScriptHost(sender: NoteSender): string | null {
  return contentScriptPage(sender)?.host ?? null;
}

function contentScriptPage(sender: NoteSender): { url: string; host: string } | null {
  if (sender.tab === undefined) return null;
  const pageUrl = sender.url ?? sender.tab.url;
  if (pageUrl === undefined) return null;
  try {
    const parsed = new URL(pageUrl);
    return /^https?:$/.test(parsed.protocol) && parsed.hostname !== ''
      ? { url: pageUrl, host: parsed.hostname }
      : null;
  } catch {
    return null;
  }
}

/** `www.spiegel.de` and `spiegel.de` are one site: the same articles, the same notes. */
function sameSite(a: string | null, b: string): boolean {
  return a !== null && siteHostOf(a) === siteHostOf(b);
}

function targetOnHost(target: NoteTarget, host: string): boolean {
  // An entity note belongs to the expert or claim; the page it was written on is optional context.
  if (target.type === 'entity') return target.url === undefined || sameSite(hostOf(target.url), host);
  return (
    sameSite(hostOf(target.url), host) &&
    (target.canonicalUrl === undefined || sameSite(hostOf(target.canonicalUrl), host))
  );
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // Extension URLs have an opaque origin ('null') in some engines; protocol and host identify them.
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

function refuse(error: string): NoteRequestVerdict {
  return { ok: false, error: { ok: false, code: 'invalid', error } };
}

/**
 * The background's entry point for notes messages: validates, applies the policy (looking up the stored
 * note where the verdict needs it), then answers. A refused request changes nothing.
 */
export async function answerNoteMessageFrom(
  store: NoteStore,
  message: unknown,
  sender: NoteSender,
  extensionOrigin: string,
): Promise<NoteResponse> {
  const parsed = parseNoteRequest(message);
  if (!parsed.ok) return { ok: false, code: 'invalid', error: parsed.error };
  const storedId = needsStoredNote(parsed.request);
  let stored: Note | null | undefined;
  if (storedId !== null && !isExtensionPage(sender, extensionOrigin)) {
    try {
      stored = (await store.get(storedId)) ?? null;
    } catch (error) {
      return { ok: false, code: 'internal', error: error instanceof Error ? error.message : String(error) };
    }
  }
  const verdict = allowNoteRequest(parsed.request, sender, extensionOrigin, stored);
  if (!verdict.ok) return verdict.error;
  const response = await handleNoteRequest(store, parsed.request);
  return 'notes' in response
    ? { ...response, notes: notesFor(sender, extensionOrigin, response.notes) }
    : response;
}

/**
 * What a listing shows each sender. The note frame gets entity notes without the page and title of
 * notes written on other sites (those are the reader's browsing history, and the frame shows neither).
 * A content script gets only the passage notes it anchors, and of those only where the passage is: it
 * draws and reports passages, it never shows what the reader wrote, so text and tags stay out of the
 * page's process (empty, not missing, so the reply keeps the one Note shape).
 */
export function notesFor(sender: NoteSender, extensionOrigin: string, notes: Note[]): Note[] {
  if (isExtensionPage(sender, extensionOrigin)) return notes;
  const frameHost = notesFrameHost(sender, extensionOrigin);
  if (frameHost === null)
    return notes
      .filter((note) => note.target.type === 'passage')
      .map((note) => ({ ...note, text: '', tags: [] }));
  return notes.map((note) => {
    const { target } = note;
    if (target.type !== 'entity' || target.url === undefined || sameSite(hostOf(target.url), frameHost))
      return note;
    const { url: _url, pageTitle: _pageTitle, ...rest } = target;
    return { ...note, target: rest };
  });
}
