/**
 * When to open and close the popover: open after the pointer rests on a highlight, stay open
 * while it travels into the popover, close a moment after it leaves both. The delays follow
 * MediaWiki Page Previews (150 ms to open, 300 ms to close).
 */
export interface HoverIntentOptions {
  openDelay: number;
  closeDelay: number;
  onOpen(target: HTMLElement): void;
  onClose(): void;
}

export interface HoverIntent {
  /** The pointer entered a highlight. */
  enterTarget(target: HTMLElement): void;
  /** The pointer left a highlight. */
  leaveTarget(): void;
  /** The pointer entered or left the popover itself. */
  enterPopover(): void;
  leavePopover(): void;
  cancel(): void;
}

/** Bound wrappers: browsers throw "Illegal invocation" when setTimeout is called as a method. */
const globalTimers = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
};

export function createHoverIntent(options: HoverIntentOptions, timers = globalTimers): HoverIntent {
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    if (openTimer !== undefined) timers.clearTimeout(openTimer);
    if (closeTimer !== undefined) timers.clearTimeout(closeTimer);
    openTimer = closeTimer = undefined;
  };
  const scheduleClose = () => {
    if (openTimer !== undefined) timers.clearTimeout(openTimer);
    openTimer = undefined;
    if (closeTimer === undefined)
      closeTimer = timers.setTimeout(() => {
        closeTimer = undefined;
        options.onClose();
      }, options.closeDelay);
  };
  return {
    enterTarget(target) {
      clear();
      openTimer = timers.setTimeout(() => {
        openTimer = undefined;
        options.onOpen(target);
      }, options.openDelay);
    },
    leaveTarget: scheduleClose,
    enterPopover() {
      if (closeTimer !== undefined) timers.clearTimeout(closeTimer);
      closeTimer = undefined;
    },
    leavePopover: scheduleClose,
    cancel: clear,
  };
}
