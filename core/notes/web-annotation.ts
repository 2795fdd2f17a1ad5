/**
 * Notes as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), one versioned file,
 * so other annotation tools can read them and a reader can move them between profiles.
 * Import validates every item before anything is stored; a file that is too big is refused unread.
 */
import * as v from 'valibot';
import { NoteSchema, type Note, type NoteTarget } from './note';

export const ANNOTATION_FILE_VERSION = 1;
/**
 * Checked on the string's length before JSON.parse, so a huge file costs nothing. Large enough for the
 * export of a reader with years of notes (50,000 notes make about 40 MB), so every export imports again,
 * and below the 64 MiB one extension message may carry.
 */
export const MAX_IMPORT_CHARS = 60 * 1024 * 1024;
export const MAX_IMPORT_ITEMS = 100_000;

const KONTEXT_NS = 'urn:kontext:ns#';
const ENTITY_URN = /^urn:kontext:(expert|claim):(.*)$/;
const GENERATOR = { id: 'urn:kontext:extension', type: 'Software', name: 'Kontext' } as const;

export interface ImportRejection {
  index: number;
  reason: string;
}
export type ImportResult =
  { ok: true; notes: Note[]; rejected: ImportRejection[] } | { ok: false; error: string };

export function exportAnnotations(notes: Note[], generated: Date): string {
  const collection = {
    '@context': ['http://www.w3.org/ns/anno.jsonld', { kontext: KONTEXT_NS }],
    type: 'AnnotationCollection',
    'kontext:version': ANNOTATION_FILE_VERSION,
    generator: GENERATOR,
    generated: generated.toISOString(),
    total: notes.length,
    first: { type: 'AnnotationPage', items: notes.map(toAnnotation) },
  };
  return JSON.stringify(collection, null, 2);
}

function toAnnotation(note: Note) {
  return {
    id: `urn:uuid:${note.id}`,
    type: 'Annotation',
    motivation: 'commenting',
    created: note.createdAt,
    modified: note.updatedAt,
    body: [
      { type: 'TextualBody', purpose: 'commenting', value: note.text, format: 'text/plain' },
      ...note.tags.map((tag) => ({ type: 'TextualBody', purpose: 'tagging', value: tag })),
    ],
    target: toTarget(note.target),
    ...(note.orphanedAt !== undefined && { 'kontext:orphanedAt': note.orphanedAt }),
  };
}

function toTarget(target: NoteTarget) {
  if (target.type === 'entity') {
    return {
      id: `urn:kontext:${target.kind}:${target.entityId}`,
      ...(target.url !== undefined && { scope: target.url }),
      ...(target.pageTitle !== undefined && { 'kontext:pageTitle': target.pageTitle }),
    };
  }
  return {
    source: target.url,
    ...(target.canonicalUrl !== undefined && { 'kontext:canonicalUrl': target.canonicalUrl }),
    'kontext:pageTitle': target.pageTitle,
    selector: [target.selectors.quote, target.selectors.position],
  };
}

const CollectionSchema = v.object({
  type: v.literal('AnnotationCollection', 'not a Web Annotation collection'),
  'kontext:version': v.optional(v.number()),
  first: v.object(
    { type: v.literal('AnnotationPage'), items: v.array(v.unknown()) },
    'the collection has no page of items',
  ),
});

/** The shape of one annotation as far as we read it; anything else in it is ignored. */
const BodySchema = v.variant('purpose', [
  v.object({ type: v.literal('TextualBody'), purpose: v.literal('commenting'), value: v.string() }),
  v.object({ type: v.literal('TextualBody'), purpose: v.literal('tagging'), value: v.string() }),
]);
const AnnotationSchema = v.object({
  id: v.pipe(v.string(), v.startsWith('urn:uuid:', 'the id must be a urn:uuid')),
  type: v.literal('Annotation'),
  created: v.string(),
  modified: v.string(),
  'kontext:orphanedAt': v.optional(v.string()),
  body: v.array(BodySchema),
  target: v.union(
    [
      v.object({
        id: v.pipe(v.string(), v.regex(ENTITY_URN, 'unknown target kind')),
        scope: v.optional(v.string()),
        'kontext:pageTitle': v.optional(v.string()),
      }),
      v.object({
        source: v.string(),
        'kontext:canonicalUrl': v.optional(v.string()),
        'kontext:pageTitle': v.string(),
        selector: v.tuple([v.unknown(), v.unknown()]),
      }),
    ],
    'the target is neither a known entity nor a page passage',
  ),
});
type Annotation = v.InferOutput<typeof AnnotationSchema>;

