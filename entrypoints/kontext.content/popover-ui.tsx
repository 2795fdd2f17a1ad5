import { render } from 'preact';
import { autoUpdate, computePosition, hide, inline, offset, shift, size } from '@floating-ui/dom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Popover } from '@/components/popover/Popover';
import { CARD_FULL_HEIGHT, chooseCardSide, roomAround, type CardSide } from '@/core/popover/card-side';
import { createHoverIntent } from '@/core/popover/hover-intent';
import { createReaderInput } from '@/core/popover/reader-input';
import type { EntityKind } from '@/core/matcher/entity-kind';
import { t } from '@/core/i18n';
import type { EntityTarget } from '@/core/notes/note';
import popoverCss from '@/components/popover/popover.css?inline';
import type { CardContents } from './card-contents';
import { markGroupOf, ownMarkAt } from './mark-registry';
import { NotesFrameSlot } from './notes-frame-slot';
import { acceptReaderEventsOnly } from './reader-events-only';
import { UI_HOST_ATTRIBUTE, UI_HOST_TAG } from './ui-host';

export interface PopoverUi {
  /** Opens the popover for a highlight and moves focus into it (keyboard path). */
  openFor(mark: HTMLElement, focus: boolean): void;
  close(): void;
  /** Takes the popover's host element out of the page. */
  destroy(): void;
  setLang(lang: 'de' | 'en'): void;
  /** How long a pointer rests on a highlight before the card opens; null: hovering opens nothing. */
  setHoverDelay(ms: number | null): void;
}

/** The card's distance from its highlight, and from the viewport's edges. */
const OFFSET_PX = 6;
const EDGE_PX = 8;

/** Px sizes and a host reset: page CSS (and a page's root font size) must not reach the popover. */
const HOST_CSS = `:host{position:fixed!important;top:0!important;left:0!important;z-index:2147483647!important;
width:0!important;height:0!important;overflow:visible!important;display:block!important}
.kontext-floating{position:fixed;top:0;left:0;width:max-content}`;

