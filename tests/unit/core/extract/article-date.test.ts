import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  dateFromUrl,
  normalizeDate,
  readArticleDate,
  yearsMentioned,
} from '../../../../core/extract/article-date';
import { sharedDir } from '../../../shared-dir';

const load = (html: string) => parseHTML(html).document as unknown as Document;
const page = (head: string, body = '') =>
  load(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);

describe('normalizeDate', () => {
  it.each([
    ['2019-01-03T07:00:02.000Z', '2019-01-03'],
    ['2019-04-28 06:01:07', '2019-04-28'],
    ['2017-11-16T14:15+0000', '2017-11-16'],
    ['2017-07-27', '2017-07-27'],
    ['20170113', '2017-01-13'],
    ['Fri Mar 13 21:30:09 EST 2015', '2015-03-13'],
    ['March 26, 2020 12:00 pm', '2020-03-26'],
  ])('reads %s as %s', (raw, date) => {
    expect(normalizeDate(raw)).toBe(date);
  });

  it.each(['comment_date', '', '2019-13-01', '1492-10-12', '12345678'])('reads %j as no date', (raw) => {
    expect(normalizeDate(raw)).toBeUndefined();
  });
});

describe('readArticleDate', () => {
  it('trusts the publication meta over a modified time, JSON-LD and the URL', () => {
    const doc = page(
      `<meta property="article:modified_time" content="2024-12-01T10:00:00Z">
       <meta property="article:published_time" content="2024-11-05T08:00:00+01:00">
       <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-10-01"}</script>`,
      '<article><time datetime="2024-09-09">9. September</time></article>',
    );
    expect(readArticleDate(doc, 'https://example.de/2023/01/02/story')).toBe('2024-11-05');
  });

  it('reads Dublin Core and microdata variants whatever their case', () => {
    expect(readArticleDate(page('<meta name="DC.date.issued" content="2016-02-01T01:28:49">'), '')).toBe(
      '2016-02-01',
    );
    expect(
      readArticleDate(
        page('', `<abbr itemprop="datePublished" title="2016-05-08T00:55:00-07:00">x</abbr>`),
        '',
      ),
    ).toBe('2016-05-08');
  });

  it('finds datePublished in a JSON-LD @graph and skips the WebSite node and broken blocks', () => {
    const doc = page(
      `<script type="application/ld+json">{"@type":"WebSite",</script>
       <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
         {"@type":"WebSite","datePublished":"2001-01-01"},
         {"@type":["ReportageNews"],"datePublished":"2024-06-19T05:00:00+09:00"}]}</script>`,
    );
    expect(readArticleDate(doc, 'https://example.com/x')).toBe('2024-06-19');
  });

  it('reads a LiveBlogPosting inside an array', () => {
    const doc = page(
      `<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"LiveBlogPosting","datePublished":"2024-11-04T20:00:00Z"}]</script>`,
    );
    expect(readArticleDate(doc, '')).toBe('2024-11-04');
  });

  it('takes a <time> in the article but not one in a teaser or an "updated" stamp', () => {
    const doc = page(
      '',
      `<aside><time datetime="2020-01-01">teaser</time></aside>
       <article><header><time class="updated" datetime="2024-11-06">upd</time>
       <time datetime="2024-11-05T09:00">5.11.</time></header></article>`,
    );
    expect(readArticleDate(doc, '')).toBe('2024-11-05');
  });

  it('falls back to the URL, then to the canonical link, and says nothing when no source has a date', () => {
    expect(readArticleDate(page(''), 'https://www.example.de/politik/2024/11/05/kursk.html')).toBe(
      '2024-11-05',
    );
    expect(
      readArticleDate(
        page('<link rel="canonical" href="https://example.com/news/20241105/kursk">'),
        'file:///a.html',
      ),
    ).toBe('2024-11-05');
    expect(
      readArticleDate(page('', '<aside><time datetime="2020-01-01">x</time></aside>'), 'https://x.de/a'),
    ).toBe(undefined);
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://x.com/world/2024/11/05/story/', '2024-11-05'],
    ['https://x.com/news/20241105/story', '2024-11-05'],
    ['https://x.com/nordkorea-soldaten-kursk-2024-11-05', '2024-11-05'],
    ['https://x.com/hidden-heroines-20190520/', '2019-05-20'],
    ['https://x.com/information-technology/2015/04/exploit/', '2015-04'],
  ])('reads %s', (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });

  it.each(['https://x.com/story-fni0fha6-1227261886014', 'https://x.com/id/99991399/', 'https://x.com/a'])(
    'finds no date in %s',
    (url) => {
      expect(dateFromUrl(url)).toBeUndefined();
    },
  );
});

