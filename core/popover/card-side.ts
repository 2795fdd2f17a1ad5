/**
 * Which side of its highlight the card opens on. It is chosen once, when the card opens, and kept
 * while it stays open: the card grows after it opens (its content arrives, the reader's notes load,
 * "Add note" opens the editor), and a card that flipped to the other side of the highlight as it
 * grew would leap out from under the pointer of a reader about to click in it.
 *
 * So the choice looks ahead to the card's full height, not its height at the moment it opens:
 * below the highlight when the card's full height fits there, else wherever there is more room.
 * On the side chosen the card is capped to the room there and scrolls inside itself.
 */
export type CardSide = 'bottom' | 'top';

/** The tallest the card grows (its max-height cap in popover-ui.tsx); room for this much is enough. */
export const CARD_FULL_HEIGHT = 560;

export interface SideRoom {
  /** Viewport px between the highlight's bottom edge and the viewport's bottom, less the gaps. */
  below: number;
  /** The same above the highlight's top edge. */
  above: number;
}

export function chooseCardSide(room: SideRoom, fullHeight = CARD_FULL_HEIGHT): CardSide {
  if (room.below >= fullHeight) return 'bottom';
  return room.above > room.below ? 'top' : 'bottom';
}

/** The room on each side of `reference` (a viewport rect) in a viewport `viewportHeight` px high. */
export function roomAround(
  reference: { top: number; bottom: number },
  viewportHeight: number,
  gap: number,
): SideRoom {
  return {
    below: Math.max(0, viewportHeight - reference.bottom - gap),
    above: Math.max(0, reference.top - gap),
  };
}
