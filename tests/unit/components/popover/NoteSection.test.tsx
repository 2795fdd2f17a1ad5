// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { NoteSection } from '@/components/popover/NoteSection';
import { formIn } from '../form-in';
import type { AddNoteResult, NoteSummary } from '@/components/popover/note-summary';
import { mountPoint } from '../mount-point';

const container = mountPoint();

const form = () => formIn(container());
const click = (label: string) => form().click(label);
const type = (text: string) => form().type(text);
const submit = () => form().submit();

const hostile = '<img src=x onerror="window.__pwned = 1">\nsecond line';

describe('NoteSection', () => {
  it('renders note text as text: markup in a note creates no element', async () => {
    const notes: NoteSummary[] = [{ id: 'n1', text: hostile, updatedAt: '2025-01-02T10:00:00.000Z' }];
    await act(async () => {
      render(<NoteSection lang="en" notes={notes} onAddNote={vi.fn()} />, container());
    });
    expect(container().querySelector('img')).toBeNull();
    expect(container().querySelector('.kp-note-text')?.textContent).toBe(hostile);
    expect(container().textContent).toContain('Last changed 2 January 2025');
  });

  it('keeps the typed text and shows the error when saving fails', async () => {
    const onAddNote = vi.fn(async (): Promise<AddNoteResult> => ({ ok: false, error: 'Storage is full.' }));
    await act(async () => {
      render(<NoteSection lang="en" notes={[]} onAddNote={onAddNote} />, container());
    });
    await click('Add note');
    await type('my thoughts');
    await submit();
    expect(onAddNote).toHaveBeenCalledWith('my thoughts');
    expect(container().querySelector('[role="alert"]')?.textContent).toBe('Storage is full.');
    expect(container().querySelector('textarea')?.value).toBe('my thoughts');
    expect(container().querySelector('.kp-note')).toBeNull();
  });

  it('treats a thrown error like a failed save', async () => {
    const onAddNote = vi.fn(async (): Promise<AddNoteResult> => {
      throw new Error('QuotaExceededError');
    });
    await act(async () => {
      render(<NoteSection lang="de" notes={[]} onAddNote={onAddNote} />, container());
    });
    await click('Notiz hinzufügen');
    await type('Gedanke');
    await submit();
    expect(container().querySelector('[role="alert"]')?.textContent).toBe('QuotaExceededError');
    expect(container().querySelector('textarea')?.value).toBe('Gedanke');
  });

  it('on success clears the editor and shows the new note', async () => {
    const onAddNote = vi.fn(async (): Promise<AddNoteResult> => ({ ok: true }));
    await act(async () => {
      render(<NoteSection lang="en" notes={[]} onAddNote={onAddNote} />, container());
    });
    await click('Add note');
    await type(hostile);
    await submit();
    expect(container().querySelector('textarea')).toBeNull();
    expect(container().querySelector('.kp-note-text')?.textContent).toBe(hostile.trim());
    expect(container().querySelector('img')).toBeNull();
    expect(container().querySelector('[role="status"]')?.textContent).toBe('Note saved.');
    await click('Add note');
    expect(container().querySelector('textarea')?.value).toBe('');
  });

  it('does not save an empty note', async () => {
    const onAddNote = vi.fn(async (): Promise<AddNoteResult> => ({ ok: true }));
    await act(async () => {
      render(<NoteSection lang="en" notes={[]} onAddNote={onAddNote} />, container());
    });
    await click('Add note');
    await type('   ');
    await submit();
    expect(onAddNote).not.toHaveBeenCalled();
    expect(container().querySelector('[role="alert"]')?.textContent).toBe('Please write something first.');
  });

  it('cancel closes the editor and drops the draft', async () => {
    await act(async () => {
      render(<NoteSection lang="en" notes={[]} onAddNote={vi.fn()} />, container());
    });
    await click('Add note');
    await type('draft');
    await click('Cancel');
    expect(container().querySelector('textarea')).toBeNull();
    await click('Add note');
    expect(container().querySelector('textarea')?.value).toBe('');
  });

  it('shows the stored notes once they are loaded', async () => {
    const stored: NoteSummary[] = [{ id: 's1', text: 'stored note', updatedAt: '2024-05-06T00:00:00.000Z' }];
    await act(async () => {
      render(
        <NoteSection lang="en" notes={[]} loadNotes={async () => stored} onAddNote={vi.fn()} />,
        container(),
      );
    });
    // The load resolves after the first render; let it land.
    await act(async () => {
      await Promise.resolve();
    });
    expect(container().querySelector('.kp-note-text')?.textContent).toBe('stored note');
  });
});