describe('yearsMentioned', () => {
  it('lists the years a text names, not the digits of figures', () => {
    const text =
      'Im Juni 2024 unterzeichnet, seit 2017 Sanktionen; 12.000 Soldaten, 1,500 shells, 20245 Euro, 2024.';
    expect(yearsMentioned(text)).toEqual([2017, 2024]);
  });
});

// Real pages as their publishers served them (../shared/real-pages, read at test time): the date
// each one states about itself, read from the markup shape that page uses.
const realPages = sharedDir('real-pages', 'article dates of the real pages');
const expectedDates: Record<string, string | undefined> = {
  aktualne: '2021-11-01', // article:published_time
  'ars-1': '2015-04-16', // <time> in the article
  'bbc-1': '2015-07-24', // JSON-LD
  blogger: '2016-05-08', // <abbr itemprop=datePublished title=…>
  breitbart: '2016-12-22',
  'buzzfeed-1': undefined, // the date is only in a script variable
  'citylab-1': '2019-04-30', // <meta itemprop=datePublished>
  cnet: '2017-01-18',
  cnn: '2016-02-01', // <meta name=date>, DC.date.issued
  engadget: '2017-11-03', // published_at
  folha: '2018-12-21',
  'guardian-1': '2019-01-03',
  heise: '2015-04-08', // <meta content=… name=date>
  'herald-sun-1': '2015-03-13', // "Fri Mar 13 21:30:09 EST 2015"
  'lemonde-1': '2015-05-04',
  'liberation-1': '2015-04-30', // meta before an older <time> of a related story
  medicalnewstoday: '2017-07-27',
  'medium-1': '2015-03-17',
  msn: '2016-11-15', // <time> in the author box
  'nytimes-1': '2017-01-13', // pdate
  'nytimes-2': '2016-07-29', // published, not the later dateModified <time>
  'quanta-1': '2019-05-20', // canonical URL slug
  'salon-1': '2015-02-01', // canonical URL path
  'seattletimes-1': '2019-04-28',
  telegraph: '2017-11-16',
  theverge: '2023-06-07',
  'tmz-1': '2015-02-26',
  'wapo-1': '2015-03-18',
  wordpress: '2017-03-09',
  'yahoo-1': '2016-10-13', // <time> in Yahoo's attribution box
  'yahoo-2': '2016-12-01',
};

describe.skipIf(!realPages)('readArticleDate on real pages', () => {
  it.each(Object.entries(expectedDates))('%s', (name, date) => {
    const file = path.join(realPages!, name, 'source.html');
    expect(existsSync(file)).toBe(true);
    expect(readArticleDate(load(readFileSync(file, 'utf8')), `file://${file}`)).toBe(date);
  });

  it('covers every real page folder that states a date', () => {
    const undated = ['buzzfeed-1', 'la-nacion', 'lwn-1', 'mozilla-1', 'webmd-1'];
    const folders = readdirSync(realPages!).filter((f) => !f.includes('.'));
    expect(folders.filter((f) => !(f in expectedDates) && !undated.includes(f))).toEqual([]);
  });
});
