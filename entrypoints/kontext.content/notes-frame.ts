import * as v from 'valibot';
import { browser } from 'wxt/browser';
import {
  encodeNotesFrameParams,
  NotesFrameEventSchema,
  type NotesFrameEvent,
  type NotesFrameParams,
} from '@/core/notes/notes-frame-protocol';

/** The note editor's page (entrypoints/notes-frame), framed by the card and the passage panel. */
export const NOTES_FRAME_PATH = '/notes-frame.html';

export interface NotesFrame {
  frame: HTMLIFrameElement;
  /** Closes the port; the frame element is removed by whoever placed it. */
  dispose(): void;
}

/** The extension's origin, as a frame's postMessage target. */
function extensionOrigin(): string {
  const base = new URL(browser.runtime.getURL('/'));
  return `${base.protocol}//${base.host}`;
}

/** Tells the background which nonce this tab's next frame carries; the frame checks it there first. */
async function issueNonce(nonce: string): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'notes-frame:issue', nonce });
  } catch {
    // The extension was reloaded: the frame will find its nonce unknown and stay blank.
  }
}

/**
 * A frame of the extension's own origin for the reader's notes on `target`. Whatever the reader types
 * there stays out of the page: a shadow root would not keep key and input events from the page's
 * listeners, a frame of another origin does. The frame talks back over a port only it and this
 * script hold; `onEvent` gets what it says, checked. The frame gets its address only after the
 * background has recorded its nonce for this tab, so its first question finds the answer there.
 */
export function createNotesFrame(
  params: Omit<NotesFrameParams, 'nonce'>,
  title: string,
  onEvent: (event: NotesFrameEvent) => void,
): NotesFrame {
  const nonce = crypto.randomUUID();
  const frame = document.createElement('iframe');
  frame.title = title;
  frame.style.cssText = 'display:block;width:100%;height:96px;border:0;margin:0;padding:0;overflow:hidden';
  const channel = new MessageChannel();
  channel.port1.onmessage = (message) => {
    const parsed = v.safeParse(NotesFrameEventSchema, message.data);
    if (parsed.success) onEvent(parsed.output);
  };
  const src = `${browser.runtime.getURL(NOTES_FRAME_PATH)}${encodeNotesFrameParams({ ...params, nonce })}`;
  void issueNonce(nonce).then(() => {
    // Listening only now: the empty frame's own load, on insertion, must not take the port.
    frame.addEventListener(
      'load',
      // Addressed to the extension's origin: if the page navigated the frame elsewhere, nobody gets the port.
      () =>
        frame.contentWindow?.postMessage({ kontextNotesFrame: nonce }, extensionOrigin(), [channel.port2]),
      { once: true },
    );
    frame.src = src;
  });
  return { frame, dispose: () => channel.port1.close() };
}
