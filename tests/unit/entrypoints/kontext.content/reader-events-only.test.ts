// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { acceptReaderEventsOnly } from '@/entrypoints/kontext.content/reader-events-only';

describe('acceptReaderEventsOnly', () => {
  it('keeps events a script dispatched away from the handlers inside the container', () => {
    const container = document.createElement('div');
    const form = document.createElement('form');
    const button = document.createElement('button');
    const field = document.createElement('textarea');
    const submit = document.createElement('button');
    submit.type = 'submit';
    button.type = 'button';
    form.append(field, button, submit);
    container.append(form);
    document.body.append(container);
    const reached: string[] = [];
    button.addEventListener('click', () => reached.push('click'));
    field.addEventListener('input', () => reached.push('input'));
    form.addEventListener('submit', () => reached.push('submit'));
    // The control: without the guard, scripted events reach the handlers.
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(reached).toEqual(['click']);

    reached.length = 0;
    acceptReaderEventsOnly(container);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    submit.click();
    field.dispatchEvent(new Event('input', { bubbles: true }));
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(reached).toEqual([]);
    container.remove();
  });

  it('ends with its signal', () => {
    const container = document.createElement('div');
    const button = document.createElement('button');
    container.append(button);
    const reached: string[] = [];
    button.addEventListener('click', () => reached.push('click'));
    const lifetime = new AbortController();
    acceptReaderEventsOnly(container, lifetime.signal);
    lifetime.abort();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(reached).toEqual(['click']);
  });
});
