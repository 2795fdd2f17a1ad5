import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import publishersFile from '../../../data/publishers.json';
import { PublishersSchema } from '../../../data/schema';
import { bundledDataset, bundledDatasetInput } from '../../../core/dataset/bundled-dataset';
import { validateDataset } from '../../../core/dataset/validate-dataset';
import { expandNumberPlaceholders } from '../../../core/claims/expand-number-placeholders';
import { sharedDir } from '../../shared-dir';

const { sources, people, claims, events } = bundledDataset;
const sourceById = new Map(sources.map((s) => [s.id, s]));

/** Lower-case words, letters and digits only, so punctuation and spacing cannot hide a copy. */
const words = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFC')
    .match(/[\p{L}\p{N}]+/gu) ?? [];
const SHINGLE = 8;
const shingles = (text: string) => {
  const w = words(text);
  return Array.from({ length: Math.max(0, w.length - SHINGLE + 1) }, (_, i) =>
    w.slice(i, i + SHINGLE).join(' '),
  );
};

/** Every piece of prose we wrote ourselves, labelled with where it sits in the dataset. */
function ownProse(): [where: string, text: string][] {
  const both = (where: string, l: { de: string; en: string }): [string, string][] => [
    [`${where}.de`, l.de],
    [`${where}.en`, l.en],
  ];
  return [
    ...people.flatMap((p) => [
      ...both(`people.${p.id}.bio`, p.bio),
      ...p.positions.flatMap((x, i) => both(`people.${p.id}.positions.${i}`, x.text)),
      ...p.differs.flatMap((x, i) => both(`people.${p.id}.differs.${i}`, x.note)),
    ]),
    ...claims.flatMap((c) => [
      ...both(`claims.${c.id}.statement`, c.statement),
      ...c.timeline.flatMap((x, i) => both(`claims.${c.id}.timeline.${i}`, x.text)),
      ...c.counter.flatMap((x, i) => both(`claims.${c.id}.counter.${i}`, x.note)),
    ]),
    ...events.flatMap((e) => both(`events.${e.id}.text`, e.text)),
  ];
}

describe('the bundled dataset', () => {
  const { problems } = validateDataset(bundledDatasetInput);

  it('validates against the schema, and every id it refers to (sources, people, events, publishers) exists', () => {
    expect(problems.filter((p) => p.rule === 'structure')).toEqual([]);
  });

  it('rests every fact on a source that counts, and dates every role, person record and claim status', () => {
    const open = problems.filter((p) => p.rule !== 'structure');
    expect(open.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
  });

  it('types its publishers in a registry that parses on its own and is sorted by name', () => {
    const parsed = v.safeParse(PublishersSchema, publishersFile);
    expect(parsed.success).toBe(true);
    const names = publishersFile.publishers.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('gives every person at least one dated position on the relationship, with its source (issue #15)', () => {
    const without = people.filter((p) => p.positions.length === 0).map((p) => p.id);
    expect(without).toEqual([]);
    for (const person of people) {
      for (const position of person.positions) {
        expect(position.date, person.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(position.sources.length, person.id).toBeGreaterThan(0);
        for (const id of position.sources) expect(sourceById.has(id), `${person.id}: ${id}`).toBe(true);
      }
    }
  });

  it('rests every claim on at least two publishers', () => {
    const thin = claims
      .filter((c) => new Set(c.sources.map((id) => sourceById.get(id)?.publisher)).size < 2)
      .map((c) => c.id);
    expect(thin).toEqual([]);
  });

  it('gives every claim patterns in both languages that compile and find nothing in unrelated text', () => {
    const unrelated =
      'The council approved 1,000 new parking spaces and 100,000 euros for the library. Der Rat beschloss 1.000 Parkplätze.';
    for (const claim of claims) {
      expect(new Set(claim.patterns.map((p) => p.lang)), claim.id).toEqual(new Set(['de', 'en']));
      for (const p of claim.patterns) {
        const regex = new RegExp(expandNumberPlaceholders(p.pattern), 'iu');
        expect(regex.test(unrelated), `${claim.id}: ${p.pattern}`).toBe(false);
      }
    }
  });

  it('shows the other side where there is one: counter-sources point at real sources with a stance', () => {
    for (const claim of claims) {
      for (const counter of claim.counter) expect(sourceById.has(counter.sourceId), claim.id).toBe(true);
    }
    const withCounter = claims.filter((c) => c.counter.length > 0).length;
    console.log(
      `dataset: ${people.length} people, ${claims.length} claims (${withCounter} with counter-sources), ` +
        `${sources.length} sources, ${events.length} events`,
    );
    expect(withCounter).toBeGreaterThan(claims.length / 2);
  });

  it('meets the minimums the product owner set: 40 people, 30 claims, 80 sources', () => {
    expect(people.length).toBeGreaterThanOrEqual(40);
    expect(claims.length).toBeGreaterThanOrEqual(30);
    expect(sources.length).toBeGreaterThanOrEqual(80);
  });

  const seedDir = sharedDir('seeds', 'the check that dataset prose shares no 8-word run with a seed article');
  it.skipIf(!seedDir)(
    'writes its own words: no bio, position, statement, timeline, note or event shares 8 words in a row with a seed article',
    () => {
      const seeds = readdirSync(seedDir!).filter((f) => f.endsWith('.txt'));
      expect(seeds.length).toBeGreaterThan(0);
      const seedShingles = new Map<string, string>();
      for (const file of seeds) {
        for (const s of shingles(readFileSync(path.join(seedDir!, file), 'utf8'))) seedShingles.set(s, file);
      }
      const prose = ownProse();
      expect(prose.length).toBeGreaterThan(claims.length * 2);
      const copied = prose.flatMap(([where, text]) =>
        shingles(text)
          .filter((s) => seedShingles.has(s))
          .map((s) => `${where}: "${s}" (${seedShingles.get(s)})`),
      );
      expect(copied).toEqual([]);
    },
  );

  it('links only to pages someone saw, over https', () => {
    for (const s of sources) if (s.url) expect(s.url, s.id).toMatch(/^https:\/\//);
  });

  it('keeps heads of state as context, not highlights', () => {
    for (const id of ['vladimir-putin', 'kim-jong-un']) {
      const person = people.find((p) => p.id === id);
      expect(person?.highlight, id).toBe(false);
    }
  });
});
