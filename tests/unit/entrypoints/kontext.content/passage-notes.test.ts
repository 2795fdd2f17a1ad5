// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { describePassage } from '@/core/anchoring/describe-passage';
import type { NoteResponse } from '@/core/notes/messages';
import { NOTE_MARK_TAG } from '@/entrypoints/kontext.content/anchor-notes';
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

/** happy-dom has no trusted events: these tests click as the reader. */
const isReaderClick = () => true;

const buttonNamed = (name: string) =>
  [...shadow().querySelectorAll('button')].find((button) => button.textContent === name);

describe('startPassageNotes', () => {
  it('keeps the panel in a closed shadow root', async () => {
    const { root, send } = setUp(() => undefined);
    stop = (await startPassageNotes(new ContentScriptContext('test'), { root, lang: 'en', send })).stop;
    const host = document.querySelector(PASSAGE_UI_TAG)!;
    expect(host.shadowRoot).toBeNull();
    expect(shadow().mode).toBe('closed');
  });

  it('ignores clicks that are not the reader’s: no editor, nothing saved', async () => {
    const { root, sent, send } = setUp(() => undefined);
    stop = (await startPassageNotes(new ContentScriptContext('test'), { root, lang: 'en', send })).stop;
    select(root.querySelector('p')!.firstChild!, 4, 9);
    await vi.waitFor(() => expect(buttonNamed('Note on this passage')).toBeTruthy());
    // With the default check, happy-dom's scripted click is what a page script's would be: untrusted.
    buttonNamed('Note on this passage')!.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shadow().querySelector('textarea')).toBeNull();
    expect(sent.filter((m) => m.type === 'notes:save')).toEqual([]);
  });

  it('offers a note on a selected passage and saves it with selectors over the root text', async () => {
    const { root, sent, send } = setUp((message) =>
      message.type === 'notes:save'
        ? { ok: true, note: passageNote({ id: '44444444-4444-4444-8444-444444444444' }) }
        : { ok: true, notes: [] },
    );
    stop = (
      await startPassageNotes(new ContentScriptContext('test'), { root, lang: 'de', send, isReaderClick })
    ).stop;
    select(root.querySelector('b')!.firstChild!, 0, 6);
    await vi.waitFor(() => expect(buttonNamed('Notiz zu dieser Passage')).toBeDefined());
    buttonNamed('Notiz zu dieser Passage')!.click();
    shadow().querySelector('textarea')!.value = 'Wie viel genau?';
    buttonNamed('Speichern')!.click();
    await vi.waitFor(() => expect(root.querySelector(NOTE_MARK_TAG)?.textContent).toBe('budget'));
    const save = sent.find((message) => message.type === 'notes:save') as unknown as {
      note: { text: string; target: ReturnType<typeof passageTarget> };
    };
    expect(save.note.text).toBe('Wie viel genau?');
    expect(save.note.target.selectors).toEqual(describePassage(indexText(root).text, 19, 25));
    expect(save.note.target.selectors.quote.exact).toBe('budget');
    expect(shadow().querySelector('textarea')).toBeNull();
  });

  it('shows the store’s error and keeps the text when saving fails', async () => {
    const { root, send } = setUp((message) =>
      message.type === 'notes:save'
        ? { ok: false, code: 'quota', error: 'The browser has no room left for notes.' }
        : { ok: true, notes: [] },
    );
    stop = (
      await startPassageNotes(new ContentScriptContext('test'), { root, lang: 'en', send, isReaderClick })
    ).stop;
    select(root.querySelectorAll('p')[1]!.firstChild!, 0, 6);
    await vi.waitFor(() => expect(buttonNamed('Note on this passage')).toBeDefined());
    buttonNamed('Note on this passage')!.click();
    shadow().querySelector('textarea')!.value = 'Keep me';
    buttonNamed('Save')!.click();
    await vi.waitFor(() => expect(shadow().textContent).toContain('The browser has no room left for notes.'));
    expect(shadow().querySelector('textarea')!.value).toBe('Keep me');
    expect(root.querySelector(NOTE_MARK_TAG)).toBeNull();
  });

  it('offers nothing for a selection outside the article', async () => {
    const { root, send } = setUp(() => ({ ok: true, notes: [] }));
    stop = (
      await startPassageNotes(new ContentScriptContext('test'), { root, lang: 'en', send, isReaderClick })
    ).stop;
    select(document.querySelector('header p')!.firstChild!, 0, 4);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shadow().querySelector('button')).toBeNull();
  });

  it('marks the stored passages of the page, reports them, and takes everything away on stop', async () => {
    document.body.innerHTML = ARTICLE;
    const text = indexText(document.querySelector('article')!).text;
    const start = text.indexOf('Nobody');
    const stored = passageNote({
      target: passageTarget({ selectors: describePassage(text, start, start + 'Nobody objected'.length) }),
    });
    const { root, sent, send } = setUp((message) =>
      message.type === 'notes:list' ? { ok: true, notes: [stored] } : { ok: true, note: stored },
    );
    const notes = await startPassageNotes(new ContentScriptContext('test'), {
      root,
      lang: 'en',
      send,
      isReaderClick,
    });
    await vi.waitFor(() => expect(sent.some((message) => message.type === 'notes:anchored')).toBe(true));
    expect(sent.find((message) => message.type === 'notes:anchored')).toEqual({
      type: 'notes:anchored',
      id: stored.id,
      found: true,
    });
    expect(root.querySelector(NOTE_MARK_TAG)?.textContent).toBe('Nobody objected');
    notes.stop();
    expect(root.querySelector(NOTE_MARK_TAG)).toBeNull();
    expect(document.querySelector(PASSAGE_UI_TAG)).toBeNull();
    expect(root.textContent).toBe('The chair said the budget would rise.Nobody objected.');
  });
});
