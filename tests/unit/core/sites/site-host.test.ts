import { describe, expect, it } from 'vitest';
import sites from '../../../../data/sites.json';
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

describe('the default site list', () => {
  const domains = sites.domains;

  it('covers the outlets German and English readers of this story use, each domain once', () => {
    expect(domains.length).toBeGreaterThanOrEqual(150);
    expect(new Set(domains).size).toBe(domains.length);
    // Austrian, Swiss and Korean outlets that real coverage of the story comes from.
    for (const d of ['orf.at', 'krone.at', 'heute.at', 'kurier.at', 'watson.ch', 'kbs.co.kr', 'yna.co.kr'])
      expect(isDefaultSite(`www.${d}`), d).toBe(true);
  });

  it('lists no domain twice through a parent domain (the parent already covers its subdomains)', () => {
    const redundant = domains.filter((d) => domains.some((p) => p !== d && d.endsWith(`.${p}`)));
    expect(redundant).toEqual([]);
  });

  it('keeps the content farms and aggregators the dataset refuses as sources off the list', () => {
    const farms = [
      'devdiscourse.com',
      'menafn.com',
      'newsbytesapp.com',
      'earthpressnews.com',
      'finanznachrichten.de',
    ];
    expect(farms.filter((d) => isDefaultSite(d))).toEqual([]);
  });
});
