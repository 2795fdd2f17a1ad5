/**
 * Who may send which background request. A content script runs next to a page's own scripts, so it
 * gets only what it needs: to say its page is a candidate and to report what it found there. What
 * the popup does (read another tab's findings, switch a site off or on, run on a new site) is for
 * the extension's own pages alone; so is adding or removing a site (the options page).
 */
import type { BackgroundRequest } from '@/core/messages/runtime-messages';
import { contentScriptHost, isExtensionPage, type NoteSender } from './note-sender-policy';

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
  }
}
