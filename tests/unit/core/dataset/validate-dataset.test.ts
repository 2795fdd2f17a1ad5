import { describe, expect, it } from 'vitest';
import { validateDataset } from '@/core/dataset/validate-dataset';
import type { Dataset } from '@/data/schema';

const both = (text: string) => ({ de: text, en: text });

/** A small dataset that follows every rule; each test breaks one thing in a copy of it. */
function goodDataset(): Dataset {
  return {
    sources: [
      {
        id: 'wire-1',
        publisher: 'Wire Agency',
        title: 'Report',
        date: '2024-06-19',
        lang: 'en',
        kind: 'news',
      },
      { id: 'farm-1', publisher: 'Farm Daily', title: 'Copy', date: '2024-06-20', lang: 'en', kind: 'news' },
      {
        id: 'mirror-1',
        publisher: 'Mirror (Wire)',
        title: 'Copy',
        date: '2024-06-20',
        lang: 'en',
        kind: 'news',
      },
      {
        id: 'tass-1',
        publisher: 'State Agency',
        title: 'Statement',
        date: '2024-06-21',
        lang: 'ru',
        kind: 'news',
      },
    ],
    publishers: [
      { name: 'Farm Daily', type: 'content-farm' },
      { name: 'Mirror (Wire)', type: 'aggregator', original: 'Wire Agency' },
      { name: 'State Agency', type: 'state-media', state: 'ru' },
      { name: 'Wire Agency', type: 'wire' },
    ],
    people: [
      {
        id: 'ada',
        asOf: '2026-11-30',
        name: 'Ada Example',
        kind: 'official',
        highlight: true,
        aliases: [{ text: 'Ada Example' }],
        roles: [
          { title: both('Minister'), org: 'Ministry', from: '2019', to: '2024-05', sources: ['wire-1'] },
        ],
        field: both('Diplomacy'),
        bio: both('A diplomat.'),
        sources: ['wire-1'],
        positions: [{ date: '2024', text: both('Says so.'), sources: ['wire-1'] }],
        differs: [],
      },
    ],
    claims: [
      {
        id: 'shells',
        kind: 'figure',
        statement: both('Many shells.'),
        madeBy: { personId: 'ada', date: '2024-06-19' },
        sources: ['wire-1'],
        patterns: [{ lang: 'en', pattern: 'shells' }],
        timeline: [{ date: '2024-07', text: both('More.'), sources: ['wire-1'] }],
        counter: [{ sourceId: 'wire-1', stance: 'context', note: both('Reasons.') }],
        status: { value: 'contested', note: both('Disputed.'), date: '2025-01', sources: ['wire-1'] },
      },
    ],
    events: [
      { id: 'summit', date: '2024-06-19', title: both('Summit'), text: both('Met.'), sources: ['wire-1'] },
    ],
    lexicon: {
      russia: [{ pattern: 'russ', weight: 1 }],
      northKorea: [{ pattern: 'nordkorea', weight: 1 }],
      relation: [{ pattern: 'treaty', weight: 1 }],
    },
  };
}

/** The problems of a copy of the good dataset after `change`, as "rule path: message". */
function problemsAfter(change: (d: Dataset) => void): string[] {
  const dataset = goodDataset();
  change(dataset);
  return validateDataset(dataset).problems.map((p) => `${p.rule} ${p.path}: ${p.message}`);
}

