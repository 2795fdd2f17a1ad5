/**
 * Which events may open the popover. A page's scripts can dispatch pointer events on our highlights
 * (`isTrusted` is false then) and can call `focus()` on them (the focus events that follow *are*
 * trusted), and the popover shows the reader's own notes on that expert or claim, written on any
 * site. So the popover opens for a pointer only when the browser says the reader moved it, and for
 * focus only right after the reader pressed a key or a pointer button themselves.
 */
export interface ReaderInput {
  /** Feed every keydown and pointerdown; only the reader's own (trusted) ones count. */
  noteInput(event: { isTrusted: boolean }): void;
  /** A pointer event on a highlight: the reader's only if the browser made it. */
  isReaderPointer(event: { isTrusted: boolean }): boolean;
  /** Focus arriving on a highlight: the reader's if they just used keyboard or pointer. */
  isReaderFocus(event: { isTrusted: boolean }): boolean;
}

/** Long enough for a Tab press to move focus, short enough that a page cannot wait for one. */
export const FOCUS_AFTER_INPUT_MS = 500;

export function createReaderInput(now: () => number = () => performance.now()): ReaderInput {
  let lastInput = Number.NEGATIVE_INFINITY;
  return {
    noteInput(event) {
      if (event.isTrusted) lastInput = now();
    },
    isReaderPointer: (event) => event.isTrusted,
    isReaderFocus: (event) => event.isTrusted && now() - lastInput <= FOCUS_AFTER_INPUT_MS,
  };
}
