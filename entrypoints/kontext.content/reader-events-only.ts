/**
 * Our UI sits in an open shadow root, so a page script can reach its buttons and fields and dispatch
 * events on them. Events a script made itself (`isTrusted` false: `click()`, `dispatchEvent`) are
 * stopped before they reach the UI's own handlers, so the page cannot open the note editor or save
 * through it that way. What the browser does on a script's behalf is trusted and passes: typing with
 * `document.execCommand('insertText')` into a focused field and `form.requestSubmit()` still work
 * once the reader has opened the editor. Only a closed shadow root would keep the page out entirely.
 */
const GUARDED = [
  'click',
  'dblclick',
  'input',
  'change',
  'keydown',
  'keyup',
  'submit',
  'pointerdown',
  'mousedown',
];

export function acceptReaderEventsOnly(container: EventTarget, signal?: AbortSignal): void {
  const stop = (event: Event) => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    // A scripted click on a submit button would still submit the form; cancel that too.
    event.preventDefault();
  };
  for (const type of GUARDED) container.addEventListener(type, stop, { capture: true, signal });
}
