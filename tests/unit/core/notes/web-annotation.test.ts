import { describe, expect, it } from 'vitest';
import {
  exportAnnotations,
  importAnnotations,
  MAX_IMPORT_CHARS,
  MAX_IMPORT_ITEMS,
} from '@/core/notes/web-annotation';
import { entityNote, passageNote } from './fixtures';

const generated = new Date('2026-11-23T07:00:00.000Z');

function fileWith(items: unknown[]): string {
  const file = JSON.parse(exportAnnotations([], generated));
  file.first.items = items;
  return JSON.stringify(file);
}

describe('exportAnnotations', () => {
  it('writes one versioned W3C annotation collection', () => {
    const file = JSON.parse(exportAnnotations([passageNote(), entityNote()], generated));
    expect(file['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(file).toMatchObject({
      type: 'AnnotationCollection',
      'kontext:version': 1,
      generated: '2026-11-23T07:00:00.000Z',
      total: 2,
      first: { type: 'AnnotationPage' },
    });
    const [passage, entity] = file.first.items;
    expect(passage).toMatchObject({
      id: `urn:uuid:${passageNote().id}`,
      type: 'Annotation',
      body: [{ type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: passageNote().text }],
      target: {
        source: 'https://news.example/article',
        selector: [
          { type: 'TextQuoteSelector', exact: 'weiteren Termin' },
          { type: 'TextPositionSelector', start: 120 },
        ],
      },
    });
    expect(entity.target.id).toBe('urn:kontext:expert:jane-doe');
    expect(entity.body.slice(1)).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'treaty' },
      { type: 'TextualBody', purpose: 'tagging', value: 'follow-up' },
    ]);
  });
});

describe('importAnnotations', () => {
  it('gives back identical notes after an export, script text included', () => {
    const notes = [
      passageNote(),
      entityNote(),
      entityNote({ id: crypto.randomUUID(), target: { type: 'entity', kind: 'claim', entityId: 'c-1' } }),
      passageNote({ id: crypto.randomUUID(), orphanedAt: '2026-11-23T07:00:00.000Z' }),
    ];
    expect(importAnnotations(exportAnnotations(notes, generated))).toEqual({ ok: true, notes, rejected: [] });
  });

  it('keeps the valid items and says by index why the others were refused', () => {
    const [good] = JSON.parse(exportAnnotations([entityNote()], generated)).first.items;
    const result = importAnnotations(
      fileWith([
        good,
        { ...good, body: [{ type: 'TextualBody', purpose: 'commenting', value: 42 }] },
        { ...good, target: { id: 'urn:kontext:event:x' } },
        { ...good, body: [{ type: 'TextualBody', purpose: 'commenting', value: 'x'.repeat(20_001) }] },
        { ...good, id: 'urn:uuid:not-a-uuid' },
        'just a string',
      ]),
    );
    expect(result.ok && result.notes).toEqual([entityNote()]);
    expect(result.ok && result.rejected.map((r) => r.index)).toEqual([1, 2, 3, 4, 5]);
    expect(result.ok && result.rejected[1]?.reason).toMatch(/target/);
    expect(result.ok && result.rejected[2]?.reason).toMatch(/20000 characters/);
  });

  it('refuses a file over the size limit without parsing it', () => {
    const huge = '['.repeat(MAX_IMPORT_CHARS + 1);
    expect(importAnnotations(huge)).toEqual({ ok: false, error: expect.stringMatching(/larger than 60 MB/) });
  });

  it('refuses a file with more items than the limit', () => {
    const items = Array.from({ length: MAX_IMPORT_ITEMS + 1 }, () => ({}));
    expect(importAnnotations(fileWith(items))).toEqual({
      ok: false,
      error: expect.stringMatching(new RegExp(`more than ${MAX_IMPORT_ITEMS}`)),
    });
  });

  it('refuses broken JSON, other documents and files from a newer version', () => {
    expect(importAnnotations('{"type":')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not valid JSON/),
    });
    expect(importAnnotations('{"type":"Something"}')).toMatchObject({ ok: false });
    const newer = JSON.parse(exportAnnotations([], generated));
    newer['kontext:version'] = 2;
    expect(importAnnotations(JSON.stringify(newer))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer/),
    });
  });
});
