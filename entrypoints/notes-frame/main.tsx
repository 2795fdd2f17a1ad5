import { render } from 'preact';
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import '@/components/popover/popover.css';
import '@/components/notes-frame/notes-frame.css';
import { NotesFrameApp } from '@/components/notes-frame/NotesFrameApp';
import type { NoteResponse } from '@/core/notes/messages';
import {
  decodeNotesFrameParams,
  NotesFramePortMessageSchema,
  type NotesFrameEvent,
} from '@/core/notes/notes-frame-protocol';

const decoded = decodeNotesFrameParams(location.hash);
const app = document.getElementById('app');

/**
 * The port to the content script that made this frame. Only a message carrying the nonce from this
 * frame's own address counts: the page around the frame can post to it too, but cannot know the nonce.
 */
let port: MessagePort | undefined;
const waiting: NotesFrameEvent[] = [];
const post = (event: NotesFrameEvent) => (port ? port.postMessage(event) : waiting.push(event));
window.addEventListener('message', (event) => {
  if (port || !decoded.ok) return;
  const handed = event.ports[0];
  if (!handed || !v.is(NotesFramePortMessageSchema, event.data)) return;
  if (event.data.kontextNotesFrame !== decoded.params.nonce) return;
  port = handed;
  for (const queued of waiting.splice(0)) port.postMessage(queued);
});

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
  // Escape closes the card or panel, on key-up: closing removes this frame, and a frame removed while
  // its key is still down never sees that key's release (the browser then waits for it in vain).
  document.addEventListener('keyup', (event) => {
    if (event.key === 'Escape') post({ type: 'close' });
  });
} else if (app && !decoded.ok) {
  app.textContent = decoded.error;
}
