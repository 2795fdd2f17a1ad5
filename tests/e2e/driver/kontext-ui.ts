/**
 * Kontext's card, read and driven through the driver in either browser: looked at from Kontext's own
 * content-script world (the card is in a closed shadow root) and acted on with the real mouse and
 * keyboard, as in scripts/browser/kontext-ui.ts for the Chromium-only suites.
 */
import { POPOVER, probe, type Answer, type Probe, type UiTarget } from '../../../scripts/browser/kontext-ui';
import type { DriverPage } from './driver';

const ask = (page: DriverPage, p: Probe) => page.inKontext<Probe, Answer>(probe, p);

/** The card's visible text; '' when it is closed. */
export async function popoverText(page: DriverPage): Promise<string> {
  return (
    ((await ask(page, { host: POPOVER, role: 'dialog', want: 'text', waitMs: 0 })) as string | null) ?? ''
  );
}

/** Waits for the card to show, optionally containing `text`, and returns its visible text. */
export async function waitForPopover(page: DriverPage, text?: string, timeout = 5_000): Promise<string> {
  const found = await ask(page, {
    host: POPOVER,
    role: 'dialog',
    want: 'text',
    contains: text,
    waitMs: timeout,
  });
  if (found === null) throw new Error(`the card did not open${text ? ` with "${text}"` : ''}`);
  return found as string;
}

export async function waitForPopoverClosed(page: DriverPage, timeout = 5_000): Promise<void> {
  const end = Date.now() + timeout;
  while ((await popoverText(page)) !== '') {
    if (Date.now() > end) throw new Error('the card stayed open');
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Clicks `target` in the card with the real mouse. */
export async function clickInCard(page: DriverPage, target: UiTarget): Promise<void> {
  const name =
    target.name instanceof RegExp ? { source: target.name.source, flags: target.name.flags } : target.name;
  const at = (await ask(page, { host: POPOVER, role: target.role, name, want: 'center', waitMs: 5_000 })) as {
    x: number;
    y: number;
  } | null;
  if (!at) throw new Error(`no visible ${target.role} in the card`);
  await page.mouseClick(at.x, at.y);
}

/** Which element has focus: `shadow:tag.class` inside the card, else `tag:entity-id` in the page. */
export function focusedElement(page: DriverPage): Promise<string> {
  return page.inKontext((host: string) => {
    const active = document.activeElement as HTMLElement | null;
    const dom = (
      globalThis as unknown as { chrome: { dom?: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }
    ).chrome.dom;
    const root = active?.matches(host)
      ? (dom?.openOrClosedShadowRoot(active) ??
        (active as HTMLElement & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot)
      : null;
    const inner = root?.activeElement;
    return inner
      ? `shadow:${inner.localName}${inner.className ? `.${inner.className}` : ''}`
      : `${active?.localName}:${active?.dataset?.kontextId ?? ''}`;
  }, POPOVER);
}

/** Clicks, with the real mouse, the first visible `selector` in the page whose text contains `text`. */
export async function clickByText(page: DriverPage, selector: string, text: string): Promise<void> {
  const at = await page.evaluate(
    ([sel, wanted]) => {
      const el = Array.from(document.querySelectorAll<HTMLElement>(sel)).find(
        (e) => e.getClientRects().length > 0 && (e.innerText ?? e.textContent ?? '').includes(wanted),
      );
      if (!el) return null;
      el.scrollIntoView({ block: 'center' });
      const rect = el.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [selector, text] as const,
  );
  if (!at) throw new Error(`no visible ${selector} with "${text}" in ${page.url()}`);
  await page.mouseClick(at.x, at.y);
}
