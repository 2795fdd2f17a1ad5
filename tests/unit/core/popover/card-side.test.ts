import { describe, expect, it } from 'vitest';
import { CARD_FULL_HEIGHT, chooseCardSide, roomAround } from '../../../../core/popover/card-side';

describe('the side of its highlight a card opens on', () => {
  it('is below when the card at its full height fits there, even with more room above', () => {
    expect(chooseCardSide({ below: CARD_FULL_HEIGHT, above: 2_000 })).toBe('bottom');
  });

  it('is above when the full card does not fit below and there is more room above', () => {
    // Room for the card as it first opens (small, loading) but not for it grown: it would have
    // opened below and then jumped above once the notes and the editor arrived.
    expect(chooseCardSide({ below: 371, above: 481 })).toBe('top');
  });

  it('is below when neither side has room for the full card and below has at least as much', () => {
    expect(chooseCardSide({ below: 300, above: 300 })).toBe('bottom');
    expect(chooseCardSide({ below: 320, above: 120 })).toBe('bottom');
  });

  it('measures the room beside a highlight inside the viewport, less the gaps, never below zero', () => {
    expect(roomAround({ top: 495, bottom: 515 }, 900, 14)).toEqual({ below: 371, above: 481 });
    expect(roomAround({ top: -40, bottom: 950 }, 900, 14)).toEqual({ below: 0, above: 0 });
  });
});
