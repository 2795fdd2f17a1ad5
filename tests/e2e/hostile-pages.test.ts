/**
 * Pages that attack the extension or merely make its life hard. In every case the reader must still
 * get the highlights (or an untouched page), the page's own scripts must keep running, and nothing
 * the page does may switch Kontext off, open its popover, or reach the reader's notes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  clickInUi,
  clickInNotesFrame,
  notesFrame,
  typeInNotesFrame,
  waitForNotesFrameText,
  evaluateInContentScript,
  fixtureHtml,
  openPage,
  hoverEntity,
  PASSAGE_PANEL,
  POPOVER,
  sendFromContentScript,
  waitForInUi,
  openExtensionPage,
  openFixture,
  pageErrors,
  sendToTab,
  waitForPopover,
  popoverText,
  selectText,
  sendToBackground,
  tabIdOf,
  useExtensionSession,
  waitForMarks,
  waitForPopoverClosed,
} from './harness';

const session = useExtensionSession();

const ticks = (page: Page) => page.evaluate(() => (window as unknown as { __ticks: number }).__ticks);
const markCount = (page: Page) => page.locator('kontext-mark').count();

type Forger = { forgeSignals(id: string): void; forgeReader(): void };

describe('a page that forges the extension’s signals', () => {
  it('cannot switch Kontext off with WXT’s start or navigation signal, and is told nothing', async () => {
    const page = await openFixture(
      session,
      'https://www.theguardian.com/world/kontext-forged-start',
      'hostile-forgery.html',
    );
    await waitForMarks(page, 2);
    const first = await page.evaluate(() => {
      const mark = document.querySelector('kontext-mark') as HTMLElement & { __seen?: boolean };
      mark.__seen = true;
      return mark.textContent;
    });
    await page.evaluate((id) => (window as unknown as Forger).forgeSignals(id), session.extensionId);
    // Longer than the location-change debounce (500 ms): a fake navigation must not redo the page.
    await page.waitForTimeout(900);
    expect(
      await page.evaluate(
        () => (document.querySelector('kontext-mark') as HTMLElement & { __seen?: boolean }).__seen,
      ),
    ).toBe(true);
    expect(await page.locator('kontext-mark').first().textContent()).toBe(first);
    // Still alive: content added now is marked, and the reader's hover opens the card.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later, Andrei Lankov doubted that the deliveries would last.';
      document.getElementById('later')?.append(p);
    });
    await page.waitForFunction(() => document.querySelector('#later kontext-mark') !== null, undefined, {
      timeout: 5_000,
    });
    expect(await hoverEntity(page, 'victor-cha')).toContain('Victor Cha');
    // WXT would have announced the extension's id to every page with postMessage.
    expect(
      await page.evaluate(() => (window as unknown as { __announcements: string[] }).__announcements),
    ).toEqual([]);
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('cannot open the popover or move the reader with fake messages, pointer events or focus()', async () => {
    const page = await openFixture(
      session,
      'https://www.theguardian.com/world/kontext-forged-reader',
      'hostile-forgery.html',
    );
    await waitForMarks(page, 2);
    const before = await markCount(page);
    const scrollY = await page.evaluate(() => window.scrollY);
    await page.evaluate(() => (window as unknown as Forger).forgeReader());
    // Longer than the popover's open delay (150 ms).
    await page.waitForTimeout(600);
    expect(await popoverText(page)).toBe('');
    expect(await markCount(page)).toBe(before);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);
    // The reader's own shortcut (which reaches the page only through the background) still opens it.
    await sendToTab(session, await tabIdOf(session, page.url()), { type: 'highlight:next' });
    await waitForPopover(page);
    expect(await popoverText(page)).toContain('Jenny Town');
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });
});

/** What a page script can find of `secret`: the host's shadowRoot, the DOM's text, every open root. */
const pageView = (page: Page, host: string, secret: string) =>
  page.evaluate(
    ({ host, secret }) => {
      const element = document.querySelector(host);
      const texts = [document.documentElement.outerHTML, document.body.innerText];
      for (const el of document.querySelectorAll('*')) if (el.shadowRoot) texts.push(el.shadowRoot.innerHTML);
      return {
        host: !!element,
        shadowRoot: element ? element.shadowRoot : 'no host',
        found: texts.some((text) => text.includes(secret)),
      };
    },
    { host, secret },
  );

