// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ClaimCard } from '@/components/popover/ClaimCard';
import { fixtureIndex } from './fixture-dataset';
import { mountPoint } from '../mount-point';

const container = mountPoint();

const renderClaim = (id: string, lang: 'de' | 'en') =>
  render(
    <ClaimCard claim={fixtureIndex.claim(id)!} index={fixtureIndex} lang={lang} headingId="h" />,
    container(),
  );

const stanceHeadings = () =>
  [...container().querySelectorAll('.kp-stance')].map((group) => ({
    stance: group.getAttribute('data-stance'),
    label: group.querySelector('h4')!.textContent!.replace(/^\S+\s/, ''),
    notes: [...group.querySelectorAll('li .kp-text')].map((note) => note.textContent),
  }));

describe('ClaimCard', () => {
  it('shows the statement, who made it, when and where', () => {
    renderClaim('shells-claim', 'en');
    expect(container().querySelector('h2#h')?.textContent).toBe('Many shells were delivered.');
    expect(container().querySelector('.kp-origin')?.textContent).toBe(
      'Made by: Ben Sample, 19 June 2024, in an interview',
    );
  });

  it('names the actor when no person made the claim', () => {
    renderClaim('actor-claim', 'de');
    expect(container().querySelector('.kp-origin')?.textContent).toBe('Von: Eine Regierung, 2023');
    expect(container().textContent).toContain('Noch keine anderen Quellen erfasst.');
  });

  it('groups counter-sources by stance with English text labels in a fixed order', () => {
    renderClaim('shells-claim', 'en');
    expect(stanceHeadings()).toEqual([
      { stance: 'disputes', label: 'Disputes', notes: ['Far fewer.'] },
      { stance: 'qualifies', label: 'Qualifies', notes: ['Only partly.'] },
      { stance: 'supports', label: 'Supports', notes: ['Confirms.'] },
      { stance: 'updates', label: 'Updates', notes: ['Newer figure.'] },
    ]);
    const disputes = container().querySelector('[data-stance="disputes"] li')!;
    expect(disputes.textContent).toContain('Panel Office');
    expect(disputes.textContent).toContain('Annual report');
  });

  it('labels the stance groups in German', () => {
    renderClaim('shells-claim', 'de');
    expect(stanceHeadings().map((group) => group.label)).toEqual([
      'Widerspricht',
      'Schränkt ein',
      'Stützt',
      'Aktualisiert',
    ]);
  });

  it('shows the timeline and the sources the claim rests on', () => {
    renderClaim('shells-claim', 'en');
    expect(container().querySelector('.kp-timeline')?.textContent).toContain('2024');
    expect(container().querySelector('.kp-timeline')?.textContent).toContain('First report.');
    const sections = [...container().querySelectorAll('.kp-section')];
    const restsOn = sections.find((s) => s.querySelector('h3')?.textContent === 'What it rests on')!;
    expect(restsOn.querySelector('a')?.getAttribute('href')).toBe('https://example.org/article');
  });
});

describe('ClaimCard and time', () => {
  const renderAt = (id: string, articleDate: string | undefined, lang: 'de' | 'en' = 'en') =>
    render(
      <ClaimCard
        claim={fixtureIndex.claim(id)!}
        index={fixtureIndex}
        lang={lang}
        headingId="h"
        articleDate={articleDate}
      />,
      container(),
    );
  const firstLines = () =>
    [...container().querySelectorAll('header > p:not(.kp-kind)')].map((p) => p.textContent);

  it('leads with where the claim stands, naming what superseded it and when, and the record date', () => {
    renderAt('shells-claim', undefined);
    expect(firstLines()).toEqual([
      'Superseded by: A government (1 February 2025) Later figures replace it.',
      'Made by: Ben Sample, 19 June 2024, in an interview',
      'As of 1 February 2025',
    ]);
  });

  it('on an article older than the later timeline entries says first what happened since', () => {
    renderAt('shells-claim', '2023-06-01');
    expect(firstLines()[0]).toBe('Since this article: 2024: First report.');
  });

  it('on an article older than the status, with no later entries, says the status moved on since', () => {
    renderAt('shells-claim', '2024-08-01', 'de');
    expect(firstLines()[0]).toBe('Seit diesem Artikel: Überholt durch: Eine Regierung (1. Februar 2025)');
  });

  it('on an article after everything says nothing moved on', () => {
    renderAt('shells-claim', '2025-06-01');
    expect(container().querySelector('.kp-since')).toBeNull();
  });

  it('labels state media among the other sources, in the reader language', () => {
    renderAt('shells-claim', undefined, 'de');
    const updates = container().querySelector('[data-stance="updates"]')!;
    expect(updates.querySelector('.kp-publisher-type')?.textContent).toBe(' (Staatsmedien)');
    const supports = container().querySelector('[data-stance="supports"]')!;
    expect(supports.querySelector('.kp-publisher-type')).toBeNull();
  });

  it('keeps timeline, other sources and what it rests on behind a closed "More"', () => {
    renderAt('shells-claim', undefined);
    const more = container().querySelector('details.kp-more') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    expect(more.querySelector('.kp-timeline')).not.toBeNull();
    expect(more.querySelectorAll('.kp-stance')).toHaveLength(4);
    expect(container().querySelector('header')!.textContent).not.toContain('First report.');
  });
});
