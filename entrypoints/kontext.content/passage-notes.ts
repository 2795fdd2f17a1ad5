/**
 * Notes on a passage of the article: a small button by the reader's selection opens an editor; saved notes
 * are found again on later visits and marked. The page's text only ever reaches the page as text nodes.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { describePassage } from '@/core/anchoring/describe-passage';
import type { NoteResponse } from '@/core/notes/messages';
import { cleanUrl, type PassageTarget } from '@/core/notes/note';
import { anchorNotes, isPassageNote, markPassage, NOTE_MARK_TAG } from './anchor-notes';
import { refusePageTyping } from './refuse-page-typing';
import { indexText, rangeToOffsets, unwrap } from './text-offsets';

export const PASSAGE_UI_TAG = 'kontext-passage-ui';
/** What the background's context-menu entry sends to the tab. */
export const NoteFromSelectionMessageSchema = v.object({ type: v.literal('passage:note-from-selection') });

const STRINGS = {
  en: {
    button: 'Note on this passage',
    label: 'Your note on this passage',
    save: 'Save',
    cancel: 'Cancel',
    saved: 'Note saved.',
    noAnswer: 'Kontext could not reach its note store. Your text is still here; please try again.',
  },
  de: {
    button: 'Notiz zu dieser Passage',
    label: 'Ihre Notiz zu dieser Passage',
    save: 'Speichern',
    cancel: 'Abbrechen',
    saved: 'Notiz gespeichert.',
    noAnswer: 'Kontext erreicht seinen Notizspeicher nicht. Ihr Text ist noch da; bitte erneut versuchen.',
  },
} as const;

const CSS = `:host{position:fixed!important;top:0!important;left:0!important;z-index:2147483646!important;
width:0!important;height:0!important;overflow:visible!important;display:block!important}
.panel{position:fixed;box-sizing:border-box;font:14px/1.4 system-ui,sans-serif;color:#1a1a1a;background:#fff;
border:1px solid #888;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.25);padding:6px;max-width:320px}
.panel[hidden]{display:none}
button{font:inherit;font-size:14px;padding:4px 10px;border:1px solid #555;border-radius:4px;background:#f4f4f4;color:#1a1a1a;cursor:pointer}
button:focus-visible,textarea:focus-visible{outline:2px solid #0b57d0;outline-offset:1px}
textarea{display:block;box-sizing:border-box;width:300px;height:96px;font:inherit;font-size:14px;margin:4px 0}
label{display:block;font-size:13px}
.row{display:flex;gap:6px;justify-content:flex-end}
.status{font-size:13px;margin:4px 0 0;color:#a50e0e}
@media (prefers-color-scheme:dark){.panel{background:#222;color:#eee;border-color:#aaa}
button{background:#333;color:#eee;border-color:#aaa}textarea{background:#111;color:#eee}.status{color:#ff8a80}}`;

export interface PassageNotesOptions {
  /** The article's main-text root (from extractMainText): selections outside it are not passages. */
  root: Element;
  lang: 'de' | 'en';
  /** How to reach the background; tests pass their own. */
  send?: (message: unknown) => Promise<NoteResponse | undefined>;
  /**
   * Whether a click came from the reader: only the browser's own (trusted) clicks count. The panel's
   * shadow root is closed, so this is a second line behind it. Unit tests, whose DOM has no trusted
   * events, pass their own.
   */
  isReaderClick?: (event: Event) => boolean;
}

export interface PassageNotes {
  setLang(lang: 'de' | 'en'): void;
  /** Removes the button, editor, note marks and listeners. */
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
  refusePageTyping(panel);
  const ui = await createShadowRootUi(ctx, {
    name: PASSAGE_UI_TAG,
    // Closed: a page script must not read the reader's draft or type into the editor.
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

  const hide = () => {
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
    if (stopped || panel.querySelector('textarea')) return;
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
    const strings = STRINGS[lang];
    const label = document.createElement('label');
    label.textContent = strings.label;
    const textarea = document.createElement('textarea');
    label.append(textarea);
    const status = document.createElement('p');
    status.className = 'status';
    status.setAttribute('role', 'status');
    const save = document.createElement('button');
    save.type = 'button';
    save.textContent = strings.save;
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.textContent = strings.cancel;
    const row = document.createElement('div');
    row.className = 'row';
    row.append(cancel, save);
    panel.replaceChildren(label, row, status);
    placeNear(passage.rect);
    textarea.focus();

    cancel.addEventListener('click', hide);
    save.addEventListener('click', async (event) => {
      if (!isReaderClick(event)) return;
      save.disabled = true;
      status.textContent = '';
      const response = await send({
        type: 'notes:save',
        note: { text: textarea.value, tags: [], target: passageTarget(root, passage.start, passage.end) },
      });
      save.disabled = false;
      if (!response) return void (status.textContent = strings.noAnswer);
      if (!response.ok) return void (status.textContent = response.error);
      if ('note' in response && !stopped) markPassage(root, passage.start, passage.end, response.note.id);
      pending = null;
      hide();
    });
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
    unwrap(root.querySelectorAll(NOTE_MARK_TAG));
  };
  ctx.onInvalidated(stop);

  void loadNotes(root, send, () => stopped);
  return {
    setLang(next) {
      lang = next;
    },
    stop,
  };
}

/** The page's stored notes (under its URL and its canonical URL), anchored after first paint. */
async function loadNotes(
  root: Element,
  send: (message: unknown) => Promise<NoteResponse | undefined>,
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
  const passages = [...notes.values()].filter(isPassageNote);
  await anchorNotes(root, passages, {
    stopped,
    report: (id, found) => void send({ type: 'notes:anchored', id, found }),
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
