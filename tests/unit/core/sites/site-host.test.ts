import { describe, expect, it } from 'vitest';
import { isDefaultSite, siteHost } from '../../../../core/sites/site-host';

describe('site host', () => {
  it('keys settings by host without www and ignores non-web pages', () => {
    expect(siteHost('https://www.Spiegel.de/politik/a?x=1#y')).toBe('spiegel.de');
    expect(siteHost('http://edition.cnn.com/x')).toBe('edition.cnn.com');
    expect(siteHost('chrome://extensions')).toBeNull();
    expect(siteHost('not a url')).toBeNull();
  });

  it('knows the default news sites and their subdomains, but not look-alikes', () => {
    expect(isDefaultSite('spiegel.de')).toBe(true);
    expect(isDefaultSite('edition.cnn.com')).toBe(true);
    expect(isDefaultSite('notspiegel.de')).toBe(false);
    expect(isDefaultSite('spiegel.de.evil.example')).toBe(false);
  });
});