/** One popover per page, in a shadow root, opened by hover or focus on any of our highlights. */
export async function createPopoverUi(
  ctx: ContentScriptContext,
  deps: {
    cards: CardContents;
    page: { url: string; title: string };
    lang: 'de' | 'en';
    /** The article's publication date, read from the page (core/extract/article-date.ts). */
    articleDate?: string;
  },
): Promise<PopoverUi> {
  let lang = deps.lang;
  let container: HTMLElement | undefined;
  let floating: HTMLElement | undefined;
  let anchor: HTMLElement | undefined;
  let stopAutoUpdate: (() => void) | undefined;
  let returnFocusTo: HTMLElement | undefined;
  let refocusing = false;
  let hoverOpens = true;
  /** The notes frame holds text the reader has not saved yet. */
  let draftHeld = false;
  /**
   * While the reader is writing a note (the editor has focus or holds unsaved text), the card stays:
   * it does not follow a highlight that scrolled away or was re-rendered by the page, and hovering
   * another highlight does not replace it. Only the reader closes it then (Escape, close, save).
   */
  const pinned = () => draftHeld || ui.shadow.activeElement !== null;
  /** The entity the card shows, `kind:id`. */
  let shown: string | undefined;
  /** The side of the highlight the open card is on: chosen when it opens, kept while it grows. */
  let side: CardSide | undefined;

  const ui = await createShadowRootUi(ctx, {
    name: UI_HOST_TAG,
    // Closed: the card shows the reader's notes, and a page script must not read it or type into it.
    mode: 'closed',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: `${HOST_CSS}\n${popoverCss}`,
    onMount(uiContainer) {
      container = uiContainer;
      floating = document.createElement('div');
      floating.className = 'kontext-floating';
      floating.hidden = true;
      uiContainer.append(floating);
      acceptReaderEventsOnly(floating);
      floating.addEventListener('pointerenter', () => intent.enterPopover());
      floating.addEventListener('pointerleave', () => intent.leavePopover());
    },
  });
  ui.shadowHost.setAttribute(UI_HOST_ATTRIBUTE, 'card');
  ui.mount();

  const position = async () => {
    if (!anchor || !floating) return;
    const reference = anchor;
    side ??= chooseCardSide(
      roomAround(
        reference.getBoundingClientRect(),
        document.documentElement.clientHeight,
        OFFSET_PX + EDGE_PX,
      ),
    );
    const { x, y, middlewareData } = await computePosition(reference, floating, {
      strategy: 'fixed',
      placement: `${side}-start`,
      middleware: [
        inline(),
        offset(OFFSET_PX),
        shift({ padding: EDGE_PX }),
        size({
          padding: EDGE_PX,
          apply({ availableHeight, elements }) {
            // The card scrolls inside itself, so the height limit goes on it, not on the wrapper.
            const card = elements.floating.firstElementChild as HTMLElement | null;
            if (card)
              card.style.maxHeight = `${Math.max(160, Math.min(availableHeight, CARD_FULL_HEIGHT))}px`;
          },
        }),
        hide(),
      ],
    });
    if (anchor !== reference || !floating) return;
    // The highlight scrolled out of view (or the page replaced it): the card goes with it, unless the
    // reader is writing in it; then it stays where it was.
    if (middlewareData.hide?.referenceHidden || !reference.isConnected) {
      if (!pinned()) close();
      return;
    }
    Object.assign(floating.style, { transform: `translate(${Math.round(x)}px, ${Math.round(y)}px)` });
  };

  const close = () => {
    intent.cancel();
    stopAutoUpdate?.();
    stopAutoUpdate = undefined;
    anchor = undefined;
    draftHeld = false;
    shown = undefined;
    side = undefined;
    if (floating) {
      render(null, floating);
      floating.hidden = true;
    }
    const back = returnFocusTo;
    returnFocusTo = undefined;
    // Focus goes back to the highlight without reopening the card on the way.
    refocusing = true;
    back?.focus({ preventScroll: true });
    refocusing = false;
  };

  const renderCard = (kind: EntityKind, id: string, loadFailed = false) => {
    if (!floating) return;
    render(
      <Popover
        entity={{ kind, id }}
        index={deps.cards.indexFor({ kind, id })}
        loadFailed={loadFailed}
        lang={lang}
        articleDate={deps.articleDate}
        notes={
          <NotesFrameSlot
            params={{ lang, target: entityTarget(kind, id, deps.page) }}
            title={t(lang, 'notes.frameTitle')}
            onClose={close}
            onDraft={(held) => {
              draftHeld = held;
            }}
          />
        }
        onClose={close}
      />,
      floating,
    );
  };

  const show = (mark: HTMLElement, focus: boolean) => {
    if (!floating || !container) return;
    // What the mark names comes from our own record of it, never from its attributes, which the
    // page can write (security review F8); an element we did not make opens nothing.
    const group = markGroupOf(mark);
    if (!group) return;
    const { kind, id } = group;
    stopAutoUpdate?.();
    // The same entity keeps its frame (and the draft in it); another one gets a new frame.
    if (shown !== `${kind}:${id}`) {
      draftHeld = false;
      side = undefined;
    }
    shown = `${kind}:${id}`;
    anchor = group.elements[0] ?? mark;
    returnFocusTo = focus ? mark : undefined;
    floating.hidden = false;
    renderCard(kind, id);
    // Prefetched once the page was marked; a card opened before that shows "loading" until it comes.
    if (!deps.cards.indexFor({ kind, id }))
      void deps.cards.load([{ kind, id }]).then(() => {
        if (shown === `${kind}:${id}`) renderCard(kind, id, !deps.cards.indexFor({ kind, id }));
      });
    stopAutoUpdate = autoUpdate(anchor, floating, () => void position());
    if (focus) floating.querySelector<HTMLElement>('[role="dialog"]')?.focus();
  };

  // Hover intent reads openDelay on every hover, so the reader's setting applies from the next one.
  const intentOptions = {
    openDelay: 150,
    closeDelay: 300,
    onOpen: (mark: HTMLElement) => {
      if (anchor && pinned()) return;
      show(mark, false);
    },
    onClose: () => {
      if (pinned()) return;
      close();
    },
  };
  const intent = createHoverIntent(intentOptions);

  // Every listener ends with the popover (or the content script): switching the site off and on
  // again must not stack them.
  const lifetime = new AbortController();
  ctx.onInvalidated(() => lifetime.abort());
  const on = <K extends keyof DocumentEventMap>(
    type: K,
    handler: (event: DocumentEventMap[K]) => void,
    capture = false,
  ) => document.addEventListener(type, handler, { capture, signal: lifetime.signal });
  const markFrom = (target: EventTarget | null) => ownMarkAt(target) ?? null;

  // Only the reader opens the popover: it shows their notes, which the page must not summon.
  const reader = createReaderInput();
  on('pointerdown', (event) => reader.noteInput(event), true);
  on('pointerover', (event) => {
    const mark = markFrom(event.target);
    if (mark && hoverOpens && reader.isReaderPointer(event)) intent.enterTarget(mark);
  });
  on('pointerout', (event) => {
    const mark = markFrom(event.target);
    if (mark && !markFrom(event.relatedTarget) && reader.isReaderPointer(event)) intent.leaveTarget();
  });
  on('focusin', (event) => {
    const mark = markFrom(event.target);
    if (mark && !refocusing && reader.isReaderFocus(event)) show(mark, false);
  });
  on(
    'keydown',
    (event) => {
      reader.noteInput(event);
      if (event.key === 'Escape' && anchor && event.isTrusted) {
        event.stopPropagation();
        close();
      }
    },
    true,
  );
  ctx.onInvalidated(close);

  return {
    openFor: show,
    close,
    destroy() {
      close();
      lifetime.abort();
      ui.remove();
    },
    setLang(next) {
      lang = next;
    },
    setHoverDelay(ms) {
      hoverOpens = ms !== null;
      if (ms !== null) intentOptions.openDelay = ms;
    },
  };
}

/** What a note on this entity is filed under: the entity, with the page it was written on where it fits. */
function entityTarget(kind: EntityKind, id: string, page: { url: string; title: string }): EntityTarget {
  const target: EntityTarget = { type: 'entity', kind, entityId: id, pageTitle: page.title.slice(0, 500) };
  // A page address the note store would refuse (too long, not http) is left out, not the note.
  if (/^https?:/.test(page.url) && page.url.length <= 2_048) target.url = page.url;
  return target;
}
