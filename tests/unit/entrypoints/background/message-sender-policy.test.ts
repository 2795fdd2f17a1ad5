import { describe, expect, it } from 'vitest';
import type { BackgroundRequest } from '@/core/messages/runtime-messages';
import { allowBackgroundRequest } from '@/entrypoints/background/message-sender-policy';

const ORIGIN = 'chrome-extension://abcdefghijklmnop/';
const popup = { url: `${ORIGIN}popup.html` };
const notesPageInTab = { url: `${ORIGIN}notes.html`, tab: { url: `${ORIGIN}notes.html` } };
const contentScript = {
  url: 'https://www.spiegel.de/ausland/a',
  tab: { url: 'https://www.spiegel.de/ausland/a' },
};
// Another extension's page, or a page that framed ours: neither is Kontext's own page.
// Kontext's note editor, framed by a web page.
const notesFrame = {
  url: `${ORIGIN}notes-frame.html#x`,
  tab: { url: 'https://www.spiegel.de/ausland/a' },
};
const NONCE = '2b7e1516-28ae-4d2a-abf7-158809cf4f3c';
const strangerExtension = { url: 'chrome-extension://zzzzzzzzzzzzzzzz/popup.html' };
const extensionPageFramedInSite = { url: `${ORIGIN}popup.html`, tab: { url: 'https://evil.example/' } };

const status = {
  url: 'https://www.spiegel.de/ausland/a',
  onTopic: true,
  score: 5,
  lang: 'de' as const,
  evidence: [],
  experts: [],
  claims: [],
  highlights: 0,
};
const popupOnly: BackgroundRequest[] = [
  { type: 'tab:status', tabId: 7 },
  { type: 'site:set-enabled', host: 'spiegel.de', enabled: false },
  { type: 'site:run-here', tabId: 7 },
  { type: 'site:add', host: 'example.org' },
  { type: 'site:remove', host: 'example.org' },
];
const contentOnly: BackgroundRequest[] = [
  { type: 'page:candidate' },
  { type: 'page:status', status },
  { type: 'card:slices', entities: [{ kind: 'expert', id: 'victor-cha' }] },
];

describe('allowBackgroundRequest', () => {
  it('keeps the popup’s requests for the extension’s own pages', () => {
    for (const request of popupOnly) {
      expect(allowBackgroundRequest(request, popup, ORIGIN)).toEqual({ ok: true });
      expect(allowBackgroundRequest(request, notesPageInTab, ORIGIN)).toEqual({ ok: true });
      for (const sender of [contentScript, strangerExtension, extensionPageFramedInSite, {}]) {
        const verdict = allowBackgroundRequest(request, sender, ORIGIN);
        expect(verdict.ok, `${request.type} from ${JSON.stringify(sender)}`).toBe(false);
      }
    }
  });

  it('takes page reports only from a content script in a web page', () => {
    for (const request of contentOnly) {
      expect(allowBackgroundRequest(request, contentScript, ORIGIN)).toEqual({ ok: true });
      expect(allowBackgroundRequest(request, popup, ORIGIN).ok).toBe(false);
      const fileTab = { url: 'file:///tmp/a.html', tab: { url: 'file:///tmp/a.html' } };
      expect(allowBackgroundRequest(request, fileTab, ORIGIN).ok).toBe(false);
    }
  });

  it('takes a note frame’s nonce only from a content script in a web page', () => {
    const issue: BackgroundRequest = { type: 'notes-frame:issue', nonce: NONCE };
    expect(allowBackgroundRequest(issue, contentScript, ORIGIN)).toEqual({ ok: true });
    for (const sender of [popup, notesFrame, strangerExtension, {}])
      expect(allowBackgroundRequest(issue, sender, ORIGIN).ok, JSON.stringify(sender)).toBe(false);
  });

  it('answers whether a nonce was issued only to the note frame, not to content scripts of any tab', () => {
    const verify: BackgroundRequest = { type: 'notes-frame:verify', nonce: NONCE };
    expect(allowBackgroundRequest(verify, notesFrame, ORIGIN)).toEqual({ ok: true });
    const otherTabsScript = { url: 'https://evil.example/', tab: { url: 'https://evil.example/' } };
    const otherPageOfOurs = { url: `${ORIGIN}popup.html`, tab: { url: 'https://www.spiegel.de/ausland/a' } };
    for (const sender of [contentScript, otherTabsScript, popup, otherPageOfOurs, strangerExtension, {}])
      expect(allowBackgroundRequest(verify, sender, ORIGIN).ok, JSON.stringify(sender)).toBe(false);
  });

  it('answers a ping from anyone', () => {
    for (const sender of [popup, contentScript, {}]) {
      expect(allowBackgroundRequest({ type: 'ping' }, sender, ORIGIN)).toEqual({ ok: true });
    }
  });
});
