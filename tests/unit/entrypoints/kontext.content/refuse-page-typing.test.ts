// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { refusePageTyping } from '@/entrypoints/kontext.content/refuse-page-typing';

function editor() {
  const container = document.createElement('div');
  const field = document.createElement('textarea');
  container.append(field);
  document.body.append(container);
  const seen: string[] = [];
  field.addEventListener('input', () => seen.push(field.value));
  return { container, field, seen };
}

/** An edit as the browser makes it for the reader: announced by beforeinput, then done, then input. */
function readerTypes(field: HTMLTextAreaElement, text: string) {
  field.dispatchEvent(new InputEvent('beforeinput', { bubbles: true, inputType: 'insertText', data: text }));
  field.value += text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

/** An edit as document.execCommand makes it: done, then input, with no beforeinput. */
function pageTypes(field: HTMLTextAreaElement, text: string) {
  field.value += text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
}

describe('refusePageTyping', () => {
  it('lets the reader’s edits through and undoes unannounced ones before the field’s handlers run', () => {
    const { container, field, seen } = editor();
    refusePageTyping(container);
    field.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    readerTypes(field, 'Mine');
    pageTypes(field, ' and the page’s');
    expect(field.value).toBe('Mine');
    readerTypes(field, '.');
    expect(field.value).toBe('Mine.');
    expect(seen).toEqual(['Mine', 'Mine.']);
    container.remove();
  });

  it('an announced edit covers only itself', () => {
    const { container, field, seen } = editor();
    refusePageTyping(container);
    readerTypes(field, 'A');
    pageTypes(field, 'B');
    pageTypes(field, 'C');
    expect(field.value).toBe('A');
    expect(seen).toEqual(['A']);
    container.remove();
  });

  it('is what keeps page typing out: without it the field takes it', () => {
    const { container, field, seen } = editor();
    pageTypes(field, 'page');
    expect(seen).toEqual(['page']);
    container.remove();
  });
});