describe('validateDataset', () => {
  it('accepts a dataset that follows every rule', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  describe('publishers', () => {
    it('refuses a source whose publisher is not in the registry', () => {
      expect(problemsAfter((d) => (d.sources[0]!.publisher = 'Unknown Gazette'))).toContainEqual(
        'structure sources.wire-1: publisher not in publishers.json: Unknown Gazette',
      );
    });

    it('refuses state media that do not name their state, and a state on anything else', () => {
      const problems = problemsAfter((d) => {
        delete d.publishers[2]!.state;
        d.publishers[3]!.state = 'us';
      });
      expect(problems).toContainEqual(
        'structure publishers.State Agency: state media name the state they speak for',
      );
      expect(problems).toContainEqual('structure publishers.Wire Agency: only state media name a state');
    });
  });

  describe('trust: every fact rests on a source that is neither aggregator nor content farm', () => {
    const cases: [string, (d: Dataset, ids: string[]) => void, string][] = [
      ['a role', (d, ids) => (d.people[0]!.roles[0]!.sources = ids), 'people.ada.roles.0'],
      ['a bio', (d, ids) => (d.people[0]!.sources = ids), 'people.ada.sources'],
      ['a position', (d, ids) => (d.people[0]!.positions[0]!.sources = ids), 'people.ada.positions.0'],
      ['a claim', (d, ids) => (d.claims[0]!.sources = ids), 'claims.shells'],
      ['a claim status', (d, ids) => (d.claims[0]!.status!.sources = ids), 'claims.shells.status'],
      ['a timeline entry', (d, ids) => (d.claims[0]!.timeline[0]!.sources = ids), 'claims.shells.timeline.0'],
      ['a counter', (d, ids) => (d.claims[0]!.counter[0]!.sourceId = ids[0]!), 'claims.shells.counter.0'],
      ['an event', (d, ids) => (d.events[0]!.sources = ids), 'events.summit'],
    ];
    it.each(cases)('refuses %s resting on content farms and aggregator mirrors alone', (_, set, path) => {
      const ids = path.endsWith('counter.0') ? ['farm-1'] : ['farm-1', 'mirror-1'];
      const problems = problemsAfter((d) => set(d, ids));
      expect(problems.filter((p) => p.startsWith(`trust ${path}:`))).toHaveLength(1);
    });

    it.each(cases)('accepts %s resting on a farm copy and the original', (_, set, path) => {
      const ids = path.endsWith('counter.0') ? ['wire-1'] : ['farm-1', 'wire-1'];
      expect(problemsAfter((d) => set(d, ids))).toEqual([]);
    });

    it("counts state media only for what their own state says (a claim's madeBy.state)", () => {
      const onStateMediaAlone = (d: Dataset) => (d.claims[0]!.sources = ['tass-1']);
      expect(problemsAfter(onStateMediaAlone)).toContainEqual(
        'trust claims.shells: claim rests on no source that counts: tass-1 (state-media ru)',
      );
      expect(
        problemsAfter((d) => {
          onStateMediaAlone(d);
          d.claims[0]!.madeBy.state = 'ru';
        }),
      ).toEqual([]);
      expect(
        problemsAfter((d) => {
          onStateMediaAlone(d);
          d.claims[0]!.madeBy.state = 'kp';
        }),
      ).toContainEqual(
        'trust claims.shells: claim rests on no source that counts: tass-1 (state-media ru) [kp statement]',
      );
    });

    it("lets an official's state media carry their roles, and a counter or timeline entry marked as the state's word", () => {
      const onTass = (d: Dataset) => {
        d.people[0]!.roles[0]!.sources = ['tass-1'];
        d.claims[0]!.counter[0]!.sourceId = 'tass-1';
        d.claims[0]!.timeline[0]!.sources = ['tass-1'];
      };
      expect(problemsAfter(onTass)).toHaveLength(3);
      expect(
        problemsAfter((d) => {
          onTass(d);
          d.people[0]!.state = 'ru';
          d.claims[0]!.counter[0]!.state = 'ru';
          d.claims[0]!.timeline[0]!.state = 'ru';
        }),
      ).toEqual([]);
    });
  });

  describe('time', () => {
    it('refuses a role without a start date', () => {
      expect(problemsAfter((d) => delete d.people[0]!.roles[0]!.from)).toEqual([
        'time people.ada.roles.0: role has no start date (from)',
      ]);
    });

    it('refuses a role that ends before it starts', () => {
      expect(problemsAfter((d) => (d.people[0]!.roles[0]!.to = '2018'))).toEqual([
        'time people.ada.roles.0: role ends (2018) before it starts (2019)',
      ]);
    });

    it('refuses a person record that does not say when it was last checked', () => {
      expect(problemsAfter((d) => delete d.people[0]!.asOf)).toEqual([
        'time people.ada.asOf: says when its facts were last checked',
      ]);
    });

    it('refuses a dead person holding an open role, or one that ends after the death', () => {
      expect(
        problemsAfter((d) => {
          d.people[0]!.died = '2025-12';
          delete d.people[0]!.roles[0]!.to;
        }),
      ).toEqual(['time people.ada.roles.0: role has no end date, but the person died 2025-12']);
      expect(
        problemsAfter((d) => {
          d.people[0]!.died = '2024-01-10';
        }),
      ).toEqual(['time people.ada.roles.0: role ends 2024-05, after death 2024-01-10']);
      expect(problemsAfter((d) => (d.people[0]!.died = '2024-05-30'))).toEqual([]);
    });

    it('refuses a claim without a status', () => {
      expect(problemsAfter((d) => delete d.claims[0]!.status)).toEqual([
        'time claims.shells.status: says where the claim stands today (status)',
      ]);
    });

    it('refuses a status whose sources do not resolve', () => {
      expect(problemsAfter((d) => (d.claims[0]!.status!.sources = ['nowhere']))).toContain(
        'structure claims.shells.status: unknown source nowhere',
      );
    });

    it('refuses "superseded" that does not say by what, or names what does not exist', () => {
      const superseded = (d: Dataset) => (d.claims[0]!.status!.value = 'superseded');
      expect(problemsAfter(superseded)).toEqual([
        'time claims.shells.status: superseded names the claim or event that superseded it',
      ]);
      expect(
        problemsAfter((d) => {
          superseded(d);
          d.claims[0]!.status!.supersededBy = { eventId: 'summit' };
        }),
      ).toEqual([]);
      expect(
        problemsAfter((d) => {
          superseded(d);
          d.claims[0]!.status!.supersededBy = { claimId: 'no-such-claim' };
        }),
      ).toEqual(['structure claims.shells.status.supersededBy: unknown claim no-such-claim']);
    });

    it('refuses "confirmed" that does not say by whom', () => {
      expect(problemsAfter((d) => (d.claims[0]!.status!.value = 'confirmed'))).toEqual([
        'time claims.shells.status: confirmed says by whom',
      ]);
    });

    it('refuses a status dated before the claim was made', () => {
      expect(problemsAfter((d) => (d.claims[0]!.status!.date = '2023'))).toEqual([
        'time claims.shells.status: status date 2023 is before the claim (2024-06-19)',
      ]);
    });
  });

  it('refuses a stance outside the vocabulary', () => {
    const problems = problemsAfter(
      (d) => ((d.claims[0]!.counter[0] as { stance: string }).stance = 'refutes'),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^structure claims\.0\.counter\.0\.stance: /);
  });
});