/** The page's attempt at what worked on an open root: type into the focused field and submit its form. */
const typeAndSubmitAsPage = (page: Page) =>
  page.evaluate(async () => {
    const typed = document.execCommand('insertText', false, ' Typed by the page.');
    const active = document.activeElement as HTMLElement & { form?: HTMLFormElement | null };
    active.form?.requestSubmit();
    active.closest('form')?.requestSubmit();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return {
      active: active.getAttribute('data-kontext-ui') ?? active.localName,
      form: !!(active.form ?? active.closest('form')),
      typed,
    };
  });

describe('a page next to the passage-note panel', () => {
  it('cannot see into it, open the editor, read the draft or save through it; the reader can', async () => {
    const url = 'https://www.theguardian.com/world/kontext-passage-forgery';
    const page = await openFixture(session, url, 'hostile-forgery.html');
    await waitForMarks(page, 2);
    await selectText(page, 'the war in Ukraine');
    // The panel offers its button (seen from Kontext's side), but the page has no way in.
    await waitForInUi(page, PASSAGE_PANEL, { role: 'button', name: 'Note on this passage' });
    expect(await pageView(page, PASSAGE_PANEL, 'Note on this passage')).toEqual({
      host: true,
      shadowRoot: null,
      found: false,
    });
    await page.evaluate(() =>
      (document.querySelector('div[data-kontext-ui="passage"]') as HTMLElement).click(),
    );
    await page.waitForTimeout(100);
    expect(page.frames().some((frame) => frame.url().includes('/notes-frame.html'))).toBe(false);

    // The reader opens the editor and starts a note; the page looks for it and tries to finish it.
    await clickInUi(page, PASSAGE_PANEL, { role: 'button', name: 'Note on this passage' });
    await typeInNotesFrame(page, 'A private draft.');
    expect(await pageView(page, PASSAGE_PANEL, 'A private draft.')).toEqual({
      host: true,
      shadowRoot: null,
      found: false,
    });
    // The draft is in a frame of the extension's origin: the page's typing has nowhere to go.
    expect(await typeAndSubmitAsPage(page)).toEqual({
      active: 'passage',
      form: false,
      typed: false,
    });
    const ext = await openExtensionPage(session);
    const listed = async () =>
      (
        (await sendToBackground(ext, { type: 'notes:list', filter: { url } })) as {
          notes: { text: string }[];
        }
      ).notes.map((n) => n.text);
    expect(await listed()).toEqual([]);
    expect(await (await notesFrame(page)).getByRole('textbox').inputValue()).toBe('A private draft.');
    await clickInNotesFrame(page, 'Save');
    await expect.poll(listed).toEqual(['A private draft.']);
    await Promise.all([page.close(), ext.close()]);
  });
});

