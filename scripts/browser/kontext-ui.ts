/**
 * Reading and driving Kontext's card and passage-note panel from outside, as the reader would. Both
 * live in closed shadow roots, so neither the page nor Playwright's page-world locators can see into
 * them: everything here looks from Kontext's own content-script world (chrome.dom.openOrClosedShadowRoot),
 * and acts with trusted input only — a real mouse click at the element's place, real key presses —
 * because the UI ignores events a script dispatches.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { runInContentScript } from './content-world';

/** The hosts' selectors (entrypoints/kontext.content/ui-host.ts). */
export const POPOVER = 'div[data-kontext-ui="card"]';
export const PASSAGE_PANEL = 'div[data-kontext-ui="passage"]';
export type UiHost = typeof POPOVER | typeof PASSAGE_PANEL;

/** An element inside the UI by role and accessible name, as getByRole finds it in open DOM. */
export interface UiTarget {
  role: 'button' | 'textbox' | 'dialog' | 'link' | 'heading';
  /** Exact (trimmed, case-insensitive) for a string; any match for a RegExp. Omitted: the first visible. */
  name?: string | RegExp;
}

export interface Probe {
  host: UiHost;
  role: UiTarget['role'];
  name?: { source: string; flags: string } | string;
  want: 'text' | 'center' | 'style';
  /** For 'style': the computed properties to read. */
  properties?: string[];
  /** Only answer once the element's text contains this. */
  contains?: string;
  /** Keep looking this long (ms) for a visible element before answering null. */
  waitMs: number;
}

export type Answer = string | { x: number; y: number } | Record<string, string> | null;

/**
 * Runs in the content-script world: finds the target in the closed root and answers about it.
 * Chromium opens closed roots for extensions with chrome.dom, Firefox with element.openOrClosedShadowRoot.
 */
export async function probe(p: Probe): Promise<Answer> {
  const dom = (
    globalThis as unknown as { chrome: { dom?: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }
  ).chrome.dom ?? {
    openOrClosedShadowRoot: (e: Element) =>
      (e as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot ?? null,
  };
  const selectors = {
    button: 'button',
    textbox: 'textarea, input:not([type]), input[type="text"]',
    dialog: '[role="dialog"]',
    link: 'a[href]',
    heading: 'h1, h2, h3, h4, h5, h6',
  };
  const nameOf = (el: HTMLElement) =>
    (
      el.getAttribute('aria-label') ??
      (el.localName === 'textarea' || el.localName === 'input' ? el.closest('label')?.textContent : null) ??
      el.textContent ??
      ''
    ).trim();
  const named = (el: HTMLElement) => {
    if (p.name === undefined) return true;
    const name = nameOf(el);
    return typeof p.name === 'string'
      ? name.toLowerCase() === p.name.toLowerCase()
      : new RegExp(p.name.source, p.name.flags).test(name);
  };
  const find = () => {
    const host = document.querySelector(p.host);
    const root = host ? dom.openOrClosedShadowRoot(host) : null;
    if (!root) return null;
    return (
      Array.from(root.querySelectorAll<HTMLElement>(selectors[p.role])).find(
        (el) =>
          el.getClientRects().length > 0 &&
          named(el) &&
          (p.contains === undefined || (el.innerText ?? '').includes(p.contains)),
      ) ?? null
    );
  };
  let lastRect = '';
  const answer = (): Answer => {
    const el = find();
    if (!el) return null;
    if (p.want === 'text') return el.innerText ?? '';
    if (p.want === 'style') {
      const style = getComputedStyle(el);
      return Object.fromEntries((p.properties ?? []).map((name) => [name, style.getPropertyValue(name)]));
    }
    // The card scrolls inside itself: bring the element into its view before measuring.
    el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const rect = el.getBoundingClientRect();
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    // As Playwright's own clicks do: only once it has stopped moving (the card grows when the
    // reader's notes arrive) and nothing covers it, so the click lands where it was measured.
    const where = `${x},${y},${rect.width},${rect.height}`;
    const stable = where === lastRect;
    lastRect = where;
    const hit = (el.getRootNode() as ShadowRoot).elementFromPoint(x, y);
    return stable && hit && (hit === el || el.contains(hit)) ? { x, y } : null;
  };
  const end = Date.now() + p.waitMs;
  for (;;) {
    const found = answer();
    if (found !== null || Date.now() >= end) return found;
    await new Promise((resolve) => setTimeout(resolve, p.want === 'center' ? 100 : 50));
  }
}

const wire = (target: UiTarget) =>
  target.name instanceof RegExp
    ? { role: target.role, name: { source: target.name.source, flags: target.name.flags } }
    : { role: target.role, name: target.name };

const describe = (host: UiHost, target: UiTarget) =>
  `${target.role}${target.name ? ` "${String(target.name)}"` : ''} in ${host}`;

async function required<T extends Answer>(
  page: Page,
  host: UiHost,
  target: UiTarget,
  want: Probe['want'],
  timeout: number,
  more: Pick<Probe, 'contains' | 'properties'> = {},
): Promise<Exclude<T, null>> {
  const { contains } = more;
  const found = await runInContentScript(page, probe, {
    host,
    ...wire(target),
    want,
    ...more,
    waitMs: timeout,
  });
  if (found === null)
    throw new Error(`no visible ${describe(host, target)}${contains ? ` containing "${contains}"` : ''}`);
  return found as Exclude<T, null>;
}

/** The card's visible text; '' when it is closed. */
export async function popoverText(page: Page): Promise<string> {
  return (
    ((await runInContentScript(page, probe, {
      host: POPOVER,
      role: 'dialog',
      want: 'text',
      waitMs: 0,
    })) as string | null) ?? ''
  );
}

/** Waits for the card to show (optionally containing `text`) and returns its visible text. */
export async function waitForPopover(page: Page, timeout = 5_000, text?: string): Promise<string> {
  return required<string>(page, POPOVER, { role: 'dialog' }, 'text', timeout, { contains: text });
}

/** Waits until the card is closed (or never was open). */
export async function waitForPopoverClosed(page: Page, timeout = 5_000): Promise<void> {
  const end = Date.now() + timeout;
  while ((await popoverText(page)) !== '') {
    if (Date.now() > end) throw new Error('the card stayed open');
    await page.waitForTimeout(50);
  }
}

/** Waits until `target` is visible in the UI and returns its text. */
export async function waitForInUi(
  page: Page,
  host: UiHost,
  target: UiTarget,
  timeout = 5_000,
): Promise<string> {
  return required<string>(page, host, target, 'text', timeout);
}

/** Computed style `properties` (CSS names, e.g. 'font-size') of `target`. */
export async function styleInUi(
  page: Page,
  host: UiHost,
  target: UiTarget,
  properties: string[],
): Promise<Record<string, string>> {
  return required<Record<string, string>>(page, host, target, 'style', 5_000, { properties });
}

/** Clicks `target` with the real mouse, at the centre of where it is drawn. */
export async function clickInUi(page: Page, host: UiHost, target: UiTarget, timeout = 5_000): Promise<void> {
  const { x, y } = await required<{ x: number; y: number }>(page, host, target, 'center', timeout);
  await page.mouse.click(x, y);
}

/**
 * Which element has focus, looking into Kontext's roots: `shadow:tag.class` inside one of them, else
 * `tag:entity-id` for an element of the page.
 */
export async function focusedElement(page: Page): Promise<string> {
  return runInContentScript(
    page,
    (hosts: string[]) => {
      const dom = (
        globalThis as unknown as {
          chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } };
        }
      ).chrome.dom;
      const active = document.activeElement as HTMLElement | null;
      const inner =
        active && hosts.some((host) => active.matches(host))
          ? dom.openOrClosedShadowRoot(active)?.activeElement
          : null;
      return inner
        ? `shadow:${inner.localName}${inner.className ? `.${inner.className}` : ''}`
        : `${active?.localName}:${active?.dataset?.kontextId ?? ''}`;
    },
    [POPOVER, PASSAGE_PANEL],
  );
}

