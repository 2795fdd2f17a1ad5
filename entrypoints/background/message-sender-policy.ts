/**
 * Who may send which background request. A content script runs next to a page's own scripts, so it
 * gets only what it needs: to say its page is a candidate, to report what it found there and to
 * fetch what its cards show. What the popup does (read another tab's findings, switch a site off or
 * on, run on a new site) is for the extension's own pages alone; so is adding or removing a site
 * (the options page).
 */
import type { BackgroundRequest } from '@/core/messages/runtime-messages';
import { contentScriptHost, isExtensionPage, notesFrameHost, type NoteSender } from './note-sender-policy';

export type SenderVerdict = { ok: true } | { ok: false; error: string };

export function allowBackgroundRequest(
  request: BackgroundRequest,
  sender: NoteSender,
  extensionOrigin: string,
): SenderVerdict {
  switch (request.type) {
    case 'ping':
      return { ok: true };
    case 'page:candidate':
    case 'page:status':
    case 'card:slices':
    case 'notes-frame:issue':
      return contentScriptHost(sender) !== null
        ? { ok: true }
        : { ok: false, error: `${request.type} is only accepted from a web page's content script` };
    case 'tab:status':
    case 'site:set-enabled':
    case 'site:run-here':
    case 'site:add':
    case 'site:remove':
      return isExtensionPage(sender, extensionOrigin)
        ? { ok: true }
        : { ok: false, error: `${request.type} is only open to Kontext's own pages` };
    case 'notes-frame:verify':
      // Only the note editor asks, from inside a web page's tab: a content script (of this tab or
      // another) must not be able to use up, or learn about, the nonces issued there.
      return notesFrameHost(sender, extensionOrigin) !== null
        ? { ok: true }
        : { ok: false, error: `${request.type} is only open to Kontext's note editor` };
  }
}
