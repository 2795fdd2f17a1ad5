import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/popover/popover.css';
import '@/components/notes-frame/notes-frame.css';
import { NotesFrameApp } from '@/components/notes-frame/NotesFrameApp';
import { loadDraft } from '@/components/popover/note-draft';
import type { NoteResponse } from '@/core/notes/messages';
import { closeOnEscape, createFramePort } from '@/components/notes-frame/frame-port';
import { decodeNotesFrameParams, type NotesFrameEvent } from '@/core/notes/notes-frame-protocol';

const decoded = decodeNotesFrameParams(location.hash);
const app = document.getElementById('app');

// The way back to the content script that made this frame (see frame-port.ts for who counts).
const framePort = decoded.ok ? createFramePort(decoded.params.nonce) : undefined;
const post = (event: NotesFrameEvent) => framePort?.post(event);
window.addEventListener('message', (event) => void framePort?.offer(event));

const send = async (message: unknown): Promise<NoteResponse | undefined> => {
  try {
    return (await browser.runtime.sendMessage(message)) as NoteResponse | undefined;
  } catch {
    return undefined;
  }
};

/**
 * Whether the background issued this frame's nonce for this tab. Any page can frame this editor by its
 * address; only a frame Kontext's content script made shows anything, answers anything, or saves.
 */
async function issuedByKontext(nonce: string): Promise<boolean> {
  try {
    const answer = (await browser.runtime.sendMessage({ type: 'notes-frame:verify', nonce })) as
      { ok?: unknown } | undefined;
    return answer?.ok === true;
  } catch {
    return false;
  }
}

if (app && decoded.ok) {
  const { params } = decoded;
  void issuedByKontext(params.nonce).then(async (issued) => {
    if (!issued) return;
    const draft = await loadDraft(browser.storage.session, params.target);
    document.documentElement.lang = params.lang;
    render(<NotesFrameApp params={params} send={send} post={post} draft={draft} />, app);
    // The frame is as tall as what it shows; the content script sizes the frame element to match.
    new ResizeObserver(() =>
      post({ type: 'height', px: Math.ceil(app.getBoundingClientRect().height) }),
    ).observe(app);
    closeOnEscape(document, post);
  });
} else if (app && !decoded.ok) {
  app.textContent = decoded.error;
}
