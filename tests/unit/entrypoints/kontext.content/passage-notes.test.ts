// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { describePassage } from '@/core/anchoring/describe-passage';
import type { NoteResponse } from '@/core/notes/messages';
import type { NotesFrameEvent, NotesFrameParams } from '@/core/notes/notes-frame-protocol';
import { PASSAGE_UI_TAG, startPassageNotes } from '@/entrypoints/kontext.content/passage-notes';
import { indexText } from '@/entrypoints/kontext.content/text-offsets';
import { passageNote, passageTarget } from '../../core/notes/fixtures';

const ARTICLE =
  '<header><p>Site menu</p></header><article><p>The chair said the <b>budget</b> would rise.</p><p>Nobody objected.</p></article>';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

function setUp(responses: (message: { type: string }) => NoteResponse | undefined) {
  document.body.innerHTML = ARTICLE;
  const root = document.querySelector('article')!;
  const sent: Array<{ type: string } & Record<string, unknown>> = [];
  const send = vi.fn(async (message: unknown) => {
    sent.push(message as { type: string });
    return responses(message as { type: string });
  });
  return { root, sent, send };
}

function select(node: Node, from: number, to: number): void {
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(node, to);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
}

/**
 * The panel's root is closed, so `host.shadowRoot` is null (for the page, and here too); the tests keep
 * the root as it is attached, the way Kontext itself holds on to it.
 */
const roots = new WeakMap<Element, ShadowRoot>();
const attachShadow = Element.prototype.attachShadow;
vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
  const root = attachShadow.call(this, init);
  roots.set(this, root);
  return root;
});

function shadow(): ShadowRoot {
  return roots.get(document.querySelector(PASSAGE_UI_TAG)!)!;
}

/**
 * The noted passages each overlay was asked to draw, as the text of their ranges; happy-dom has no
 * layout, so the boxes themselves are the end-to-end tests' to check (tests/e2e/note-privacy.test.ts).
 */
function fakeOverlays() {
  const layers: { shown: Map<string, string>; destroyed: boolean }[] = [];
  const createOverlay = () => {
    const layer = { shown: new Map<string, string>(), destroyed: false };
    layers.push(layer);
    return {
      show: (id: string, range: Range) => layer.shown.set(id, range.toString()),
      destroy: () => {
        layer.destroyed = true;
      },
    };
  };
  const live = () => layers.filter((layer) => !layer.destroyed);
  return { layers, live, createOverlay };
}

/** happy-dom has no trusted events: these tests click as the reader. */
const isReaderClick = () => true;

const buttonNamed = (name: string) =>
  [...shadow().querySelectorAll('button')].find((button) => button.textContent === name);

/**
 * The note frames the panel opened, with what each was opened for and a way to speak as the frame
 * (happy-dom loads no extension pages).
 */
function fakeFrames() {
  const opened: {
    params: Omit<NotesFrameParams, 'nonce'>;
    title: string;
    say: (e: NotesFrameEvent) => void;
  }[] = [];
  const createFrame = (
    params: Omit<NotesFrameParams, 'nonce'>,
    title: string,
    onEvent: (event: NotesFrameEvent) => void,
  ) => {
    // A stand-in element: happy-dom refuses to load frames, and says so on the console.
    const frame = document.createElement('div') as unknown as HTMLIFrameElement;
    frame.setAttribute('data-fake-frame', '');
    opened.push({ params, title, say: onEvent });
    return { frame, dispose: () => undefined };
  };
  return { opened, createFrame };
}

/**
 * Starts the passage notes on the test article with fake frames, selects `node`'s text from `from` to
 * `to` and clicks the panel's button (as the reader, unless `readerClicks` is false).
 */
async function openEditorOn(
  lang: 'de' | 'en',
  pick: (root: HTMLElement) => Node,
  from: number,
  to: number,
  readerClicks = true,
) {
  const { root, send } = setUp(() => ({ ok: true, notes: [] }));
  const frames = fakeFrames();
  const overlays = fakeOverlays();
  stop = (
    await startPassageNotes(new ContentScriptContext('test'), {
      root,
      lang,
      showPassages: true,
      send,
      ...(readerClicks && { isReaderClick }),
      createFrame: frames.createFrame,
      createOverlay: overlays.createOverlay,
    })
  ).stop;
  select(pick(root), from, to);
  const button = lang === 'de' ? 'Notiz zu dieser Passage' : 'Note on this passage';
  await vi.waitFor(() => expect(buttonNamed(button)).toBeTruthy());
  buttonNamed(button)!.click();
  return { root, frames, overlays, frame: () => shadow().querySelector<HTMLElement>('[data-fake-frame]') };
}

