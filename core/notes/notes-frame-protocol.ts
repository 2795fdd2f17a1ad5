/**
 * The note editor runs in a frame of the extension's own origin inside the page, so that nothing the
 * reader types reaches the page: keys, input events and selections inside a cross-origin frame are
 * not the page's to see, whereas in a shadow root of the page they all are (key and input events are
 * composed and bubble out to the page's listeners). The content script says what the frame is for in
 * its address; the frame answers over a private message port. Both sides validate what they get.
 */
import * as v from 'valibot';
import { EntityTargetSchema, PassageTargetSchema } from './note';

/** The frame's secret; the background knows which tab each was issued for (see notes-frame-nonces.ts). */
export const NotesFrameNonceSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{16,64}$/, 'not a nonce'));

export const NotesFrameParamsSchema = v.object({
  /** Proves a message port came from the content script that made the frame (the page never sees it). */
  nonce: NotesFrameNonceSchema,
  lang: v.picklist(['de', 'en']),
  target: v.variant('type', [EntityTargetSchema, PassageTargetSchema]),
});
export type NotesFrameParams = v.InferOutput<typeof NotesFrameParamsSchema>;

/** What the frame tells the content script. */
export const NotesFrameEventSchema = v.variant('type', [
  /** The frame's content height, so the frame can be sized to it. */
  v.object({ type: v.literal('height'), px: v.pipe(v.number(), v.minValue(0), v.maxValue(10_000)) }),
  /** A passage note was stored under this id: mark the passage. */
  v.object({ type: v.literal('saved'), noteId: v.pipe(v.string(), v.uuid()) }),
  /** The reader closed the editor (Cancel, Escape, or done). */
  v.object({ type: v.literal('close') }),
  /** Whether the editor holds unsaved text: while it does, the card around it stays put. */
  v.object({ type: v.literal('draft'), held: v.boolean() }),
]);
export type NotesFrameEvent = v.InferOutput<typeof NotesFrameEventSchema>;

/** The message that hands the frame its port; `nonce` must be the one in the frame's address. */
export const NotesFramePortMessageSchema = v.object({ kontextNotesFrame: NotesFrameNonceSchema });

/** The frame's address fragment for `params`. */
export function encodeNotesFrameParams(params: NotesFrameParams): string {
  return `#${encodeURIComponent(JSON.stringify(params))}`;
}

/** The frame's parameters from its address fragment, or a message saying what is wrong with it. */
export function decodeNotesFrameParams(
  hash: string,
): { ok: true; params: NotesFrameParams } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(decodeURIComponent(hash.replace(/^#/, '')));
  } catch {
    return { ok: false, error: 'The note editor was opened without a readable target.' };
  }
  const parsed = v.safeParse(NotesFrameParamsSchema, raw);
  if (!parsed.success)
    return { ok: false, error: `The note editor was opened with a bad target: ${parsed.issues[0].message}` };
  return { ok: true, params: parsed.output };
}
