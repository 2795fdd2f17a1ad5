import { describe, expect, it } from 'vitest';
import { FOCUS_AFTER_INPUT_MS, createReaderInput } from '@/core/popover/reader-input';

const trusted = { isTrusted: true };
const forged = { isTrusted: false };

function withClock() {
  let time = 1_000;
  const input = createReaderInput(() => time);
  return { input, advance: (ms: number) => (time += ms) };
}

describe('reader input', () => {
  it('takes pointer events only from the browser, never from page scripts', () => {
    const { input } = withClock();
    expect(input.isReaderPointer(trusted)).toBe(true);
    expect(input.isReaderPointer(forged)).toBe(false);
  });

  it('takes focus as the reader’s right after they pressed a key, not later', () => {
    const { input, advance } = withClock();
    // A page calling focus() before the reader did anything.
    expect(input.isReaderFocus(trusted)).toBe(false);
    input.noteInput(trusted);
    advance(20);
    expect(input.isReaderFocus(trusted)).toBe(true);
    advance(FOCUS_AFTER_INPUT_MS);
    expect(input.isReaderFocus(trusted)).toBe(false);
  });

  it('ignores keys and focus a page script dispatched', () => {
    const { input } = withClock();
    input.noteInput(forged);
    expect(input.isReaderFocus(trusted)).toBe(false);
    input.noteInput(trusted);
    expect(input.isReaderFocus(forged)).toBe(false);
  });
});