describe('a page next to the open card', () => {
  it('cannot see into it, find the reader’s note, or save through the editor; the reader can', async () => {
    const url = 'https://www.theguardian.com/world/kontext-popover-forgery';
    const page = await openFixture(session, url, 'hostile-forgery.html');
    await waitForMarks(page, 2);
    const ext = await openExtensionPage(session);
    const listed = async () =>
      (
        (await sendToBackground(ext, { type: 'notes:list', filter: { entityId: 'jenny-town' } })) as {
          notes: { text: string }[];
        }
      ).notes.map((n) => n.text);
    // The reader has a note on Jenny Town, and the card shows it.
    await hoverEntity(page, 'jenny-town');
    await clickInNotesFrame(page, /add note|notiz/i);
    await typeInNotesFrame(page, 'Private: asked her about the treaty.');
    await clickInNotesFrame(page, /save|speichern/i);
    await expect.poll(listed).toEqual(['Private: asked her about the treaty.']);
    await waitForNotesFrameText(page, 'Private: asked her about the treaty.');

    expect(await pageView(page, POPOVER, 'asked her about the treaty')).toEqual({
      host: true,
      shadowRoot: null,
      found: false,
    });
    // A scripted click on the host reaches nothing inside.
    await page.evaluate(() => (document.querySelector('div[data-kontext-ui="card"]') as HTMLElement).click());
    await page.waitForTimeout(200);
    expect(await (await notesFrame(page)).getByRole('textbox').count()).toBe(0);

    // The reader starts a second note; with the editor focused, the page tries to type and submit.
    await clickInNotesFrame(page, /add note|notiz/i);
    await typeInNotesFrame(page, 'Second thought.');
    expect(await typeAndSubmitAsPage(page)).toEqual({ active: 'card', form: false, typed: false });
    expect(await listed()).toEqual(['Private: asked her about the treaty.']);
    expect(await (await notesFrame(page)).getByRole('textbox').inputValue()).toBe('Second thought.');
    // The reader goes on typing and saves: their words only.
    await page.keyboard.type(' Ask again.');
    await clickInNotesFrame(page, /save|speichern/i);
    await expect
      .poll(async () => (await listed()).sort())
      .toEqual(['Private: asked her about the treaty.', 'Second thought. Ask again.']);
    expect(await pageErrors(page)).toEqual([]);
    await Promise.all([page.close(), ext.close()]);
  });

  it('hears and sees nothing of a note being written: no keys, no input, no selection', async () => {
    const page = await openFixture(
      session,
      'https://www.theguardian.com/world/kontext-keylogger',
      'hostile-forgery.html',
    );
    await waitForMarks(page, 2);
    // What a keylogging page would install: every key, edit and selection event, as early as it can.
    const heard = () => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard.splice(0));
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { __heard: string[] }).__heard = log;
      for (const type of ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionend'])
        window.addEventListener(
          type,
          (event) => log.push(`${type}:${(event as KeyboardEvent).key ?? (event as InputEvent).data ?? ''}`),
          true,
        );
      document.addEventListener('selectionchange', () => log.push(`selection:${String(getSelection())}`));
    });

    // In the card. The page also offers the note frame a port of its own, as Kontext does, with a
    // guessed nonce: the frame must not answer on it.
    await hoverEntity(page, 'jenny-town');
    await clickInNotesFrame(page, /add note|notiz/i);
    await page.evaluate(() => {
      const log = (window as unknown as { __heard: string[] }).__heard;
      for (let i = 0; i < window.frames.length; i++) {
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => log.push(`port:${JSON.stringify(event.data)}`);
        window.frames[i]!.postMessage({ kontextNotesFrame: crypto.randomUUID() }, '*', [channel.port2]);
      }
    });
    await heard();
    await typeInNotesFrame(page, 'Secret card draft');
    await page.keyboard.press('Control+A');
    expect(await heard()).toEqual([]);
    expect(await page.evaluate(() => String(getSelection()))).not.toContain('Secret');

    // The reader closes the card. (With the close button: a key pressed inside the frame that closes
    // it can leave the test driver waiting for the key's release from a frame that is gone.)
    await clickInUi(page, POPOVER, { role: 'button', name: /close|schließen/i });
    await waitForPopoverClosed(page);

    // On a passage.
    await selectText(page, 'the war in Ukraine');
    await clickInUi(page, PASSAGE_PANEL, { role: 'button', name: 'Note on this passage' });
    await (await notesFrame(page)).getByRole('textbox').waitFor({ timeout: 5_000 });
    await heard();
    await typeInNotesFrame(page, 'Secret passage draft');
    await page.keyboard.press('Control+A');
    expect(await heard()).toEqual([]);
    expect(await page.evaluate(() => String(getSelection()))).not.toContain('Secret');
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });
});

describe('names inside javascript: links', () => {
  it('are marked and open the card, and the link’s code never runs on Kontext’s account', async () => {
    const page = await openFixture(
      session,
      'https://www.theguardian.com/world/kontext-jslink',
      'hostile-forgery.html',
    );
    await waitForMarks(page, 3);
    expect(await page.locator('#jslink kontext-mark').allTextContents()).toEqual(['Hanna Notte']);
    expect(await hoverEntity(page, 'hanna-notte')).toContain('Hanna Notte');
    await page.keyboard.press('Escape');
    const link = await page.evaluate(() => ({
      href: document.getElementById('jslink')?.getAttribute('href'),
      ran: (window as unknown as { __ran?: number }).__ran ?? 0,
    }));
    expect(link).toEqual({ href: 'javascript:window.__ran = (window.__ran || 0) + 1', ran: 0 });
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });
});

