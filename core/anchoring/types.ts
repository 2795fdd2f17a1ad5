/**
 * The W3C Web Annotation selectors we store for a passage (https://www.w3.org/TR/annotation-model/#selectors).
 * Offsets count UTF-16 code units in the page's main text, as JavaScript strings do.
 */
import * as v from 'valibot';

/** Prefix and suffix are capped so a stored selector stays small whatever the page. */
export const CONTEXT_LENGTH = 32;
/** A quote longer than this is not a note on a passage but a copy of the page; refuse it. */
export const MAX_QUOTE_LENGTH = 5_000;

export const TextQuoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_QUOTE_LENGTH)),
  prefix: v.pipe(v.string(), v.maxLength(CONTEXT_LENGTH)),
  suffix: v.pipe(v.string(), v.maxLength(CONTEXT_LENGTH)),
});
export type TextQuoteSelector = v.InferOutput<typeof TextQuoteSelectorSchema>;

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));

export const TextPositionSelectorSchema = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: Offset, end: Offset }),
  v.check((selector) => selector.end > selector.start, 'a position selector must end after it starts'),
);
export type TextPositionSelector = v.InferOutput<typeof TextPositionSelectorSchema>;

export interface PassageSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Where a passage was found again, and by which step, so the UI can say how sure it is. */
export interface PassageAnchor {
  start: number;
  end: number;
  how: 'exact' | 'position' | 'fuzzy';
}
