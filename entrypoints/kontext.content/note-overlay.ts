/**
 * The reader's noted passages, drawn where the page cannot read them. A page sees its own DOM, its
 * attributes and `CSS.highlights`, so none of those may hold a private note (security review F2): the
 * passages are boxes placed over the text's client rects, inside a closed shadow root whose host is a
 * plain `div`. A built-in element cannot be a page-defined custom element, so the page gets no
 * `ElementInternals` into the root (review F1); the host carries no attribute, and its place outside
 * `<body>` keeps it out of the article. The boxes let every pointer event through to the page.
 */

const CSS = `:host{all:initial!important;position:fixed!important;top:0!important;left:0!important;
width:0!important;height:0!important;overflow:visible!important;display:block!important;
pointer-events:none!important;z-index:2147483645!important}
/* A soft yellow, unlike either kind of entity highlight; light enough to read the text through. */
.box{position:absolute;pointer-events:none;background:rgba(255,214,0,.28);border-radius:2px}
@media (prefers-color-scheme:dark){.box{background:rgba(255,214,0,.22)}}`;

export interface NoteOverlay {
  /** Draws the passage; the range is live, so the boxes follow its text when the page changes. */
  show(noteId: string, range: Range): void;
  /** Takes the layer out of the page: no host, no boxes, nothing left behind. */
  destroy(): void;
}

export function createNoteOverlay(doc: Document = document): NoteOverlay {
  const view = doc.defaultView ?? window;
  const host = doc.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const layer = doc.createElement('div');
  root.append(style, layer);
  doc.documentElement.append(host);

  const passages = new Map<string, Range>();
  let frame = 0;
  const place = () => {
    frame = 0;
    const boxes: HTMLElement[] = [];
    for (const range of passages.values()) {
      for (const rect of range.getClientRects()) {
        // Line boxes of collapsed whitespace and off-screen lines are not worth an element.
        if (rect.width < 1 || rect.height < 1 || rect.bottom < 0 || rect.top > view.innerHeight) continue;
        const box = doc.createElement('div');
        box.className = 'box';
        box.style.left = `${rect.left}px`;
        box.style.top = `${rect.top}px`;
        box.style.width = `${rect.width}px`;
        box.style.height = `${rect.height}px`;
        boxes.push(box);
      }
    }
    layer.replaceChildren(...boxes);
  };
  /** One placement per frame however many scroll, resize and layout changes come in. */
  const schedule = () => {
    if (frame === 0) frame = view.requestAnimationFrame(place);
  };

  const listeners = new AbortController();
  const resized = new ResizeObserver(schedule);
  const mutated = new MutationObserver(schedule);
  /** Watching starts with the first passage: a page without noted passages pays nothing for the layer. */
  const watch = () => {
    // Capture: scrolling inside any scrolled box of the page moves the text as well.
    view.addEventListener('scroll', schedule, { capture: true, passive: true, signal: listeners.signal });
    view.addEventListener('resize', schedule, { passive: true, signal: listeners.signal });
    // Layout that moves text without a scroll or resize: content added above, fonts loading, images.
    resized.observe(doc.documentElement);
    if (doc.body) {
      resized.observe(doc.body);
      mutated.observe(doc.body, { childList: true, subtree: true, characterData: true, attributes: true });
    }
    void doc.fonts?.ready.then(schedule);
  };

  return {
    show(noteId, range) {
      if (passages.size === 0) watch();
      passages.set(noteId, range);
      schedule();
    },
    destroy() {
      listeners.abort();
      resized.disconnect();
      mutated.disconnect();
      if (frame !== 0) view.cancelAnimationFrame(frame);
      passages.clear();
      host.remove();
    },
  };
}