/** Reads a file written by exportAnnotations (or a compatible tool): valid notes plus a reason for every item refused. */
export function importAnnotations(json: string): ImportResult {
  const opened = openAnnotationFile(json);
  if (!opened.ok) return opened;
  return readAnnotationItems(opened.items, 0, opened.items.length, { ok: true, notes: [], rejected: [] });
}

/**
 * The same as importAnnotations, a slice of items at a time: `report` hears how many items were read,
 * and `pause` lets the caller yield between slices (to send that progress on, or keep a page responsive).
 */
export async function importAnnotationsInSlices(
  json: string,
  report: (done: number, total: number) => void,
  pause: () => Promise<void>,
  sliceSize = 1_000,
): Promise<ImportResult> {
  const opened = openAnnotationFile(json);
  if (!opened.ok) return opened;
  const { items } = opened;
  const result: ImportResult & { ok: true } = { ok: true, notes: [], rejected: [] };
  for (let start = 0; start < items.length; start += sliceSize) {
    const end = Math.min(items.length, start + sliceSize);
    readAnnotationItems(items, start, end, result);
    report(end, items.length);
    await pause();
  }
  return result;
}

function openAnnotationFile(json: string): { ok: true; items: unknown[] } | { ok: false; error: string } {
  if (json.length > MAX_IMPORT_CHARS) {
    return {
      ok: false,
      error: `the file is larger than ${MAX_IMPORT_CHARS / 1024 / 1024} MB; nothing was imported`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { ok: false, error: 'the file is not valid JSON; nothing was imported' };
  }
  const collection = v.safeParse(CollectionSchema, data);
  if (!collection.success) {
    return {
      ok: false,
      error: `the file is not a Kontext notes export: ${describeIssue(collection.issues)}`,
    };
  }
  const version = collection.output['kontext:version'];
  if (version !== undefined && version > ANNOTATION_FILE_VERSION) {
    return {
      ok: false,
      error: `the file was written by a newer Kontext (format ${version}); please update first`,
    };
  }
  const items = collection.output.first.items;
  if (items.length > MAX_IMPORT_ITEMS) {
    return {
      ok: false,
      error: `the file holds ${items.length} notes, more than ${MAX_IMPORT_ITEMS}; nothing was imported`,
    };
  }
  return { ok: true, items };
}

/** Validates items[start..end) into `result`, which it returns. */
function readAnnotationItems(
  items: unknown[],
  start: number,
  end: number,
  result: ImportResult & { ok: true },
): ImportResult & { ok: true } {
  for (let index = start; index < end; index += 1) {
    const annotation = v.safeParse(AnnotationSchema, items[index]);
    if (!annotation.success) {
      result.rejected.push({ index, reason: describeIssue(annotation.issues) });
      continue;
    }
    const note = v.safeParse(NoteSchema, toNoteShape(annotation.output));
    if (note.success) result.notes.push(note.output);
    else result.rejected.push({ index, reason: describeIssue(note.issues) });
  }
  return result;
}

/** Builds the note's shape from the annotation; NoteSchema then decides whether it is a valid note. */
function toNoteShape(annotation: Annotation): unknown {
  const comment = annotation.body.find((body) => body.purpose === 'commenting');
  return {
    id: annotation.id.slice('urn:uuid:'.length),
    createdAt: annotation.created,
    updatedAt: annotation.modified,
    text: comment?.value ?? '',
    tags: annotation.body.filter((body) => body.purpose === 'tagging').map((body) => body.value),
    target: toNoteTarget(annotation.target),
    ...(annotation['kontext:orphanedAt'] !== undefined && { orphanedAt: annotation['kontext:orphanedAt'] }),
  };
}

function toNoteTarget(target: Annotation['target']): unknown {
  if ('id' in target) {
    const [, kind, entityId] = ENTITY_URN.exec(target.id) ?? [];
    return {
      type: 'entity',
      kind,
      entityId,
      ...(target.scope !== undefined && { url: target.scope }),
      ...(target['kontext:pageTitle'] !== undefined && { pageTitle: target['kontext:pageTitle'] }),
    };
  }
  const [quote, position] = target.selector;
  return {
    type: 'passage',
    url: target.source,
    ...(target['kontext:canonicalUrl'] !== undefined && { canonicalUrl: target['kontext:canonicalUrl'] }),
    pageTitle: target['kontext:pageTitle'],
    selectors: { quote, position },
  };
}

function describeIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  if (!issue) return 'unknown problem';
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}
