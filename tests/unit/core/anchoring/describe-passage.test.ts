import { describe, expect, it } from 'vitest';
import { describePassage } from '@/core/anchoring/describe-passage';

const text = 'A'.repeat(40) + ' the quoted words ' + 'B'.repeat(40);

describe('describePassage', () => {
  it('keeps the quote, 32 characters of context each side and the offsets', () => {
    const start = text.indexOf('the quoted');
    const end = start + 'the quoted words'.length;
    const { quote, position } = describePassage(text, start, end);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'the quoted words',
      prefix: 'A'.repeat(31) + ' ',
      suffix: ' ' + 'B'.repeat(31),
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('shortens the context at the edges of the text', () => {
    const { quote } = describePassage('short text', 0, 5);
    expect(quote.prefix).toBe('');
    expect(quote.suffix).toBe(' text');
  });

  it('refuses an empty or out-of-range passage', () => {
    expect(() => describePassage('abc', 2, 2)).toThrow(RangeError);
    expect(() => describePassage('abc', 1, 9)).toThrow(RangeError);
  });
});
