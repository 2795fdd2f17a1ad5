import { describe, expect, it } from 'vitest';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../../../../scripts/browser/find-chromium';

describe('findChromium', () => {
  it('uses CHROME_PATH when it points at a file', () => {
    expect(findChromium({ CHROME_PATH: process.execPath })).toBe(process.execPath);
  });

  it('says in one line how to install a browser when CHROME_PATH is wrong', () => {
    expect(() => findChromium({ CHROME_PATH: '/no/such/chrome' })).toThrow(NO_CHROMIUM_MESSAGE);
    expect(NO_CHROMIUM_MESSAGE).toContain('apt-get install chromium');
    expect(NO_CHROMIUM_MESSAGE.split('\n')).toHaveLength(1);
  });
});