/**
 * Kontext's note frame in the page (the card's notes, or the passage editor): a page of the
 * extension's own origin, so Playwright reaches it as a frame, not through the shadow roots. With
 * several open, the one opened last.
 */
export async function notesFrame(page: Page, timeout = 5_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frames = page.frames().filter((f) => f.url().includes('/notes-frame.html'));
    const frame = frames[frames.length - 1];
    if (frame) {
      await frame.waitForLoadState('domcontentloaded');
      return frame;
    }
    if (Date.now() > deadline) throw new Error('no Kontext note frame appeared in the page');
    await page.waitForTimeout(50);
  }
}

/**
 * Clicks `target` in the note frame once it is shown and the frame holds still in the page. Playwright waits for an element to stop moving
 * inside its own frame, but not for the frame itself: the card around it grows as the reader's notes
 * arrive and the editor opens, and a click measured just before the card settled would land beside
 * its target (on the page, or on another button of the card).
 */
export async function clickWhenStill(frame: Frame, target: Locator, timeout = 5_000): Promise<void> {
  await target.waitFor({ timeout });
  const element = await frame.frameElement();
  const end = Date.now() + timeout;
  let last = '';
  for (;;) {
    const seen = JSON.stringify(await element.boundingBox());
    if (seen === last && seen !== 'null') break;
    if (Date.now() > end) throw new Error(`the note frame kept moving: ${seen}`);
    last = seen;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await target.click({ timeout });
}

/** Clicks a button in the note frame, with the mouse. */
export async function clickInNotesFrame(page: Page, name: string | RegExp): Promise<void> {
  const frame = await notesFrame(page);
  await clickWhenStill(frame, frame.getByRole('button', { name }));
}

/**
 * Clicks into the note frame's text field and types `text` on the keyboard. The page comes to the
 * front first, as it is for a reader typing in it: keys go to a frame only in the focused tab.
 */
export async function typeInNotesFrame(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  const frame = await notesFrame(page);
  await clickWhenStill(frame, frame.getByRole('textbox'));
  await page.keyboard.type(text);
}

/** Waits until the note frame shows `text` (a saved note, a status), and returns all its text. */
export async function waitForNotesFrameText(page: Page, text: string, timeout = 5_000): Promise<string> {
  const frame = await notesFrame(page, timeout);
  await frame.getByText(text).first().waitFor({ timeout });
  return frame.locator('body').innerText();
}