describe('startPassageNotes', () => {
  it('keeps the panel in a closed shadow root', async () => {
    const { root, send } = setUp(() => undefined);
    stop = (
      await startPassageNotes(new ContentScriptContext('test'), {
        root,
        lang: 'en',
        showPassages: true,
        send,
      })
    ).stop;
    const host = document.querySelector(PASSAGE_UI_TAG)!;
    expect(host.shadowRoot).toBeNull();
    expect(shadow().mode).toBe('closed');
  });

  it('ignores clicks that are not the reader’s: no editor opens', async () => {
    // With the default check, happy-dom's scripted click is what a page script's would be: untrusted.
    const { frames, frame } = await openEditorOn(
      'en',
      (root) => root.querySelector('p')!.firstChild!,
      4,
      9,
      false,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(frames.opened).toEqual([]);
    expect(frame()).toBeNull();
  });

  it('opens the note frame for the selected passage, with selectors over the root text', async () => {
    const { root, frames, frame } = await openEditorOn(
      'de',
      (root) => root.querySelector('b')!.firstChild!,
      0,
      6,
    );
    expect(frames.opened).toHaveLength(1);
    const [{ params, title }] = frames.opened as [(typeof frames.opened)[number]];
    expect(params.lang).toBe('de');
    expect(title).toBe('Notiz zu dieser Passage (Kontext)');
    expect(params.target.type).toBe('passage');
    if (params.target.type !== 'passage') return;
    expect(params.target.selectors).toEqual(describePassage(indexText(root).text, 19, 25));
    expect(params.target.selectors.quote.exact).toBe('budget');
    expect(frame()).not.toBeNull();
  });

  it('draws the passage once the frame says the note is saved, and closes the frame', async () => {
    const { root, frames, overlays, frame } = await openEditorOn(
      'en',
      (root) => root.querySelector('b')!.firstChild!,
      0,
      6,
    );
    frames.opened[0]!.say({ type: 'height', px: 140 });
    expect(frame()!.style.height).toBe('140px');
    const before = root.innerHTML;
    expect(overlays.live()[0]!.shown.size).toBe(0);
    frames.opened[0]!.say({ type: 'saved', noteId: '44444444-4444-4444-8444-444444444444' });
    expect([...overlays.live()[0]!.shown]).toEqual([['44444444-4444-4444-8444-444444444444', 'budget']]);
    expect(root.innerHTML).toBe(before);
    expect(frame()).toBeNull();
  });

  it('closes the frame on Cancel or Escape in it without marking anything', async () => {
    const { frames, overlays, frame } = await openEditorOn(
      'en',
      (root) => root.querySelectorAll('p')[1]!.firstChild!,
      0,
      6,
    );
    frames.opened[0]!.say({ type: 'close' });
    expect(frame()).toBeNull();
    // A late word from a frame that is gone changes nothing.
    frames.opened[0]!.say({ type: 'saved', noteId: '44444444-4444-4444-8444-444444444444' });
    expect(overlays.live()[0]!.shown.size).toBe(0);
  });

  it('offers nothing for a selection outside the article', async () => {
    const { root, send } = setUp(() => ({ ok: true, notes: [] }));
    stop = (
      await startPassageNotes(new ContentScriptContext('test'), {
        root,
        lang: 'en',
        showPassages: true,
        send,
        isReaderClick,
      })
    ).stop;
    select(document.querySelector('header p')!.firstChild!, 0, 4);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shadow().querySelector('button')).toBeNull();
  });

  /** A stored note on "Nobody objected" of the test article, filed under `url`. */
  function storedNoteOn(url: string, canonicalUrl?: string) {
    document.body.innerHTML = ARTICLE;
    const text = indexText(document.querySelector('article')!).text;
    const start = text.indexOf('Nobody');
    return passageNote({
      target: passageTarget({
        url,
        canonicalUrl,
        selectors: describePassage(text, start, start + 'Nobody objected'.length),
      }),
    });
  }

  it('draws the stored passages of the page, reports them, and takes everything away on stop', async () => {
    const stored = storedNoteOn(`${location.href}?utm_source=feed`);
    const { root, sent, send } = setUp((message) =>
      message.type === 'notes:list' ? { ok: true, notes: [stored] } : { ok: true, note: stored },
    );
    const before = document.documentElement.outerHTML;
    const overlays = fakeOverlays();
    const notes = await startPassageNotes(new ContentScriptContext('test'), {
      root,
      lang: 'en',
      showPassages: true,
      send,
      isReaderClick,
      createOverlay: overlays.createOverlay,
    });
    await vi.waitFor(() => expect(sent.some((message) => message.type === 'notes:anchored')).toBe(true));
    expect(sent.find((message) => message.type === 'notes:anchored')).toEqual({
      type: 'notes:anchored',
      id: stored.id,
      found: true,
    });
    expect([...overlays.live()[0]!.shown]).toEqual([[stored.id, 'Nobody objected']]);
    expect(root.innerHTML).not.toContain(stored.id);
    notes.stop();
    expect(overlays.live()).toEqual([]);
    expect(document.querySelector(PASSAGE_UI_TAG)).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('draws a note found only through the canonical URL but reports nothing about it', async () => {
    const other = 'https://news.example/annotated-article';
    const stored = storedNoteOn(other, other);
    const { root, sent, send } = setUp((message) =>
      message.type === 'notes:list' ? { ok: true, notes: [stored] } : { ok: true, note: stored },
    );
    const overlays = fakeOverlays();
    stop = (
      await startPassageNotes(new ContentScriptContext('test'), {
        root,
        lang: 'en',
        showPassages: true,
        send,
        createOverlay: overlays.createOverlay,
      })
    ).stop;
    await vi.waitFor(() => expect(overlays.live()[0]!.shown.size).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent.map((message) => message.type)).not.toContain('notes:anchored');
  });

  it('with passages hidden looks up no notes and draws nothing; showing them again does', async () => {
    const stored = storedNoteOn(location.href);
    const { root, sent, send } = setUp((message) =>
      message.type === 'notes:list' ? { ok: true, notes: [stored] } : { ok: true, note: stored },
    );
    const overlays = fakeOverlays();
    const notes = await startPassageNotes(new ContentScriptContext('test'), {
      root,
      lang: 'en',
      showPassages: false,
      send,
      createOverlay: overlays.createOverlay,
    });
    stop = notes.stop;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).toEqual([]);
    expect(overlays.layers).toEqual([]);
    notes.setShowPassages(true);
    await vi.waitFor(() => expect(overlays.live()[0]?.shown.get(stored.id)).toBe('Nobody objected'));
    notes.setShowPassages(false);
    expect(overlays.live()).toEqual([]);
  });
});
