import { describe, expect, it } from 'vitest';
import { claimSinceDate, supersededByText } from '@/core/dataset/claim-since-date';
import { indexDataset } from '@/core/dataset/index-dataset';
import type { Claim } from '@/data/schema';
import { fixtureDataset } from '../../components/popover/fixture-dataset';

const both = (text: string) => ({ de: text, en: text });

const claim: Claim = {
  id: 'containers',
  kind: 'figure',
  statement: both('1,000 containers.'),
  madeBy: { actor: both('US government'), date: '2023-10-13' },
  sources: ['s'],
  patterns: [{ lang: 'en', pattern: 'containers' }],
  timeline: [
    { date: '2024-02', text: both('6,700 containers.'), sources: ['s'] },
    { date: '2023-10-13', text: both('First figure.'), sources: ['s'] },
    { date: '2025-05', text: both('20,000 containers.'), sources: ['s'] },
  ],
  counter: [],
  status: {
    value: 'superseded',
    note: both('Later figures.'),
    date: '2025-05',
    sources: ['s'],
    supersededBy: { claimId: 'shells-claim' },
  },
};

describe('claimSinceDate', () => {
  it('lists the timeline entries dated after the article, oldest first, and flags a later status', () => {
    const since = claimSinceDate(claim, '2023-11-01');
    expect(since.laterEntries.map((e) => e.date)).toEqual(['2024-02', '2025-05']);
    expect(since.statusIsLater).toBe(true);
  });

  it('finds nothing later for an article written after the last entry and the status', () => {
    expect(claimSinceDate(claim, '2025-06-01')).toEqual({ laterEntries: [], statusIsLater: false });
  });

  it('does not count an entry of the same month as the article as later', () => {
    expect(claimSinceDate(claim, '2024-02-20').laterEntries.map((e) => e.date)).toEqual(['2025-05']);
  });

  it('finds nothing later without an article date', () => {
    expect(claimSinceDate(claim)).toEqual({ laterEntries: [], statusIsLater: false });
  });
});

describe('supersededByText', () => {
  const index = indexDataset(fixtureDataset);
  it('names who made the superseding claim, or the event that superseded it', () => {
    expect(supersededByText(claim.status!, index)?.en).toBe('Ben Sample');
    const byActor = { ...claim.status!, supersededBy: { claimId: 'actor-claim' } };
    expect(supersededByText(byActor, index)).toEqual({ de: 'Eine Regierung', en: 'A government' });
  });
  it('names nothing when the status does not say what superseded it', () => {
    expect(supersededByText({ ...claim.status!, supersededBy: undefined }, index)).toBeUndefined();
  });
});
