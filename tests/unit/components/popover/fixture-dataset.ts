import { indexDataset } from '@/core/dataset/index-dataset';
import type { Dataset } from '@/data/schema';

/**
 * A small invented dataset: two experts who disagree, one claim with counters of every stance and a
 * later status, one publisher of each kind a card labels or not.
 */
export const fixtureDataset: Dataset = {
  sources: [
    {
      id: 'paper-linked',
      publisher: 'Example Times',
      title: 'Ein Titel auf Deutsch',
      date: '2024-06-19',
      lang: 'de',
      url: 'https://example.org/article',
      kind: 'news',
    },
    {
      id: 'paper-plain',
      publisher: 'Plain Review',
      title: 'An English title',
      date: '2023-10',
      lang: 'en',
      kind: 'analysis',
    },
    {
      id: 'report-a',
      publisher: 'Panel Office',
      title: 'Annual report',
      date: '2024',
      lang: 'en',
      kind: 'report',
    },
    {
      id: 'report-b',
      publisher: 'Second Desk',
      title: 'Follow-up',
      date: '2025-02-01',
      lang: 'en',
      kind: 'report',
    },
  ],
  publishers: [
    { name: 'Example Times', type: 'newspaper' },
    { name: 'Panel Office', type: 'international' },
    { name: 'Plain Review', type: 'think-tank' },
    { name: 'Second Desk', type: 'state-media', state: 'ru' },
  ],
  people: [
    {
      id: 'ada-example',
      asOf: '2026-11-30',
      name: 'Ada Example',
      kind: 'expert',
      highlight: true,
      aliases: [{ text: 'Ada Example' }],
      roles: [
        {
          title: { de: 'Forscherin', en: 'Researcher' },
          org: 'Old Institute',
          from: '2010',
          to: '2018',
          sources: ['report-a'],
        },
        {
          title: { de: 'Gastforscherin', en: 'Visiting fellow' },
          org: 'Middle Institute',
          from: '2016',
          sources: ['report-a'],
        },
        {
          title: { de: 'Direktorin', en: 'Director' },
          org: 'New Institute',
          from: '2018-09',
          sources: ['report-a'],
        },
      ],
      field: { de: 'Sicherheitspolitik', en: 'Security policy' },
      bio: { de: 'Schreibt über Rüstung.', en: 'Writes about arms.' },
      sources: ['report-a'],
      positions: [
        {
          date: '2023-10',
          text: { de: 'Hält die Lieferungen für groß.', en: 'Thinks the deliveries are large.' },
          sources: ['paper-plain'],
        },
      ],
      differs: [
        {
          personId: 'ben-sample',
          note: { de: 'Hält die Zahl für zu hoch.', en: 'Thinks the figure is too high.' },
        },
        { sourceId: 'paper-linked', note: { de: 'Ein Bericht widerspricht.', en: 'A report disagrees.' } },
      ],
    },
    {
      id: 'ben-sample',
      name: 'Ben Sample',
      kind: 'official',
      highlight: true,
      aliases: [{ text: 'Ben Sample' }],
      roles: [{ title: { de: 'Sprecher', en: 'Spokesman' }, org: 'Some Ministry', sources: ['report-b'] }],
      field: { de: 'Diplomatie', en: 'Diplomacy' },
      bio: { de: 'Spricht für das Ministerium.', en: 'Speaks for the ministry.' },
      sources: ['report-b'],
      positions: [],
      differs: [],
    },
  ],
  claims: [
    {
      id: 'shells-claim',
      kind: 'figure',
      statement: { de: 'Es wurden viele Granaten geliefert.', en: 'Many shells were delivered.' },
      madeBy: {
        personId: 'ben-sample',
        date: '2024-06-19',
        where: { de: 'in einem Interview', en: 'in an interview' },
      },
      sources: ['paper-linked'],
      patterns: [{ lang: 'en', pattern: 'shells' }],
      timeline: [
        { date: '2024', text: { de: 'Erste Meldung.', en: 'First report.' }, sources: ['report-a'] },
      ],
      counter: [
        { sourceId: 'report-b', stance: 'updates', note: { de: 'Neue Zahl.', en: 'Newer figure.' } },
        { sourceId: 'report-a', stance: 'disputes', note: { de: 'Deutlich weniger.', en: 'Far fewer.' } },
        { sourceId: 'paper-plain', stance: 'qualifies', note: { de: 'Nur teilweise.', en: 'Only partly.' } },
        { sourceId: 'paper-linked', stance: 'supports', note: { de: 'Bestätigt.', en: 'Confirms.' } },
      ],
      status: {
        value: 'superseded',
        note: { de: 'Spätere Zahlen ersetzen sie.', en: 'Later figures replace it.' },
        date: '2025-02-01',
        sources: ['report-b'],
        supersededBy: { claimId: 'actor-claim' },
      },
    },
    {
      id: 'actor-claim',
      kind: 'assessment',
      statement: { de: 'Ein Akteur sagt etwas.', en: 'An actor says something.' },
      madeBy: { actor: { de: 'Eine Regierung', en: 'A government' }, date: '2023' },
      sources: ['report-a'],
      patterns: [{ lang: 'en', pattern: 'actor' }],
      timeline: [],
      counter: [],
    },
  ],
  events: [],
  lexicon: {
    russia: [{ pattern: 'russ', weight: 1 }],
    northKorea: [{ pattern: 'nordkorea', weight: 1 }],
    relation: [{ pattern: 'treaty', weight: 1 }],
  },
};

export const fixtureIndex = indexDataset(fixtureDataset);
