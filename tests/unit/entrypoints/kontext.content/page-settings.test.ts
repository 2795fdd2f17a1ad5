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

  it('names the chosen style on the root, and takes it off again', () => {
    const root = document.createElement('html');
    showPageSettings(root, parseSettings({ style: 'background' }));
    expect(root.getAttribute('data-kontext-style')).toBe('background');
    showPageSettings(root, parseSettings({ style: 'underline' }));
    expect(root.hasAttribute('data-kontext-style')).toBe(false);
    showPageSettings(root, parseSettings({ style: 'off' }));
    clearPageSettings(root);
    expect(root.attributes.length).toBe(0);
  });

  it('writes nothing to the page about noted passages, shown or hidden', () => {
    const root = document.createElement('html');
    const before = root.outerHTML;
    showPageSettings(root, parseSettings({ highlight: { passages: false } }));
    expect(root.outerHTML).toBe(before);
  });
});
