import { describe, expect, it } from 'vitest';
import { personAtDate } from '@/core/dataset/person-at-date';
import type { Person } from '@/data/schema';

const both = (text: string) => ({ de: text, en: text });
const role = (title: string, from: string, to?: string) => ({
  title: both(title),
  org: 'Org',
  from,
  ...(to ? { to } : {}),
  sources: ['s'],
});

function person(roles: Person['roles'], died?: string): Person {
  return {
    id: 'p',
    asOf: '2026-11-30',
    ...(died ? { died } : {}),
    name: 'P',
    kind: 'official',
    highlight: true,
    aliases: [{ text: 'P' }],
    roles,
    field: both('f'),
    bio: both('b'),
    sources: ['s'],
    positions: [],
    differs: [],
  };
}

const professor = role('Professor', '2007');
const adviser = role('Adviser', '2021-01-20', '2025-01-20');
const chair = role('Chair', '2025-03');

describe('personAtDate', () => {
  it('leads with the role held at the article date, then lists what changed after it, in date order', () => {
    const at = personAtDate(person([professor, adviser, chair]), '2023-05-02');
    expect(at.lead?.title.en).toBe('Adviser');
    expect(at.leadIsHeld).toBe(true);
    expect(at.changes.map((c) => [c.kind, c.date])).toEqual([
      ['left', '2025-01-20'],
      ['began', '2025-03'],
    ]);
  });

  it('on a later article leads with the role held then, and nothing has changed since', () => {
    const at = personAtDate(person([professor, adviser, chair]), '2026-02');
    expect(at.lead?.title.en).toBe('Chair');
    expect(at.changes).toEqual([]);
  });

  it('without an article date leads with the current role, the open one begun last', () => {
    const at = personAtDate(person([professor, adviser, chair]));
    expect(at.lead?.title.en).toBe('Chair');
    expect(at.leadIsHeld).toBe(true);
    expect(at.changes).toEqual([]);
  });

  it('reads partial dates as spans: a role from "2023-10" is held in an article of 13 October 2023', () => {
    const at = personAtDate(person([role('Fellow', '2023-10')]), '2023-10-13');
    expect(at.lead?.title.en).toBe('Fellow');
    expect(at.changes).toEqual([]);
  });

  it('says a person died after the article, and that they left office', () => {
    const at = personAtDate(person([role('Minister', '2015', '2025-12-07')], '2025-12-07'), '2024-06');
    expect(at.lead?.title.en).toBe('Minister');
    expect(at.changes.map((c) => c.kind)).toEqual(['left', 'died']);
    expect(at.diedBefore).toBeUndefined();
  });

  it('without an article date shows a dead person as dead, with the last role as a past one', () => {
    const at = personAtDate(person([role('Minister', '2015', '2025-12-07')], '2025-12-07'));
    expect(at.diedBefore).toBe('2025-12-07');
    expect(at.leadIsHeld).toBe(false);
    expect(at.lead?.title.en).toBe('Minister');
  });

  it('on an article after the death, says so rather than listing changes', () => {
    const at = personAtDate(person([role('Minister', '2015', '2025-12-07')], '2025-12-07'), '2026-03');
    expect(at.diedBefore).toBe('2025-12-07');
    expect(at.changes).toEqual([]);
  });

  it('with every role ended before the article, leads with the last one as past', () => {
    const at = personAtDate(person([adviser]), '2026-01');
    expect(at.lead?.title.en).toBe('Adviser');
    expect(at.leadIsHeld).toBe(false);
  });

  it('with every role begun after the article, has no lead and lists them as changes', () => {
    const at = personAtDate(person([chair]), '2024');
    expect(at.lead).toBeUndefined();
    expect(at.changes.map((c) => c.kind)).toEqual(['began']);
  });

  it('does not say a role began after the article when its date is only the earliest seen', () => {
    const seen = { ...role('Professor', '2023'), fromSeen: true as const };
    const at = personAtDate(person([seen]), '2022-06');
    expect(at.changes).toEqual([]);
    // Not claimed as held then either: the card shows the role with the year it is attested.
    expect(at.lead?.title.en).toBe('Professor');
    expect(at.leadIsHeld).toBe(false);
    expect(personAtDate(person([seen]), '2024').leadIsHeld).toBe(true);
  });
});
