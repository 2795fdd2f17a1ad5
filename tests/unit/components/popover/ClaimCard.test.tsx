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
