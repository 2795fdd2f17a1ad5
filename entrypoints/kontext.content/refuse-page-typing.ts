/**
 * A closed shadow root hides the note editors from the page, but not from `document.execCommand`: it
 * edits whatever field has focus, even one in a closed root, and the browser reports the edit as
 * trusted. So a page could write blindly into the reader's open draft, and the reader's own Save
 * would file the page's words as theirs. What tells such an edit apart: every edit the reader makes
 * (keys, IME, paste, drop, spelling fixes, undo) announces itself with a `beforeinput` event first;
 * execCommand's edits do not. An `input` without one is undone before our handlers see it.
 */
export function refusePageTyping(container: EventTarget, signal?: AbortSignal): void {
  /** The field the reader's last edit announced itself on; cleared once that edit has happened. */
  let announced: EventTarget | null = null;
  /** Each field's value after the reader's last accepted edit (or when it got focus). */
  const readerValue = new WeakMap<EventTarget, string>();
  const isField = (target: EventTarget | null): target is HTMLTextAreaElement | HTMLInputElement =>
    target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement;
  const options = { capture: true, signal };

  container.addEventListener(
    'focusin',
    (event) => {
      if (isField(event.target)) readerValue.set(event.target, event.target.value);
    },
    options,
  );
  container.addEventListener(
    'beforeinput',
    (event) => {
      if (!isField(event.target)) return;
      announced = event.target;
      // A cancelled edit sends no input event; the announcement must not cover a later one.
      setTimeout(() => {
        if (announced === event.target) announced = null;
      }, 0);
    },
    options,
  );
  container.addEventListener(
    'input',
    (event) => {
      const field = event.target;
      if (!isField(field)) return;
      if (announced === field) {
        announced = null;
        readerValue.set(field, field.value);
        return;
      }
      event.stopImmediatePropagation();
      field.value = readerValue.get(field) ?? field.defaultValue;
    },
    options,
  );
}
