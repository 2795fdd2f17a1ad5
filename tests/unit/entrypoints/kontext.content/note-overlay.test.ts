// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createNoteOverlay } from '@/entrypoints/kontext.content/note-overlay';

describe('createNoteOverlay', () => {
  it('adds one plain div with a closed root and no attributes outside the body, and takes it away again', () => {
    document.body.innerHTML = '<article><p>Nobody objected.</p></article>';
    const before = document.documentElement.outerHTML;
    const overlay = createNoteOverlay(document);
    const host = document.documentElement.lastElementChild!;
    expect(host.localName).toBe('div');
    expect(host.attributes).toHaveLength(0);
    expect(host.shadowRoot).toBeNull();
    expect(document.body.contains(host)).toBe(false);

    const range = document.createRange();
    range.selectNodeContents(document.querySelector('p')!);
    overlay.show('5b1d7c9e-2a43-4f60-8c1b-7e3f9a0d4c22', range);
    expect(document.documentElement.outerHTML).not.toContain('5b1d7c9e');
    overlay.destroy();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
