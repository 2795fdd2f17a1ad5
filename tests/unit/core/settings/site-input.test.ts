import { describe, expect, it } from 'vitest';
import { hostFromInput } from '@/core/settings/site-input';

describe('hostFromInput', () => {
  it('reads a bare name, a www name, a path and a pasted address as the same site', () => {
    for (const input of [
      'example.org',
      ' www.Example.org ',
      'example.org/news/today',
      'https://www.example.org/a?b=c',
    ])
      expect(hostFromInput(input)).toBe('example.org');
  });

  it('refuses what names no site', () => {
    for (const input of [
      '',
      'example',
      'two words.org',
      'ftp://example.org',
      'javascript:alert(1)',
      '-bad-.org',
    ])
      expect(hostFromInput(input)).toBeNull();
  });
});
