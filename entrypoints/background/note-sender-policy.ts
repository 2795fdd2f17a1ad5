/**
 * Who may send which notes request. The notes database holds what the reader wrote on every site, so a
 * content script, which runs next to a page's own scripts and could be driven by them, may only touch
 * notes of the site it runs on; export, import, delete, restore and get are for the extension's own pages.
 */
import { parseNoteRequest, type NoteError, type NoteRequest, type NoteResponse } from '@/core/notes/messages';
import type { Note, NoteTarget } from '@/core/notes/note';
import { handleNoteRequest } from './note-handlers';
import type { NoteStore } from './note-store';

export interface NoteSender {
  tab?: { url?: string };
  url?: string;
}

export type NoteRequestVerdict = { ok: true } | { ok: false; error: NoteError };

/**
 * `stored` is the note currently stored under the request's id, for the requests that change an existing
 * note (`notes:save` of a full note, `notes:anchored`): a content script may only change notes of its own
 * site, which the request alone cannot prove. Pass `null` when there is no such note.
 */
export function allowNoteRequest(
  request: NoteRequest,
  sender: NoteSender,
  extensionOrigin: string,
  stored?: Note | null,
): NoteRequestVerdict {
  if (isExtensionPage(sender, extensionOrigin)) return { ok: true };
  const host = contentScriptHost(sender) ?? notesFrameHost(sender, extensionOrigin);
  if (host === null) return refuse('notes are only open to Kontext itself and to pages it runs on');
  switch (request.type) {
    case 'notes:list': {
      const filter = request.filter;
      if (filter?.entityId !== undefined && filter.url === undefined) return { ok: true };
      if (filter?.url !== undefined && hostOf(filter.url) === host) return { ok: true };
      return refuse('a page may only list notes on an expert or claim, or on its own site');
    }
    case 'notes:save': {
      if (!targetOnHost(request.note.target, host))
        return refuse('a page may only save notes on its own site');
      if (!('id' in request.note)) return { ok: true };
      return stored === undefined || stored === null || targetOnHost(stored.target, host)
        ? { ok: true }
        : refuse('a page may only change notes of its own site');
    }
    case 'notes:anchored':
      return stored?.target.type === 'passage' && targetOnHost(stored.target, host)
        ? { ok: true }
        : refuse('a page may only report passages of its own site');
    default:
      return refuse(`${request.type} is only open to Kontext's own pages`);
  }
}

/** The request types whose verdict depends on the note already stored under the request's id. */
export function needsStoredNote(request: NoteRequest): string | null {
  if (request.type === 'notes:anchored') return request.id;
  if (request.type === 'notes:save' && 'id' in request.note) return request.note.id;
  return null;
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
  if (sender.tab === undefined) return null;
  const pageUrl = sender.url ?? sender.tab.url;
  if (pageUrl === undefined) return null;
  try {
    const parsed = new URL(pageUrl);
    return /^https?:$/.test(parsed.protocol) && parsed.hostname !== '' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

function targetOnHost(target: NoteTarget, host: string): boolean {
  // An entity note belongs to the expert or claim; the page it was written on is optional context.
  if (target.type === 'entity') return target.url === undefined || hostOf(target.url) === host;
  return (
    hostOf(target.url) === host && (target.canonicalUrl === undefined || hostOf(target.canonicalUrl) === host)
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
  return verdict.ok ? handleNoteRequest(store, parsed.request) : verdict.error;
}
