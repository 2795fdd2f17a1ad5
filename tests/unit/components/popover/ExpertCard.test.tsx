// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ExpertCard } from '@/components/popover/ExpertCard';
import { fixtureIndex } from './fixture-dataset';
import { mountPoint } from '../mount-point';

const container = mountPoint();

const renderAda = (lang: 'de' | 'en') =>
  render(
    <ExpertCard
      person={fixtureIndex.person('ada-example')!}
      index={fixtureIndex}
      lang={lang}
      headingId="h"
    />,
    container(),
  );

describe('ExpertCard', () => {
  it('shows name, kind, the current role with its date and the earlier role', () => {
    renderAda('en');
    expect(container().querySelector('h2#h')?.textContent).toBe('Ada Example');
    expect(container().querySelector('.kp-kind')?.textContent).toBe('Expert');
    expect(container().querySelector('.kp-role')?.textContent).toBe(
      'Director, New Institute (since September 2018)',
    );
    const history = container().textContent!;
    expect(history).toContain('Other roles');
    expect(history).toContain('Researcher, Old Institute (2010 – 2018)');
    // A role known only from a date, and not held now, shows that date, not "since".
    expect(history).toContain('Visiting fellow, Middle Institute (2016)');
    expect(history).not.toContain('since 2016');
  });

  it('says "at least since" when a role\'s start is only the earliest date a source shows', () => {
    const ada = fixtureIndex.person('ada-example')!;
    const seen = { ...ada.roles[0]!, from: '2023', to: undefined, fromSeen: true as const };
    for (const [lang, period] of [
      ['en', 'at least since 2023'],
      ['de', 'mindestens seit 2023'],
    ] as const) {
      render(
        <ExpertCard person={{ ...ada, roles: [seen] }} index={fixtureIndex} lang={lang} headingId="h" />,
        container(),
      );
      expect(container().querySelector('.kp-role')?.textContent).toContain(`(${period})`);
    }
  });

  it('shows field, bio and dated positions with their sources', () => {
    renderAda('en');
    expect(container().textContent).toContain('Security policy');
    expect(container().textContent).toContain('Writes about arms.');
    const position = container().querySelector('.kp-dated-list li')!;
    expect(position.textContent).toContain('October 2023');
    expect(position.textContent).toContain('Thinks the deliveries are large.');
    expect(position.textContent).toContain('Plain Review');
  });

  it('lists who differs: a person by name, a source by citation, each with the note', () => {
    renderAda('de');
    const differs = [...container().querySelectorAll('.kp-differs > li')];
    expect(container().textContent).toContain('Andere sehen es anders');
    expect(differs).toHaveLength(2);
    expect(differs[0]!.querySelector('.kp-differs-name')?.textContent).toBe('Ben Sample');
    expect(differs[0]!.textContent).toContain('Hält die Zahl für zu hoch.');
    expect(differs[1]!.querySelector('a')?.getAttribute('href')).toBe('https://example.org/article');
    expect(differs[1]!.textContent).toContain('Ein Bericht widerspricht.');
  });

  it('speaks German when asked', () => {
    renderAda('de');
    expect(container().querySelector('.kp-role')?.textContent).toBe(
      'Direktorin, New Institute (seit September 2018)',
    );
    expect(container().textContent).toContain('Sicherheitspolitik');
    expect(container().textContent).not.toContain('Security policy');
  });
});

describe('ExpertCard at the article date', () => {
  const renderAt = (articleDate: string | undefined, lang: 'de' | 'en' = 'en') =>
    render(
      <ExpertCard
        person={fixtureIndex.person('ada-example')!}
        index={fixtureIndex}
        lang={lang}
        headingId="h"
        articleDate={articleDate}
      />,
      container(),
    );

  it('leads with the role held when the article appeared, then says what changed since', () => {
    renderAt('2017-05-02');
    expect(container().querySelector('.kp-role')?.textContent).toBe(
      'Visiting fellow, Middle Institute (since 2016)',
    );
    expect(container().querySelector('.kp-since')?.textContent).toBe(
      'Since then: left office as Researcher, Old Institute (2018); Director, New Institute (from September 2018).',
    );
  });

  it('says "left office" without repeating the role the card leads with', () => {
    renderAt('2012');
    expect(container().querySelector('.kp-role')?.textContent).toBe('Researcher, Old Institute (since 2010)');
    expect(container().querySelector('.kp-since')?.textContent).toBe(
      'Since then: Visiting fellow, Middle Institute (from 2016); left office (2018); Director, New Institute (from September 2018).',
    );
  });

  it('says the same in German', () => {
    renderAt('2017-05-02', 'de');
    expect(container().querySelector('.kp-since')?.textContent).toBe(
      'Seitdem: nicht mehr Forscherin, Old Institute (2018); Direktorin, New Institute (ab September 2018).',
    );
  });

  it('on a recent article leads with the role held then and says nothing changed', () => {
    renderAt('2026-03');
    expect(container().querySelector('.kp-role')?.textContent).toBe(
      'Director, New Institute (since September 2018)',
    );
    expect(container().querySelector('.kp-since')).toBeNull();
  });

  it('says when the record was last checked', () => {
    renderAt(undefined, 'de');
    expect(container().querySelector('.kp-as-of')?.textContent).toBe('Stand: 30. November 2026');
  });

  it('keeps the first glance short: bio, roles, positions and sources wait behind a closed "More"', () => {
    renderAt(undefined);
    const header = container().querySelector('header')!.textContent!;
    expect(header).toContain('Security policy');
    expect(header).not.toContain('Writes about arms.');
    const more = container().querySelector('details.kp-more') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    expect(more.querySelector('summary')?.textContent).toBe('More');
    expect(more.textContent).toContain('Writes about arms.');
    expect(more.textContent).toContain('Thinks the deliveries are large.');
    expect(more.textContent).toContain('Other roles');
  });
});
