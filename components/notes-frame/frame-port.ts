import * as v from 'valibot';
import { NotesFramePortMessageSchema, type NotesFrameEvent } from '../../core/notes/notes-frame-protocol';

/** The parts of a message event the handshake reads. */
export interface PortOffer {
  data: unknown;
  ports: readonly MessagePort[];
}

/**
 * The frame's side of the handshake: the first offered port that comes with `nonce` (from the
 * frame's own address, which the page around it cannot read) becomes the way to the content script;
 * every other offer, before or after, is ignored. Events posted before that port arrives wait for it.
 */
export function createFramePort(nonce: string): {
  offer(event: PortOffer): boolean;
  post(event: NotesFrameEvent): void;
} {
  let port: MessagePort | undefined;
  const waiting: NotesFrameEvent[] = [];
  return {
    offer(event) {
      if (port) return false;
      const handed = event.ports[0];
      if (!handed || !v.is(NotesFramePortMessageSchema, event.data)) return false;
      if (event.data.kontextNotesFrame !== nonce) return false;
      port = handed;
      for (const queued of waiting.splice(0)) port.postMessage(queued);
      return true;
    },
    post(event) {
      if (port) port.postMessage(event);
      else waiting.push(event);
    },
  };
}

/**
 * Escape in the frame closes the card or panel around it, on key-up: closing removes the frame, and
 * a frame removed while the key is still down would never see its release.
 */
export function closeOnEscape(target: EventTarget, post: (event: NotesFrameEvent) => void): void {
  target.addEventListener('keyup', (event) => {
    if ((event as KeyboardEvent).key === 'Escape') post({ type: 'close' });
  });
}
