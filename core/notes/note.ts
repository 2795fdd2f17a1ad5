/**
 * The reader's note: one type, one schema. Every limit here bounds what a hostile message or import
 * file can make us store.
 */
import * as v from 'valibot';
import { TextPositionSelectorSchema, TextQuoteSelectorSchema } from '../anchoring/types';

export const MAX_NOTE_TEXT = 20_000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 50;
const MAX_URL_LENGTH = 2_048;
const MAX_TITLE_LENGTH = 500;

/** Same shape as the dataset's ids (data/schema.ts), so a note can only point at something that could exist. */
const EntityIdSchema = v.pipe(
  v.string(),
  v.maxLength(100),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'entity ids are kebab-case ascii'),
);
const UrlSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_URL_LENGTH),
  v.check((url) => /^https?:$/.test(safeProtocol(url)), 'a page URL must be http or https'),
);
const TitleSchema = v.pipe(v.string(), v.maxLength(MAX_TITLE_LENGTH));
/** Stored in one form (UTC, milliseconds) so that timestamps sort as strings in the by-updated index. */
const TimestampSchema = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.check((timestamp) => !Number.isNaN(Date.parse(timestamp)), 'not a real date'),
  v.transform((timestamp) => new Date(timestamp).toISOString()),
);

export const EntityTargetSchema = v.object({
  type: v.literal('entity'),
  kind: v.picklist(['expert', 'claim']),
  entityId: EntityIdSchema,
  url: v.optional(UrlSchema),
  pageTitle: v.optional(TitleSchema),
});

export const PassageTargetSchema = v.object({
  type: v.literal('passage'),
  url: UrlSchema,
  canonicalUrl: v.optional(UrlSchema),
  pageTitle: TitleSchema,
  selectors: v.object({ quote: TextQuoteSelectorSchema, position: TextPositionSelectorSchema }),
});

export const NoteTargetSchema = v.variant('type', [EntityTargetSchema, PassageTargetSchema]);

const TagsSchema = v.pipe(
  v.array(v.pipe(v.string(), v.trim(), v.minLength(1, 'a tag cannot be empty'), v.maxLength(MAX_TAG_LENGTH))),
  v.maxLength(MAX_TAGS),
);
const TextSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_NOTE_TEXT, `a note holds at most ${MAX_NOTE_TEXT} characters`),
);

/** What an editor sends: the background adds id and timestamps. */
export const NoteDraftSchema = v.object({
  text: TextSchema,
  tags: TagsSchema,
  target: NoteTargetSchema,
});

export const NoteSchema = v.object({
  id: v.pipe(v.string(), v.uuid()),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  text: TextSchema,
  tags: TagsSchema,
  target: NoteTargetSchema,
  /**
   * Set when the page was last opened and the passage could not be found there, so the notes page
   * can list the note as orphaned instead of losing it; cleared when it is found again.
   */
  orphanedAt: v.optional(TimestampSchema),
});

export type EntityTarget = v.InferOutput<typeof EntityTargetSchema>;
export type PassageTarget = v.InferOutput<typeof PassageTargetSchema>;
export type NoteTarget = v.InferOutput<typeof NoteTargetSchema>;
export type NoteDraft = v.InferOutput<typeof NoteDraftSchema>;
export type Note = v.InferOutput<typeof NoteSchema>;

/**
 * Query parameters that only follow a click around (campaign, click and e-mail ids); the same article must
 * get the same URL. The list is the `utm_*` family plus the per-click and per-recipient trackers Brave's
 * query filter strips (brave-core `kSimpleQueryStringTrackers`, documented on the brave-browser wiki page
 * "Query String Filter"), plus a few news sites' own campaign parameters (`wt_*`, `xtor`, `cmpid`, `icid`,
 * `ns_*`). Every other parameter keeps its place: `?page=2` or `?id=7` can be a different article.
 */
const TRACKING_PARAMETER =
  /^(utm_.*|mc_.*|wt_.*|pk_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|twclid|ttclid|_ga|_gl|ref|ref_src|ref_url|ns_.*|ito|at_.*|xtor|cmpid|icid|s_cid|oly_.*|_hsenc|_hsmi|__hsfp|__hssc|__hstc|_openstat|mkt_tok|rb_clickid|vero_conv|vero_id|wickedid|ml_subscriber|ml_subscriber_hash|oft_.*)$/i;

/** The page URL a note is stored under: tracking parameters and the fragment dropped. Non-URLs come back unchanged. */
export function cleanUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAMETER.test(name)) parsed.searchParams.delete(name);
  }
  parsed.hash = '';
  // URLSearchParams leaves a bare '?' when the last parameter goes; that is the same page.
  return parsed.search === '?' ? parsed.href.replace(/\?$/, '') : parsed.href;
}

/**
 * The host without a leading `www.`: news sites serve the same article under both, so notes match
 * either. The stored URL keeps the host the reader saw, so that "open page" goes where they were.
 */
export function siteHostOf(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

/** Both spellings of a cleaned URL's host (with and without `www.`), the cleaned URL first; what the store looks up. */
export function urlVariants(url: string): string[] {
  const cleaned = cleanUrl(url);
  let parsed: URL;
  try {
    parsed = new URL(cleaned);
  } catch {
    return [cleaned];
  }
  const bare = siteHostOf(parsed.hostname);
  parsed.hostname = parsed.hostname === bare ? `www.${bare}` : bare;
  return [cleaned, parsed.href];
}

/** Whether two page URLs are the same article: equal once cleaned, whether or not either host has `www.`. */
export function sameArticleUrl(a: string, b: string): boolean {
  return urlVariants(a).includes(cleanUrl(b));
}

/** The target with its URLs in stored form, so indexes and filters compare like with like. */
export function cleanTarget(target: NoteTarget): NoteTarget {
  if (target.type === 'entity')
    return target.url === undefined ? target : { ...target, url: cleanUrl(target.url) };
  const cleaned: PassageTarget = { ...target, url: cleanUrl(target.url) };
  if (target.canonicalUrl !== undefined) cleaned.canonicalUrl = cleanUrl(target.canonicalUrl);
  return cleaned;
}

function safeProtocol(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

/** Sort order for lists of notes: the most recently changed first (timestamps are stored as UTC strings). */
export function compareNewestFirst(a: Note, b: Note): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}
