import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/popover/popover.css';
import '@/components/notes-frame/notes-frame.css';
import { NotesFrameApp } from '@/components/notes-frame/NotesFrameApp';
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

if (app && decoded.ok) {
  document.documentElement.lang = decoded.params.lang;
  render(<NotesFrameApp params={decoded.params} send={send} post={post} />, app);
  // The frame is as tall as what it shows; the content script sizes the frame element to match.
  new ResizeObserver(() =>
    post({ type: 'height', px: Math.ceil(app.getBoundingClientRect().height) }),
  ).observe(app);
  closeOnEscape(document, post);
} else if (app && !decoded.ok) {
  app.textContent = decoded.error;
}