describe('messages from a content script', () => {
  it('are judged by their real sender: popup requests and other sites’ notes stay closed', async () => {
    const ext = await openExtensionPage(session);
    // A private note the reader wrote on another site.
    const otherSite = 'https://www.spiegel.de/ausland/kontext-private';
    const saved = (await sendToBackground(ext, {
      type: 'notes:save',
      note: {
        text: 'Only for me: check the Vostochny date.',
        tags: [],
        target: {
          type: 'passage',
          url: otherSite,
          pageTitle: 'Privat',
          selectors: {
            quote: { type: 'TextQuoteSelector', exact: 'Vostochny', prefix: 'in ', suffix: ' am' },
            position: { type: 'TextPositionSelector', start: 10, end: 19 },
          },
        },
      },
    })) as { ok: boolean; note: { id: string } };
    expect(saved.ok).toBe(true);
    const otherTab = await openFixture(session, otherSite, 'hostile-forgery.html');
    const page = await openFixture(
      session,
      'https://www.theguardian.com/world/kontext-messages',
      'hostile-forgery.html',
    );
    await waitForMarks(page, 2);
    const refused = [
      { type: 'notes:list', filter: { url: otherSite } },
      { type: 'notes:list' },
      { type: 'notes:get', id: saved.note.id },
      { type: 'notes:export' },
      { type: 'notes:delete', id: saved.note.id },
      { type: 'tab:status', tabId: await tabIdOf(session, otherSite) },
      { type: 'site:set-enabled', host: 'spiegel.de', enabled: false },
      { type: 'site:run-here', tabId: await tabIdOf(session, otherSite) },
    ];
    for (const message of refused) {
      const reply = (await sendFromContentScript(page, message)) as { ok: boolean; error?: string };
      expect(reply.ok, message.type).toBe(false);
      expect(JSON.stringify(reply)).not.toContain('Vostochny');
    }
    // Nothing changed: the other site is still on, the note still there.
    const status = (await sendToBackground(ext, {
      type: 'tab:status',
      tabId: await tabIdOf(session, otherSite),
    })) as {
      site: { enabled: boolean };
    };
    expect(status.site.enabled).toBe(true);
    expect(await sendToBackground(ext, { type: 'notes:get', id: saved.note.id })).toMatchObject({ ok: true });
    // What the content script needs is still open to it.
    expect(await sendFromContentScript(page, { type: 'ping' })).toMatchObject({ ok: true });
    // And the page's own scripts cannot reach the extension at all.
    expect(
      await page.evaluate(
        () =>
          typeof (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
            ?.sendMessage,
      ),
    ).toBe('undefined');
    await sendToBackground(ext, { type: 'notes:delete', id: saved.note.id });
    await Promise.all([page.close(), otherTab.close(), ext.close()]);
  });
});

describe('a page that fights the DOM', () => {
  it('replaces the DOM primitives in its own world: Kontext does not use them and the page keeps running', async () => {
    const page = await openFixture(
      session,
      'https://www.reuters.com/world/kontext-overrides',
      'hostile-overrides.html',
    );
    await waitForMarks(page, 3);
    expect(await hoverEntity(page, 'jenny-town')).toContain('Jenny Town');
    const seen = await page.evaluate(() => {
      const w = window as unknown as {
        __touched: string[];
        __network: string[];
        __pageErrors: string[];
        __ticks: number;
      };
      return { touched: w.__touched, network: w.__network, errors: w.__pageErrors, ticking: w.__ticks > 0 };
    });
    expect(seen).toEqual({ touched: [], network: [], errors: [], ticking: true });
    await page.close();
  });

  it('re-renders and edits its text while Kontext marks it: the page keeps working, nothing half-done', async () => {
    const page = await openFixture(
      session,
      'https://www.reuters.com/world/kontext-storm',
      'hostile-mutating.html',
    );
    await page.waitForFunction(
      () => (window as unknown as { __settled?: boolean }).__settled === true,
      undefined,
      {
        timeout: 10_000,
      },
    );
    // Past the late-content observer's debounce: whatever Kontext does after the last render is done.
    await page.waitForTimeout(1_000);
    const state = await page.evaluate(() => ({
      texts: Array.from(document.querySelectorAll('.update')).map((p) => p.textContent),
      marks: Array.from(document.querySelectorAll('kontext-mark')).map((m) => m.textContent),
      nested: document.querySelectorAll('kontext-mark kontext-mark').length,
    }));
    // The reader reads exactly what the page rendered last...
    expect(state.texts.map((t) => t?.split(' ').slice(0, 2).join(' '))).toEqual([
      'Jenny Town',
      'Victor Cha',
      'Andrei Lankov',
      'Hanna Notte',
    ]);
    // ...and any highlight left is a whole name or claim, never a piece of one.
    const whole = ['Jenny Town', 'Victor Cha', 'Andrei Lankov', 'Hanna Notte', 'North Korean troops'];
    for (const mark of state.marks) expect(whole).toContain(mark);
    expect(state.nested).toBe(0);
    const before = await ticks(page);
    await page.waitForTimeout(200);
    expect(await ticks(page)).toBeGreaterThan(before);
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('never sees an error thrown in Kontext’s world: its handlers stay quiet, its scripts keep running', async () => {
    const page = await openFixture(
      session,
      'https://www.reuters.com/world/kontext-failure',
      'hostile-mutating.html',
    );
    await waitForMarks(page, 4);
    // Failures in the content script's world, in a timer and in a DOM observer, as a bug of ours would throw them.
    await evaluateInContentScript(
      page,
      `globalThis.__kontextErrors = [];
       addEventListener('error', (e) => globalThis.__kontextErrors.push(e.message));
       setTimeout(() => { throw new Error('Kontext failed'); }, 0);
       new MutationObserver(() => { throw new Error('Kontext observer failed'); })
         .observe(document.body, { childList: true, subtree: true });
       Promise.reject(new Error('Kontext promise failed'));
       true`,
    );
    const seenByPage = await page.evaluate(async () => {
      const own: string[] = [];
      new MutationObserver(() => own.push('observed')).observe(document.body, {
        childList: true,
        subtree: true,
      });
      document.body.append(document.createElement('div'));
      await new Promise((resolve) => setTimeout(resolve, 300));
      return own;
    });
    expect(seenByPage).toEqual(['observed']);
    const before = await ticks(page);
    await page.waitForTimeout(200);
    expect(await ticks(page)).toBeGreaterThan(before);
    expect(await pageErrors(page)).toEqual([]);
    expect(await markCount(page)).toBeGreaterThanOrEqual(4);
    // The failures did happen, in Kontext's world only.
    const ownErrors = await evaluateInContentScript<string[]>(page, 'globalThis.__kontextErrors');
    expect(ownErrors.join(' ')).toContain('Kontext failed');
    expect(ownErrors.join(' ')).toContain('Kontext observer failed');
    await page.close();
  });

  it('keeps taking the highlights out: Kontext gives way instead of fighting back forever', async () => {
    const page = await openFixture(
      session,
      'https://www.reuters.com/world/kontext-fight',
      'hostile-mutating.html',
    );
    await page.waitForFunction(() => (window as unknown as { __settled?: boolean }).__settled === true);
    await waitForMarks(page, 4);
    await page.evaluate(() => (window as unknown as { fightMarks(): void }).fightMarks());
    const unwrapped = () => page.evaluate(() => (window as unknown as { __unwrapped: number }).__unwrapped);
    await page.waitForTimeout(2_500);
    const settled = await unwrapped();
    await page.waitForTimeout(1_500);
    expect(await unwrapped()).toBe(settled);
    expect(await markCount(page)).toBe(0);
    expect(await page.locator('.update').first().textContent()).toMatch(/^Jenny Town of 38 North says/);
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });
});

describe('pages that are merely hard', () => {
  it('has fifty frames: the article is marked, the frames are left alone, nothing crashes', async () => {
    const page = await openFixture(session, 'https://www.bbc.com/news/kontext-frames', 'hostile-frames.html');
    await waitForMarks(page, 2);
    expect(await page.locator('#lead kontext-mark[data-kontext-kind="expert"]').allTextContents()).toEqual([
      'Jenny Town',
      'Victor Cha',
    ]);
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames).toHaveLength(50);
    const framed = await Promise.all(
      frames.map((f) => f.evaluate(() => document.querySelectorAll('kontext-mark').length)),
    );
    expect(framed.reduce((a, b) => a + b, 0)).toBe(0);
    expect(await hoverEntity(page, 'victor-cha')).toContain('Victor Cha');
    const before = await ticks(page);
    await page.waitForTimeout(200);
    expect(await ticks(page)).toBeGreaterThan(before);
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('mixes right-to-left and other scripts: whole names are marked, never inside a word of another script', async () => {
    const page = await openFixture(
      session,
      'https://www.aljazeera.com/news/kontext-scripts',
      'hostile-scripts.html',
    );
    await waitForMarks(page, 3);
    const marks = await page.evaluate(() =>
      Array.from(document.querySelectorAll('kontext-mark')).map((m) => {
        const p = m.closest('p') as HTMLElement;
        // The characters right before and after the highlight in the paragraph's text.
        const range = document.createRange();
        range.setStart(p, 0);
        range.setEndBefore(m);
        const before = range.toString();
        const after = p.textContent!.slice(before.length + m.textContent!.length);
        return { p: p.id, text: m.textContent, before: before.slice(-1), after: after.slice(0, 1) };
      }),
    );
    const byParagraph: Record<string, string[]> = {};
    for (const m of marks) (byParagraph[m.p] ??= []).push(m.text ?? '');
    expect(byParagraph).toEqual({
      intro: ['mutual defence treaty'],
      ar: ['Jenny Town'],
      'ar-isolate': ['Hanna Notte'],
      he: ['Victor Cha'],
      ko: ['Jenny Town'],
      ru: ['Andrei Lankov'],
      mixed: ['Jenny Town', 'Victor Cha', 'Andrei Lankov'],
    });
    // No highlight touches a letter of any script on either side.
    for (const m of marks) {
      expect(m.before, JSON.stringify(m)).not.toMatch(/\p{L}|\p{M}/u);
      expect(m.after, JSON.stringify(m)).not.toMatch(/\p{L}|\p{M}/u);
    }
    expect(await hoverEntity(page, 'hanna-notte')).toContain('Hanna Notte');
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('is 5 MB long: marked within seconds while the page’s own clock keeps ticking', async () => {
    const comment = (i: number) =>
      `<div class="comment"><p>Comment ${i}: the weather in the mountains was fine, the trains ran late again, ` +
      `and someone asked about the price of bread in the village market on market day number ${i}.</p></div>`;
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5_000_000; i++) {
      const c = comment(i);
      parts.push(c);
      size += c.length;
    }
    const html = fixtureHtml('hostile-huge.html').replace('<!-- FILLER -->', parts.join('\n'));
    const started = Date.now();
    const page = await openPage(session, 'https://www.nytimes.com/2024/kontext-huge', html);
    await waitForMarks(page, 2, 20_000);
    const elapsed = Date.now() - started;
    const clock = await page.evaluate(() => {
      const w = window as unknown as { __ticks: number; __longestGap: number };
      return { ticks: w.__ticks, longestGap: w.__longestGap };
    });
    console.log(
      `5 MB page: marked ${elapsed} ms after opening; frozen at most ${Math.round(clock.longestGap)} ms after load`,
    );
    expect(await page.locator('#lead kontext-mark').allTextContents()).toEqual(['Jenny Town']);
    expect(elapsed).toBeLessThan(15_000);
    // Parsing 5 MB freezes any page for a while; after that, Kontext's work must not freeze it long.
    // The bound is what catches the failure that matters (marking in one go froze such pages for
    // many seconds), not a speed figure: the browser's own layout of 5 MB after a slice of marks
    // took 1.1 s once on this 2-core machine while other work ran (precise times are the bench's).
    expect(clock.longestGap).toBeLessThan(2_000);
    await page.waitForTimeout(200);
    expect(await ticks(page)).toBeGreaterThan(clock.ticks);
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });

  it('has a word of 100,000 letters: no hang, the names around it are marked', async () => {
    const word = 'Nordkorea'.repeat(11_112).slice(0, 100_000);
    const html = fixtureHtml('hostile-huge.html')
      .replace('<!-- LONG WORD -->', word)
      .replace('<!-- FILLER -->', '');
    const started = Date.now();
    const page = await openPage(session, 'https://www.nytimes.com/2024/kontext-long-word', html);
    await waitForMarks(page, 2);
    console.log(`100k-letter word: marked after ${Date.now() - started} ms`);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await page.locator('kontext-mark').allTextContents()).toEqual([
      'Jenny Town',
      'Victor Cha',
      'mutual defence treaty',
    ]);
    expect(await page.locator('#word kontext-mark').count()).toBe(0);
    expect(await page.evaluate(() => document.getElementById('word')!.textContent!.length)).toBeGreaterThan(
      100_000,
    );
    expect(await pageErrors(page)).toEqual([]);
    await page.close();
  });
});
