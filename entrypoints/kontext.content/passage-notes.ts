/**
 * Notes on a passage of the article: a small button by the reader's selection opens an editor; saved notes
 * are found again on later visits and drawn in Kontext's own layer (note-overlay.ts), never in the page's
 * DOM. The page's text only ever reaches the page as text nodes.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { describePassage } from '@/core/anchoring/describe-passage';
import type { NoteResponse } from '@/core/notes/messages';
import { t } from '@/core/i18n';
import { cleanUrl, sameArticleUrl, type PassageTarget } from '@/core/notes/note';
import { anchorNotes, isPassageNote, passageRange } from './anchor-notes';
import { createNoteOverlay, type NoteOverlay } from './note-overlay';
import { createNotesFrame, type NotesFrame } from './notes-frame';
import { indexText, rangeToOffsets } from './text-offsets';

export const PASSAGE_UI_TAG = 'kontext-passage-ui';
/** What the background's context-menu entry sends to the tab. */
export const NoteFromSelectionMessageSchema = v.object({ type: v.literal('passage:note-from-selection') });

const STRINGS = {
  en: { button: 'Note on this passage' },
  de: { button: 'Notiz zu dieser Passage' },
} as const;

const CSS = `:host{position:fixed!important;top:0!important;left:0!important;z-index:2147483646!important;
width:0!important;height:0!important;overflow:visible!important;display:block!important}
.panel{position:fixed;box-sizing:border-box;font:14px/1.4 system-ui,sans-serif;color:#1a1a1a;background:#fff;
border:1px solid #888;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.25);padding:6px;max-width:320px}
.panel[hidden]{display:none}
button{font:inherit;font-size:14px;padding:4px 10px;border:1px solid #555;border-radius:4px;background:#f4f4f4;color:#1a1a1a;cursor:pointer}
button:focus-visible{outline:2px solid #0b57d0;outline-offset:1px}
iframe{width:300px!important}
@media (prefers-color-scheme:dark){.panel{background:#222;color:#eee;border-color:#aaa}
button{background:#333;color:#eee;border-color:#aaa}}`;

export interface PassageNotesOptions {
  /** The article's main-text root (from extractMainText): selections outside it are not passages. */
  root: Element;
  lang: 'de' | 'en';
  /**
   * The reader's "show noted passages" setting. Off: the stored notes are not even looked up, and
   * nothing of them is drawn; the reader can still write new ones.
   */
  showPassages: boolean;
  /** How to reach the background; tests pass their own. */
  send?: (message: unknown) => Promise<NoteResponse | undefined>;
  /**
   * Whether a click came from the reader: only the browser's own (trusted) clicks count. The panel's
   * shadow root is closed, so this is a second line behind it. Unit tests, whose DOM has no trusted
   * events, pass their own.
   */
  isReaderClick?: (event: Event) => boolean;
  /** Makes the note frame; unit tests, whose DOM loads no extension pages, pass their own. */
  createFrame?: typeof createNotesFrame;
  /** Makes the layer noted passages are drawn in; unit tests, whose DOM has no layout, pass their own. */
  createOverlay?: typeof createNoteOverlay;
}

export interface PassageNotes {
  setLang(lang: 'de' | 'en'): void;
  /** Shows the noted passages (looking them up afresh) or takes them away. */
  setShowPassages(show: boolean): void;
  /** Removes the button, editor, noted passages and listeners. */
  stop(): void;
}

const sendToBackground = async (message: unknown): Promise<NoteResponse | undefined> => {
  try {
    return (await browser.runtime.sendMessage(message)) as NoteResponse | undefined;
  } catch {
    return undefined;
  }
};

