// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clearPageSettings, showPageSettings } from '@/entrypoints/kontext.content/page-settings';
import { DEFAULT_SETTINGS, parseSettings } from '@/core/settings/settings';

describe('page settings', () => {
  it('leaves the root element as it was when the settings are the defaults', () => {
    const root = document.createElement('html');
    root.setAttribute('lang', 'en');
    const before = root.outerHTML;
    showPageSettings(root, parseSettings(DEFAULT_SETTINGS));
    expect(root.outerHTML).toBe(before);
  });

  it('names the chosen style and hidden passages on the root, and takes them off again', () => {
    const root = document.createElement('html');
    showPageSettings(root, parseSettings({ style: 'background', highlight: { passages: false } }));
    expect(root.getAttribute('data-kontext-style')).toBe('background');
    expect(root.getAttribute('data-kontext-passages')).toBe('hidden');
    showPageSettings(root, parseSettings({ style: 'underline' }));
    expect(root.hasAttribute('data-kontext-style')).toBe(false);
    expect(root.hasAttribute('data-kontext-passages')).toBe(false);
    showPageSettings(root, parseSettings({ style: 'off' }));
    clearPageSettings(root);
    expect(root.attributes.length).toBe(0);
  });
});
