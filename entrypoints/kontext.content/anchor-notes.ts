/**
 * Finds the reader's passage notes again in the page and marks them. Runs in small slices after first
 * paint: a page with many notes, or many that no longer fit (fuzzy search is the slow path), must not freeze.
 */
import { anchorPassage } from '@/core/anchoring/anchor-passage';
import type { Note } from '@/core/notes/note';
import { indexText, wrapOffsets } from './text-offsets';

/** A custom element name, distinct from the entity highlights, so page rules like `mark {…}` miss it. */
export const NOTE_MARK_TAG = 'kontext-note-mark';
const NOTES_PER_SLICE = 4;

export type PassageNote = Note & { target: { type: 'passage' } };

export function isPassageNote(note: Note): note is PassageNote {
  return note.target.type === 'passage';
}

/** Wraps [start, end) of the root's text in note marks for one note. */
export function markPassage(root: Element, start: number, end: number, noteId: string): HTMLElement[] {
  return wrapOffsets(indexText(root), start, end, () => {
    const mark = root.ownerDocument.createElement(NOTE_MARK_TAG);
    mark.dataset.kontextNoteId = noteId;
    return mark;
  });
}

export interface AnchorOptions {
  /** Called once per note with whether its passage was found. */
  report(id: string, found: boolean): void;
  /** Runs the next slice later; defaults to idle time (or a timeout where there is no idle callback). */
  schedule?: (work: () => void) => void;
  /** True once the caller has stopped: no more marks. */
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
        if (anchor) markPassage(root, anchor.start, anchor.end, note.id);
        options.report(note.id, anchor !== null);
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
