/**
 * Database version 1 kept notes flat: the target's fields at the top level, no tags or update time.
 * Version 2 (note.ts) nests them under `target`. This turns one v1 record into a v2 note.
 */
import * as v from 'valibot';
import { cleanTarget, NoteSchema, type Note } from './note';

/** A record as version 1 stored it. */
export interface NoteRecordV1 {
  id: string;
  created: string;
  text: string;
  kind: 'expert' | 'claim' | 'passage';
  entityId?: string;
  url?: string;
  pageTitle?: string;
  quote?: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  position?: { type: 'TextPositionSelector'; start: number; end: number };
}

/** The v2 note, or the reason the record cannot become one (the caller keeps such records aside). */
export function migrateNoteV1(record: unknown): { ok: true; note: Note } | { ok: false; reason: string } {
  const old = (typeof record === 'object' && record !== null ? record : {}) as Partial<NoteRecordV1>;
  const target =
    old.kind === 'passage'
      ? {
          type: 'passage',
          url: old.url,
          pageTitle: old.pageTitle ?? '',
          selectors: { quote: old.quote, position: old.position },
        }
      : {
          type: 'entity',
          kind: old.kind,
          entityId: old.entityId,
          ...(old.url !== undefined && { url: old.url }),
          ...(old.pageTitle !== undefined && { pageTitle: old.pageTitle }),
        };
  const parsed = v.safeParse(NoteSchema, {
    id: old.id,
    createdAt: old.created,
    updatedAt: old.created,
    text: old.text,
    tags: [],
    target,
  });
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return {
      ok: false,
      reason: `${issue ? (v.getDotPath(issue) ?? '') : ''} ${issue?.message ?? ''}`.trim(),
    };
  }
  return { ok: true, note: { ...parsed.output, target: cleanTarget(parsed.output.target) } };
}