export async function startPassageNotes(
  ctx: ContentScriptContext,
  options: PassageNotesOptions,
): Promise<PassageNotes> {
  const { root } = options;
  const send = options.send ?? sendToBackground;
  const isReaderClick = options.isReaderClick ?? ((event: Event) => event.isTrusted);
  const createFrame = options.createFrame ?? createNotesFrame;
  const createOverlay = options.createOverlay ?? createNoteOverlay;
  let lang = options.lang;
  let stopped = false;
  let pending: { start: number; end: number; rect: DOMRect } | null = null;
  const listeners = new AbortController();

  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.hidden = true;
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  const ui = await createShadowRootUi(ctx, {
    name: PASSAGE_UI_TAG,
    // Closed: a page script must not reach the button or the frame (the draft itself is in the frame).
    mode: 'closed',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: CSS,
    onMount(container) {
      container.append(panel);
    },
  });
  ui.mount();

  /** The open note frame, if any. */
  let editor: NotesFrame | undefined;
  /** The layer the noted passages are drawn in, while the reader wants them shown. */
  let overlay: NoteOverlay | undefined;
  const showPassages = () => {
    const shown = createOverlay(document);
    overlay = shown;
    // A later switch off (or on again) makes this lookup moot: it then draws and reports nothing.
    void loadNotes(root, send, shown, () => stopped || overlay !== shown);
  };
  const hidePassages = () => {
    overlay?.destroy();
    overlay = undefined;
  };
  const hide = () => {
    editor?.dispose();
    editor = undefined;
    panel.hidden = true;
    panel.replaceChildren();
  };
  const placeNear = (rect: DOMRect) => {
    panel.hidden = false;
    const top =
      rect.bottom + 6 + panel.offsetHeight > innerHeight
        ? rect.top - panel.offsetHeight - 6
        : rect.bottom + 6;
    panel.style.top = `${Math.max(4, top)}px`;
    panel.style.left = `${Math.max(4, Math.min(rect.left, innerWidth - panel.offsetWidth - 4))}px`;
  };

  /** The current selection as offsets in the root's text, or null when it is not a passage of the article. */
  const selectedPassage = (): typeof pending => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    if (!root.contains(range.commonAncestorContainer) && range.commonAncestorContainer !== root) return null;
    const common =
      range.commonAncestorContainer instanceof Element
        ? range.commonAncestorContainer
        : range.commonAncestorContainer.parentElement;
    if (common?.closest('input,textarea,select,[contenteditable]:not([contenteditable="false"])'))
      return null;
    const offsets = rangeToOffsets(indexText(root), range);
    if (!offsets) return null;
    const text = indexText(root).text.slice(offsets.start, offsets.end);
    if (text.trim() === '') return null;
    return { ...offsets, rect: range.getBoundingClientRect() };
  };

  const showButton = () => {
    // An open editor stays until the reader saves or cancels; selecting elsewhere must not eat the draft.
    if (stopped || editor) return;
    const passage = selectedPassage();
    if (!passage) {
      hide();
      return;
    }
    pending = passage;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = STRINGS[lang].button;
    // Keep the page's selection: a mousedown on the button would otherwise clear it.
    button.addEventListener('mousedown', (event) => event.preventDefault());
    button.addEventListener('click', (event) => isReaderClick(event) && openEditor());
    panel.replaceChildren(button);
    placeNear(passage.rect);
  };

  const openEditor = () => {
    const passage = pending;
    if (!passage) return;
    hide();
    const target = passageTarget(root, passage.start, passage.end);
    const opened = createFrame({ lang, target }, t(lang, 'notes.passageFrameTitle'), (event) => {
      if (opened !== editor) return;
      if (event.type === 'height') opened.frame.style.height = `${event.px}px`;
      else if (event.type === 'close') hide();
      else {
        const range = passageRange(root, passage.start, passage.end);
        if (range) overlay?.show(event.noteId, range);
        pending = null;
        hide();
      }
    });
    editor = opened;
    panel.replaceChildren(opened.frame);
    placeNear(passage.rect);
    // The editor inside takes focus from the frame once it is there.
    opened.frame.addEventListener('load', () => opened.frame.focus(), { once: true });
  };

  document.addEventListener('mouseup', () => setTimeout(showButton, 0), { signal: listeners.signal });
  document.addEventListener(
    'keyup',
    (event) => {
      if (event.shiftKey || event.key.startsWith('Arrow') || event.key === 'Shift') showButton();
    },
    { signal: listeners.signal },
  );
  browser.runtime.onMessage.addListener(onMenuMessage);
  function onMenuMessage(message: unknown): undefined {
    if (!v.is(NoteFromSelectionMessageSchema, message)) return undefined;
    pending = selectedPassage();
    openEditor();
    return undefined;
  }

  const stop = () => {
    if (stopped) return;
    stopped = true;
    listeners.abort();
    browser.runtime.onMessage.removeListener(onMenuMessage);
    ui.remove();
    hidePassages();
  };
  ctx.onInvalidated(stop);

  if (options.showPassages) showPassages();
  return {
    setLang(next) {
      lang = next;
    },
    setShowPassages(show) {
      if (stopped || show === (overlay !== undefined)) return;
      if (show) showPassages();
      else hidePassages();
    },
    stop,
  };
}

/**
 * The page's stored notes (under its URL and its canonical URL), anchored after first paint. A note found
 * only through the canonical URL belongs to another page: it is drawn as a hint, but whether its passage
 * is here says nothing about its own page, so it is not reported (security review F3: a page can name any
 * article of its site as canonical).
 */
async function loadNotes(
  root: Element,
  send: (message: unknown) => Promise<NoteResponse | undefined>,
  overlay: NoteOverlay,
  stopped: () => boolean,
): Promise<void> {
  const urls = new Set([cleanUrl(location.href)]);
  const canonical = canonicalUrl();
  if (canonical) urls.add(cleanUrl(canonical));
  const notes = new Map<string, Parameters<typeof isPassageNote>[0]>();
  for (const url of urls) {
    const response = await send({ type: 'notes:list', filter: { url } });
    if (response?.ok && 'notes' in response) for (const note of response.notes) notes.set(note.id, note);
  }
  if (stopped()) return;
  const passages = [...notes.values()].filter(isPassageNote);
  const ownPage = new Set(
    passages.filter((note) => sameArticleUrl(note.target.url, location.href)).map((note) => note.id),
  );
  await anchorNotes(root, passages, {
    stopped,
    show: (id, range) => overlay.show(id, range),
    report: (id, found) => {
      if (ownPage.has(id)) void send({ type: 'notes:anchored', id, found });
    },
  });
}

function passageTarget(root: Element, start: number, end: number): PassageTarget {
  const target: PassageTarget = {
    type: 'passage',
    url: location.href,
    pageTitle: document.title.slice(0, 500),
    selectors: describePassage(indexText(root).text, start, end),
  };
  const canonical = canonicalUrl();
  if (canonical) target.canonicalUrl = canonical;
  return target;
}

/** The page's canonical URL when it names this same site; another host's is not ours to file notes under. */
function canonicalUrl(): string | undefined {
  const href = document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href;
  if (!href) return undefined;
  try {
    const url = new URL(href);
    return /^https?:$/.test(url.protocol) && url.hostname === location.hostname ? url.href : undefined;
  } catch {
    return undefined;
  }
}
