// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { SourceCitation } from '@/components/popover/SourceCitation';
import { fixtureIndex } from './fixture-dataset';
import { mountPoint } from '../mount-point';

const container = mountPoint();

describe('SourceCitation', () => {
  it('renders a source without url as text with no link', () => {
    render(<SourceCitation source={fixtureIndex.source('paper-plain')} lang="en" />, container());
    expect(container().querySelector('a')).toBeNull();
    expect(container().textContent).toContain('Plain Review');
    expect(container().textContent).toContain('An English title');
    expect(container().textContent).toContain('October 2023');
  });

  it('links a source with url safely, in a new tab, title marked with its own language', () => {
    render(<SourceCitation source={fixtureIndex.source('paper-linked')} lang="de" />, container());
    const link = container().querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.org/article');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(container().querySelector('cite')?.getAttribute('lang')).toBe('de');
    expect(container().textContent).toContain('19. Juni 2024');
  });

  it('says so when the source id is not in the dataset', () => {
    render(<SourceCitation source={fixtureIndex.source('no-such-source')} lang="de" />, container());
    expect(container().textContent).toBe('Quelle nicht gefunden');
  });
});

describe('SourceCitation and publisher types', () => {
  const cite = (id: string, lang: 'de' | 'en') => {
    const source = fixtureIndex.source(id);
    render(
      <SourceCitation
        source={source}
        publisher={source && fixtureIndex.publisher(source.publisher)}
        lang={lang}
      />,
      container(),
    );
  };

  it('says "state media" after a state outlet, in English and German', () => {
    cite('report-b', 'en');
    expect(container().textContent).toContain('Second Desk (state media): Follow-up');
    cite('report-b', 'de');
    expect(container().textContent).toContain('Second Desk (Staatsmedien): Follow-up');
  });

  it('adds nothing for a newspaper or a think tank', () => {
    cite('paper-plain', 'en');
    expect(container().querySelector('.kp-publisher-type')).toBeNull();
    expect(container().textContent).toMatch(/^Plain Review: /);
  });
});
