/**
 * The messages between the content scripts, the popup and the background, validated on receipt:
 * a message that does not fit gets an error reply and changes nothing.
 */
import * as v from 'valibot';
import type { CardSlice } from '../dataset/card-slice';
import { NotesFrameNonceSchema } from '../notes/notes-frame-protocol';
import { PageStatusSchema, type PageStatus } from './page-status';

const Host = v.pipe(v.string(), v.maxLength(253), v.regex(/^[a-z0-9.-]+$/i));
const Short = v.pipe(v.string(), v.maxLength(500));

/** Messages the background answers. */
export const BackgroundRequestSchema = v.variant('type', [
  v.object({ type: v.literal('ping') }),
  /** From the probe: this page might be on topic, load the full content script here. */
  v.object({ type: v.literal('page:candidate') }),
  v.object({ type: v.literal('page:status'), status: PageStatusSchema }),
  v.object({ type: v.literal('tab:status'), tabId: v.number() }),
  v.object({
    type: v.literal('site:set-enabled'),
    host: Host,
    enabled: v.boolean(),
    tabId: v.optional(v.number()),
  }),
  /** From the popup after the reader granted this site: run here now and on later visits. */
  v.object({ type: v.literal('site:run-here'), tabId: v.number() }),
  /** From the options page after the reader granted a site: run there on later visits. */
  v.object({ type: v.literal('site:add'), host: Host }),
  /** From the options page: stop running on a reader-added site (its permission goes too). */
  v.object({ type: v.literal('site:remove'), host: Host }),
  /**
   * From the content script: what the cards of these highlights show (bios, roles, timelines,
   * sources). The background holds the full dataset; the content script only what finds entities.
   */
  v.object({
    type: v.literal('card:slices'),
    entities: v.pipe(
      v.array(v.object({ kind: v.picklist(['expert', 'claim']), id: Short })),
      v.minLength(1),
      v.maxLength(2_000),
    ),
  }),
  /** From the content script, before it frames the note editor: this nonce is for a frame in my tab. */
  v.object({ type: v.literal('notes-frame:issue'), nonce: NotesFrameNonceSchema }),
  /** From the note editor, before it shows anything: was my nonce issued for my tab? */
  v.object({ type: v.literal('notes-frame:verify'), nonce: NotesFrameNonceSchema }),
]);
export type BackgroundRequest = v.InferOutput<typeof BackgroundRequestSchema>;

/** Messages the content script answers. */
export const ContentRequestSchema = v.variant('type', [
  v.object({ type: v.literal('site:changed'), enabled: v.boolean() }),
  v.object({ type: v.literal('highlight:next') }),
  v.object({ type: v.literal('highlight:show'), kind: v.picklist(['expert', 'claim']), id: Short }),
]);
export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;

export interface SiteInfo {
  host: string;
  enabled: boolean;
  inDefaultList: boolean;
  permitted: boolean;
}

export type BackgroundResponse =
  | {
      ok: true;
      version?: string;
      injected?: boolean;
      status?: PageStatus | null;
      site?: SiteInfo;
      slice?: CardSlice;
    }
  | { ok: false; error: string };

export function parseBackgroundRequest(
  input: unknown,
): { ok: true; request: BackgroundRequest } | { ok: false; error: string } {
  const parsed = v.safeParse(BackgroundRequestSchema, input);
  return parsed.success
    ? { ok: true, request: parsed.output }
    : { ok: false, error: `invalid message: ${parsed.issues[0]?.message ?? 'unknown shape'}` };
}

export function parseContentRequest(input: unknown): ContentRequest | undefined {
  const parsed = v.safeParse(ContentRequestSchema, input);
  return parsed.success ? parsed.output : undefined;
}
