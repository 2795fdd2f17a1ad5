import { describe, expect, it } from 'vitest';
import { bundledDataset, bundledDatasetInput } from '../../../core/dataset/bundled-dataset';
import { validateDataset } from '../../../core/dataset/validate-dataset';
import { expandNumberPlaceholders } from '../../../core/claims/expand-number-placeholders';

const { sources, people, claims, events } = bundledDataset;
const sourceById = new Map(sources.map((s) => [s.id, s]));

describe('the bundled dataset', () => {
  it('validates against the schema, and every id it refers to exists', () => {
    const { problems } = validateDataset(bundledDatasetInput);
    expect(problems).toEqual([]);
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
