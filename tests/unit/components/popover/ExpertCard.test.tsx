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
    expect(history).toContain('Earlier roles');
    expect(history).toContain('Researcher, Old Institute (2010 – 2018)');
    // A role known only from a date, and not held now, shows that date, not "since".
    expect(history).toContain('Visiting fellow, Middle Institute (2016)');
    expect(history).not.toContain('since 2016');
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
