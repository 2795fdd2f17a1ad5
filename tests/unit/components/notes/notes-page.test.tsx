// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNotesApi } from '@/components/notes/notes-api';
import { NotesPage } from '@/components/notes/notes-page';
import { notesStrings } from '@/components/notes/notes-strings';
import { exportAnnotations } from '@/core/notes/web-annotation';
import { answerNoteMessage } from '@/entrypoints/background/note-handlers';
import { NoteStore } from '@/entrypoints/background/note-store';
import { entityNote, passageNote } from '../../core/notes/fixtures';

let databases = 0;
let store: NoteStore;
let container: HTMLElement;
const saveFile = vi.fn();

/** The page as the reader sees it, talking to a real store through the message handler. */
async function renderPage() {
  const api = createNotesApi(async (message) =>
    structuredClone(await answerNoteMessage(store, structuredClone(message))),
  );
  render(
    <NotesPage
      api={api}
      strings={notesStrings('en')}
      language="en"
      entityLabel={(kind, id) => (kind === 'expert' && id === 'jane-doe' ? 'Jane Doe' : undefined)}
      saveFile={saveFile}
    />,
    container,
  );
  await vi.waitFor(() => expect(container.querySelector('.notes-count')).not.toBeNull());
}

const items = () => [...container.querySelectorAll<HTMLElement>('li.note')];
const button = (scope: ParentNode, label: string) =>
  [...scope.querySelectorAll('button')].find(
    (candidate) => candidate.textContent === label,
  ) as HTMLButtonElement;

/** Types like a reader: the page re-renders before the next event, as between two real keystrokes. */
async function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(async () => {
  databases += 1;
  store = new NoteStore({ name: `kontext-page-${databases}` });
  await store.importAll([entityNote(), passageNote()]);
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.restoreAllMocks();
});

describe('NotesPage', () => {
  it('lists notes newest first and shows script text as text', async () => {
    await renderPage();
    expect(items().map((item) => item.dataset.noteId)).toEqual([passageNote().id, entityNote().id]);
    expect(container.querySelector('.note-text')?.textContent).toBe(passageNote().text);
    expect(container.querySelector('li.note script')).toBeNull();
    expect(items()[1]?.textContent).toContain('Jane Doe');
  });

  it('narrows the list by search', async () => {
    await renderPage();
    await type(container.querySelector('input[type="search"]') as HTMLInputElement, 'treaty');
    await vi.waitFor(() => expect(items().map((item) => item.dataset.noteId)).toEqual([entityNote().id]));
    expect(container.querySelector('.notes-count')?.textContent).toBe('1 of 2 notes');
  });

  it('deletes a note and brings it back with undo', async () => {
    await renderPage();
    button(items()[1] as HTMLElement, 'Delete').click();
    await vi.waitFor(() => expect(items()).toHaveLength(1));
    expect(await store.get(entityNote().id)).toBeUndefined();
    button(container, 'Undo').click();
    await vi.waitFor(() => expect(items()).toHaveLength(2));
    expect(await store.get(entityNote().id)).toEqual(entityNote());
  });

  it('saves an inline edit', async () => {
    await renderPage();
    button(items()[1] as HTMLElement, 'Edit').click();
    await vi.waitFor(() => expect(container.querySelector('textarea')).not.toBeNull());
    await type(container.querySelector('textarea') as HTMLTextAreaElement, 'rewritten');
    button(container, 'Save').click();
    await vi.waitFor(() => expect(container.querySelector('textarea')).toBeNull());
    expect((await store.get(entityNote().id))?.text).toBe('rewritten');
    expect(container.querySelector('.note-text')?.textContent).toBe('rewritten');
  });

  it('keeps the edited text in the editor and says why when the disk is full', async () => {
    await renderPage();
    button(items()[1] as HTMLElement, 'Edit').click();
    await vi.waitFor(() => expect(container.querySelector('textarea')).not.toBeNull());
    await type(container.querySelector('textarea') as HTMLTextAreaElement, 'my long thought');
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    button(container, 'Save').click();
    await vi.waitFor(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/no room left/),
    );
    expect((container.querySelector('textarea') as HTMLTextAreaElement).value).toBe('my long thought');
    vi.restoreAllMocks();
    expect((await store.get(entityNote().id))?.text).toBe(entityNote().text);
  });

  it('refuses an edit of a note deleted in another tab, keeps the text, and can save it as a new note', async () => {
    await renderPage();
    button(items()[1] as HTMLElement, 'Edit').click();
    await vi.waitFor(() => expect(container.querySelector('textarea')).not.toBeNull());
    await type(container.querySelector('textarea') as HTMLTextAreaElement, 'edited after the delete');
    await store.delete(entityNote().id);
    button(container, 'Save').click();
    await vi.waitFor(() =>
      expect(container.querySelector('[role="alert"]')?.textContent).toMatch(/deleted in another tab/),
    );
    expect((container.querySelector('textarea') as HTMLTextAreaElement).value).toBe(
      'edited after the delete',
    );
    expect(await store.get(entityNote().id)).toBeUndefined();

    button(container, 'Save as a new note').click();
    await vi.waitFor(() => expect(container.querySelector('textarea')).toBeNull());
    const saved = (await store.list()).find((note) => note.text === 'edited after the delete');
    expect(saved?.id).not.toBe(entityNote().id);
    expect(saved?.target).toEqual(entityNote().target);
    expect(items()).toHaveLength(2);
  });

  it('says an import found no room and stored nothing of the file', async () => {
    await renderPage();
    const incoming = [
      entityNote({ id: crypto.randomUUID(), text: 'first of the file' }),
      entityNote({ id: crypto.randomUUID(), text: 'second of the file' }),
    ];
    // The second write fails as a full disk does: the first must not stay behind either.
    const add = IDBObjectStore.prototype.add;
    let writes = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args) {
      writes += 1;
      if (writes === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File([exportAnnotations(incoming, new Date())], 'notes.jsonld');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() =>
      expect(container.querySelector('.notes-error')?.textContent).toMatch(/nothing was imported/),
    );
    vi.restoreAllMocks();
    expect(writes).toBe(2);
    expect((await store.list()).map((note) => note.text)).not.toContain('first of the file');
    expect(await store.list()).toHaveLength(2);
  });

  it('flags orphaned passages and can list only them', async () => {
    await store.markAnchored(passageNote().id, false);
    await renderPage();
    expect(items()[0]?.querySelector('.note-orphaned')?.textContent).toMatch(/could no longer be found/);
    expect(items()[1]?.querySelector('.note-orphaned')).toBeNull();
    const onlyOrphans = container.querySelector('.notes-orphans input') as HTMLInputElement;
    await act(() => {
      onlyOrphans.click();
    });
    await vi.waitFor(() => expect(items().map((item) => item.dataset.noteId)).toEqual([passageNote().id]));
  });

  it('exports the notes shown as one annotation file', async () => {
    await renderPage();
    button(container, 'Export shown notes').click();
    await vi.waitFor(() => expect(saveFile).toHaveBeenCalledOnce());
    const [name, json] = saveFile.mock.calls[0] as [string, string];
    expect(name).toMatch(/^kontext-notes-\d{4}-\d{2}-\d{2}\.jsonld$/);
    expect(JSON.parse(json)).toMatchObject({ type: 'AnnotationCollection', total: 2 });
  });
});
