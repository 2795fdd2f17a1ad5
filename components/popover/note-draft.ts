import type { NoteTarget } from '../../core/notes/note';

/** What the reader has typed in the editor and not saved or discarded yet. */
export interface NoteDraft {
  read(): string;
  /** An empty text ends the draft. */
  write(text: string): void;
  /** Resolves once every write so far has reached storage, so a new frame reads what this one wrote. */
  settled(): Promise<void>;
}

/** The part of `browser.storage.session` a draft needs. */
export interface DraftArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * The draft for `target`, kept in the extension's session storage: the page around the note frame
 * cannot read it, it never goes to disk, and it is gone when the browser closes. When the card closes
 * before the reader saved (the page scrolled or re-rendered the paragraph), the next frame for the
 * same target finds the text again. (The frame's own sessionStorage is not an option: Chrome denies
 * it to an extension page framed by a web page.)
 */
export async function loadDraft(area: DraftArea, target: NoteTarget): Promise<NoteDraft> {
  const key = `draft:${JSON.stringify(target)}`;
  let text = '';
  try {
    const stored = (await area.get(key))[key];
    if (typeof stored === 'string') text = stored;
  } catch {
    // Unreadable: the editor starts empty, as it did before drafts were kept.
  }
  // Writes in turn: a removal must not be overtaken by the keystroke before it.
  let pending: Promise<void> = Promise.resolve();
  return {
    read: () => text,
    write(next) {
      text = next;
      pending = pending
        .then(() => (next === '' ? area.remove(key) : area.set({ [key]: next })))
        // Storage full or gone: the draft lives on in the open editor, as it did before.
        .catch(() => undefined);
    },
    settled: () => pending,
  };
}
