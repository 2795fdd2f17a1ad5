/**
 * Finds the reader's passage notes again in the page. Runs in small slices after first paint: a page
 * with many notes, or many that no longer fit (fuzzy search is the slow path), must not freeze. It
 * changes nothing in the page: a found passage comes back as a Range for the note overlay to draw.
 */
import { anchorPassage } from '@/core/anchoring/anchor-passage';
import type { Note } from '@/core/notes/note';
import { indexText, offsetsToPieces } from './text-offsets';

const NOTES_PER_SLICE = 4;

export type PassageNote = Note & { target: { type: 'passage' } };

export function isPassageNote(note: Note): note is PassageNote {
  return note.target.type === 'passage';
}

/** A range over [start, end) of the root's text, or null when that holds no text. */
export function passageRange(root: Element, start: number, end: number): Range | null {
  const pieces = offsetsToPieces(indexText(root), start, end);
  const first = pieces[0];
  const last = pieces.at(-1);
  if (!first || !last) return null;
  const range = root.ownerDocument.createRange();
  range.setStart(first.node, first.from);
  range.setEnd(last.node, last.to);
  return range;
}

export interface AnchorOptions {
  /** Called once per note with whether its passage was found. */
  report(id: string, found: boolean): void;
  /** Called for each note whose passage was found, with its range. */
  show(id: string, range: Range): void;
  /** Runs the next slice later; defaults to idle time (or a timeout where there is no idle callback). */
  schedule?: (work: () => void) => void;
  /** True once the caller has stopped: nothing more is shown or reported. */
  stopped?: () => boolean;
}

/** Anchors the notes a few at a time; resolves when all are done (or the caller stopped). */
export function anchorNotes(root: Element, notes: PassageNote[], options: AnchorOptions): Promise<void> {
  const schedule = options.schedule ?? scheduleIdle;
  const queue = [...notes];
  return new Promise((resolve) => {
    const slice = () => {
      if (options.stopped?.()) return resolve();
      for (const note of queue.splice(0, NOTES_PER_SLICE)) {
        const anchor = anchorPassage(indexText(root).text, note.target.selectors);
        const range = anchor && passageRange(root, anchor.start, anchor.end);
        if (range) options.show(note.id, range);
        options.report(note.id, range !== null);
      }
      if (queue.length === 0) resolve();
      else schedule(slice);
    };
    schedule(slice);
  });
}

function scheduleIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1_000 });
  else setTimeout(work, 16);
}
