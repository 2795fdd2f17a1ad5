import { describe, expect, it, vi, beforeEach, afterEach } from 'vitest';
import { createHoverIntent } from '../../../../core/popover/hover-intent';

describe('hover intent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const setup = () => {
    const onOpen = vi.fn();
    const onClose = vi.fn();
    const intent = createHoverIntent({ openDelay: 150, closeDelay: 300, onOpen, onClose });
    const target = {} as HTMLElement;
    return { intent, onOpen, onClose, target };
  };

  it('opens only after the pointer rests on a highlight', () => {
    const { intent, onOpen, target } = setup();
    intent.enterTarget(target);
    vi.advanceTimersByTime(149);
    expect(onOpen).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onOpen).toHaveBeenCalledWith(target);
  });

  it('does not open when the pointer merely passes over', () => {
    const { intent, onOpen, onClose, target } = setup();
    intent.enterTarget(target);
    vi.advanceTimersByTime(100);
    intent.leaveTarget();
    vi.advanceTimersByTime(1000);
    expect(onOpen).not.toHaveBeenCalled();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('stays open while the pointer travels from the highlight into the popover', () => {
    const { intent, onOpen, onClose, target } = setup();
    intent.enterTarget(target);
    vi.advanceTimersByTime(150);
    intent.leaveTarget();
    vi.advanceTimersByTime(200);
    intent.enterPopover();
    vi.advanceTimersByTime(1000);
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onClose).not.toHaveBeenCalled();
    intent.leavePopover();
    vi.advanceTimersByTime(300);
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
