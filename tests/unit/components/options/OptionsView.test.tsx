// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { OptionsView, type OptionsViewProps } from '@/components/options/OptionsView';
import { optionsTables } from '@/components/options/options-strings';
import { DEFAULT_SETTINGS, type Settings } from '@/core/settings/settings';
import { mountPoint } from '../mount-point';

const container = mountPoint();

function show(overrides: Partial<OptionsViewProps> = {}) {
  const props: OptionsViewProps = {
    lang: 'en',
    settings: DEFAULT_SETTINGS as Settings,
    defaultSites: ['spiegel.de', 'nytimes.com'],
    permittedSites: new Set(),
    onChange: vi.fn(),
    onSiteEnabled: vi.fn(),
    onAddSite: vi.fn(),
    onAllowSite: vi.fn(),
    onRemoveSite: vi.fn(),
    onExport: vi.fn(),
    onImport: vi.fn(),
    ...overrides,
  };
  act(() => render(<OptionsView {...props} />, container()));
  return props;
}

/** The control whose label reads `text`, as a reader (or a screen reader) finds it. */
function control(text: string | RegExp): HTMLInputElement {
  const label = [...container().querySelectorAll('label')].find((l) =>
    typeof text === 'string' ? l.textContent?.trim() === text : text.test(l.textContent ?? ''),
  );
  const input = label?.querySelector('input');
  if (!input) throw new Error(`no control labelled ${String(text)}`);
  return input;
}

const click = (el: HTMLElement) => act(() => el.click());
const button = (text: string) =>
  [...container().querySelectorAll('button')].find((b) => b.textContent === text) as HTMLButtonElement;

describe('OptionsView', () => {
  it('groups the controls in fieldsets with legends, every control labelled', () => {
    show({ settings: { ...DEFAULT_SETTINGS, addedSites: ['example.org'] } as Settings });
    const legends = [...container().querySelectorAll('fieldset > legend')].map((l) => l.textContent);
    expect(legends).toEqual([
      'What to highlight',
      'Highlight style',
      'Language of the cards',
      'Hover',
      'Sites',
      'Export and import',
    ]);
    for (const input of container().querySelectorAll('input')) expect(input.closest('label')).not.toBeNull();
  });

  it('hands up a change of what to highlight, style, language and hover delay', () => {
    const props = show();
    click(control('Claims'));
    expect(props.onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ highlight: { experts: true, claims: false, passages: true } }),
    );
    click(control('Subtle background'));
    expect(props.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ style: 'background' }));
    click(control('German'));
    expect(props.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ popoverLanguage: 'de' }));
    const delay = control(/milliseconds/);
    act(() => {
      delay.value = '5000';
      delay.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // Beyond the maximum: kept at the maximum rather than refused.
    expect(props.onChange).toHaveBeenLastCalledWith(expect.objectContaining({ hoverDelayMs: 2000 }));
  });

  it('shows the default sites with their switch and switches one off', () => {
    const props = show({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['nytimes.com'] } as Settings });
    expect(control('Kontext on spiegel.de').checked).toBe(true);
    expect(control('Kontext on nytimes.com').checked).toBe(false);
    click(control('Kontext on spiegel.de'));
    expect(props.onSiteEnabled).toHaveBeenCalledWith('spiegel.de', false);
  });

  it('adds a site typed as an address, and explains why it refuses others', () => {
    const props = show();
    const input = control(/Add a site/);
    const add = (value: string) => {
      input.value = value;
      click(button('Add'));
    };
    add('not a site');
    expect(container().querySelector('[role="status"]')?.textContent).toBe(
      '“not a site” is not a site name.',
    );
    add('https://www.spiegel.de/politik');
    expect(container().querySelector('[role="status"]')?.textContent).toBe(
      'spiegel.de is already in the default list.',
    );
    expect(props.onAddSite).not.toHaveBeenCalled();
    add('https://www.example.org/news');
    expect(props.onAddSite).toHaveBeenCalledWith('example.org');
    expect(input.value).toBe('');
  });

  it('lists added sites: a switch where permitted, "Allow" where the permission is missing, and Remove', () => {
    const props = show({
      settings: { ...DEFAULT_SETTINGS, addedSites: ['a.example', 'b.example'] } as Settings,
      permittedSites: new Set(['a.example']),
    });
    expect(control('Kontext on a.example').checked).toBe(true);
    expect(container().textContent).toContain('b.example: permission missing');
    click(button('Allow'));
    expect(props.onAllowSite).toHaveBeenCalledWith('b.example');
    click(button('Remove a.example'));
    expect(props.onRemoveSite).toHaveBeenCalledWith('a.example');
  });

  it('speaks German with the same controls', () => {
    show({ lang: 'de' });
    expect(container().querySelector('h1')?.textContent).toBe('Kontext-Einstellungen');
    expect(control('Behauptungen').checked).toBe(true);
    expect(Object.keys(optionsTables.de).sort()).toEqual(Object.keys(optionsTables.en).sort());
  });
});
