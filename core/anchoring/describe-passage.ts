import { CONTEXT_LENGTH, type PassageSelectors } from './types';

/**
 * Describes the passage text[start, end) by a quote with its surrounding context and by its position,
 * so it can be found again after the page changed (see anchor-passage.ts).
 */
export function describePassage(text: string, start: number, end: number): PassageSelectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
    throw new RangeError(`cannot describe passage ${start}..${end} in a text of length ${text.length}`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
