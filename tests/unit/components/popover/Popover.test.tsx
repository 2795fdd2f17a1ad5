// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { Popover } from '@/components/popover/Popover';
import { DatasetSchema } from '@/data/schema';
import { fixtureDataset, fixtureIndex } from './fixture-dataset';
import { mountPoint } from '../mount-point';

const container = mountPoint();

async function renderPopover(
  kind: 'expert' | 'claim',
  id: string,
  lang: 'de' | 'en',
  onClose = vi.fn(),
  articleDate?: string,
) {
  await act(async () => {
    render(
      <Popover
        entity={{ kind, id }}
        index={fixtureIndex}
        lang={lang}
        articleDate={articleDate}
        notes={<section class="kp-notes">notes for {id}</section>}
        onClose={onClose}
      />,
      container(),
    );
  });
  return container().querySelector<HTMLElement>('[role="dialog"]')!;
}

describe('Popover', () => {
  it('uses a fixture that the real schema accepts', () => {
    expect(v.safeParse(DatasetSchema, fixtureDataset).success).toBe(true);
  });

  it('is a dialog named by the card heading, focusable for the keyboard path', async () => {
    const dialog = await renderPopover('expert', 'ada-example', 'en');
    const heading = container().querySelector(`#${CSS.escape(dialog.getAttribute('aria-labelledby')!)}`);
    expect(heading?.tagName).toBe('H2');
    expect(heading?.textContent).toBe('Ada Example');
    expect(dialog.tabIndex).toBe(-1);
    expect(dialog.getAttribute('lang')).toBe('en');
  });

  it('renders the claim card and, under it, the notes for that claim', async () => {
    const dialog = await renderPopover('claim', 'shells-claim', 'de');
    const heading = container().querySelector(`#${CSS.escape(dialog.getAttribute('aria-labelledby')!)}`);
    expect(heading?.textContent).toBe('Es wurden viele Granaten geliefert.');
    expect(dialog.lastElementChild?.textContent).toBe('notes for shells-claim');
  });

  it("hands the article's date to the card, which then leads with the role held at that date", async () => {
    await renderPopover('expert', 'ada-example', 'en', vi.fn(), '2012');
    expect(container().querySelector('.kp-role')?.textContent).toBe('Researcher, Old Institute (since 2010)');
    await renderPopover('expert', 'ada-example', 'en', vi.fn());
    expect(container().querySelector('.kp-role')?.textContent).toBe(
      'Director, New Institute (since September 2018)',
    );
  });

  it('has a visible close button that closes, and Esc closes too', async () => {
    const onClose = vi.fn();
    const dialog = await renderPopover('expert', 'ada-example', 'en', onClose);
    const close = container().querySelector<HTMLButtonElement>('button[aria-label="Close"]')!;
    close.click();
    expect(onClose).toHaveBeenCalledTimes(1);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('keeps every control a native focusable element (reachable by Tab)', async () => {
    await renderPopover('claim', 'shells-claim', 'en');
    const controls = [...container().querySelectorAll<HTMLElement>('button, a[href]')];
    expect(controls.length).toBeGreaterThanOrEqual(3);
    for (const control of controls) expect(control.tabIndex).toBe(0);
  });

  it('shows a short message for an id the dataset does not know', async () => {
    const dialog = await renderPopover('expert', 'nobody-here', 'en');
    expect(dialog.textContent).toContain('Kontext has no information on this highlight.');
    expect(
      container().querySelector(`#${CSS.escape(dialog.getAttribute('aria-labelledby')!)}`)?.textContent,
    ).toBe('Not found');
    expect(container().querySelector('form, .kp-notes')).toBeNull();
  });

  it('says the card is loading while its content is on its way, and says so when it did not come', async () => {
    const show = (loadFailed: boolean) =>
      act(async () => {
        render(
          <Popover
            entity={{ kind: 'expert', id: 'ben-sample' }}
            index={undefined}
            loadFailed={loadFailed}
            lang="en"
            notes={<section class="kp-notes">notes</section>}
            onClose={vi.fn()}
          />,
          container(),
        );
      });
    await show(false);
    const dialog = container().querySelector<HTMLElement>('[role="dialog"]')!;
    const heading = () =>
      container().querySelector(`#${CSS.escape(dialog.getAttribute('aria-labelledby')!)}`);
    expect(heading()?.textContent).toBe('Loading…');
    expect(container().querySelector('[aria-busy="true"]')).not.toBeNull();
    expect(container().querySelector('.kp-notes')).toBeNull();
    await show(true);
    expect(heading()?.textContent).toBe('This card could not be loaded. Open it again to retry.');
    expect(container().querySelector('[aria-busy="true"]')).toBeNull();
  });

  it('does not find a claim under an expert id', async () => {
    const dialog = await renderPopover('claim', 'ada-example', 'de');
    expect(dialog.textContent).toContain('Kontext hat zu dieser Markierung keine Informationen.');
  });
});
