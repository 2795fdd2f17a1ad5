/**
 * Our UI sits in a closed shadow root, so a page script has no handle on its buttons and fields; that
 * is what keeps out `document.execCommand('insertText')` and `form.requestSubmit()`, which the browser
 * runs as trusted. This is the second line: events a script made itself (`isTrusted` false:
 * `click()`, `dispatchEvent`) are stopped before they reach the UI's own handlers, should a script
 * ever get hold of one of its elements.
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
