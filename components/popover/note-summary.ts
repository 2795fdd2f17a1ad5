/**
 * What the popover needs of a note. The full Note (core/notes/note.ts) has more fields and is
 * assignable to this, so the popover never depends on how notes are stored.
 */
export type NoteSummary = { id: string; text: string; updatedAt: string };

export type AddNoteResult = { ok: true } | { ok: false; error: string };
