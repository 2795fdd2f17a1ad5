import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routeMessage } from '@/entrypoints/background/route-message';

// The fake browser's own extension origin.
const ORIGIN = 'chrome-extension://test-extension-id';
const NONCE = '2b7e1516-28ae-4d2a-abf7-158809cf4f3c';
/** What Chrome says about a sender; only these fields matter here. */
const sender = (fields: { url: string; tab: { id: number; url: string } }) =>
  fields as unknown as Browser.runtime.MessageSender;
const page = (tabId: number, url: string) => sender({ url, tab: { id: tabId, url } });
const frame = (tabId: number, pageUrl: string) =>
  sender({ url: `${ORIGIN}/notes-frame.html#x`, tab: { id: tabId, url: pageUrl } });
const ARTICLE = 'https://www.spiegel.de/ausland/a';

describe('the background on note-frame nonces', () => {
  beforeEach(() => fakeBrowser.reset());

  it('confirms the nonce a content script issued to the note frame in the same tab, once', async () => {
    expect(await routeMessage({ type: 'notes-frame:issue', nonce: NONCE }, page(7, ARTICLE))).toEqual({
      ok: true,
    });
    expect(await routeMessage({ type: 'notes-frame:verify', nonce: NONCE }, frame(7, ARTICLE))).toEqual({
      ok: true,
    });
    const again = await routeMessage({ type: 'notes-frame:verify', nonce: NONCE }, frame(7, ARTICLE));
    expect(again.ok).toBe(false);
  });

  it('does not confirm it to a note frame in another tab, nor answer content scripts', async () => {
    await routeMessage({ type: 'notes-frame:issue', nonce: NONCE }, page(7, ARTICLE));
    const elsewhere = await routeMessage({ type: 'notes-frame:verify', nonce: NONCE }, frame(8, ARTICLE));
    expect(elsewhere.ok).toBe(false);
    for (const script of [page(7, ARTICLE), page(8, 'https://evil.example/')]) {
      const asked = await routeMessage({ type: 'notes-frame:verify', nonce: NONCE }, script);
      expect(asked.ok).toBe(false);
    }
    // None of those used it up: the real frame in tab 7 is still confirmed.
    expect(await routeMessage({ type: 'notes-frame:verify', nonce: NONCE }, frame(7, ARTICLE))).toEqual({
      ok: true,
    });
  });
});
