/*
 * When was this article published? Claims are matched only in articles written after the claim was
 * made, and cards show what was true on the article's own date, so the date is read from what the
 * page says about itself, most trusted first: the metadata publishers write for search engines and
 * social previews, then schema.org JSON-LD, then a <time> in the article's own header, then a date
 * in the URL. Only DOM reading (no layout, no browser-only API), so it runs in Node with linkedom.
 *
 * The date is taken as the publisher wrote it (the first ten characters of an ISO timestamp), not
 * converted to UTC: a story stamped 00:30 in Berlin was published on that Berlin day.
 */

/** YYYY-MM-DD, or YYYY-MM when only the month is known (a date in the URL such as /2015/04/). */
export type ArticleDate = string;

const MIN_YEAR = 1945;
const MAX_YEAR = 2099;

/**
 * Meta names and properties that carry the first publication date, lower-cased. Real pages use the
 * Open Graph article namespace, its older `article:published`, Dublin Core, and site-specific names
 * (the New York Times' `pdate`, Parse.ly, Sailthru, Swiftype, WebTrends on the Telegraph).
 */
const META_KEYS = new Set([
  'article:published_time',
  'article:published',
  'og:published_time',
  'og:article:published_time',
  'article:publicationdate',
  'datepublished',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date.created',
  'dcterms.created',
  'dc.date',
  'date',
  'pdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'published_at',
  'parsely-pub-date',
  'sailthru.date',
  'dcsext.articlefirstpublished',
]);

/** JSON-LD types whose `datePublished` is the article's own (not the website's or an image's). */
const ARTICLE_TYPES = /(?:Article|ReportageNews|LiveBlogPosting|BlogPosting|Report)$/;

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDate(year: number, month: number, day?: number): ArticleDate | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return undefined;
  if (day === undefined) return `${year}-${pad(month)}`;
  if (day < 1 || day > 31) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A date string as publishers write it into metadata: ISO 8601 with or without time and zone
 * ("2019-04-28 06:01:07", "2017-11-16T14:15+0000"), compact ("20170113"), or with an English month
 * name ("Fri Mar 13 21:30:09 EST 2015", "March 26, 2020"). Anything else is no date.
 */
export function normalizeDate(raw: string): ArticleDate | undefined {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(text);
  if (compact) return validDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const named =
    /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b.*?\b(\d{4})\b/i.exec(text);
  if (named) {
    return validDate(Number(named[3]), MONTHS[named[1]!.toLowerCase()]!, Number(named[2]));
  }
  return undefined;
}

function fromMeta(doc: Document): ArticleDate | undefined {
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    if (!META_KEYS.has(key)) continue;
    const date = normalizeDate(meta.getAttribute('content') ?? '');
    if (date) return date;
  }
  return undefined;
}

/**
 * schema.org microdata: `itemprop="datePublished"` on a meta, a <time> or (on Blogger) an <abbr>
 * whose title holds the timestamp.
 */
function fromMicrodata(doc: Document): ArticleDate | undefined {
  for (const el of Array.from(doc.querySelectorAll('[itemprop="datePublished"]'))) {
    const raw = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('title');
    const date = raw ? normalizeDate(raw) : undefined;
    if (date) return date;
  }
  return undefined;
}

function isArticleNode(node: Record<string, unknown>): boolean {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

/** The first article-typed node with a datePublished, searching arrays, @graph and nested objects. */
function findJsonLdDate(value: unknown, depth = 0): ArticleDate | undefined {
  if (depth > 6 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const date = findJsonLdDate(item, depth + 1);
      if (date) return date;
    }
    return undefined;
  }
  const node = value as Record<string, unknown>;
  if (isArticleNode(node) && typeof node['datePublished'] === 'string') {
    const date = normalizeDate(node['datePublished']);
    if (date) return date;
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    const date = findJsonLdDate(node[key], depth + 1);
    if (date) return date;
  }
  return undefined;
}

function fromJsonLd(doc: Document): ArticleDate | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      // Sites ship broken JSON-LD (trailing commas, unescaped quotes); the next source may be fine.
      continue;
    }
    const date = findJsonLdDate(data);
    if (date) return date;
  }
  return undefined;
}

/** Where a page's own timestamp sits: the article and its header, or the byline next to the author. */
const ARTICLE_TIME_PLACES = [
  'article',
  'header',
  'main',
  '[role="main"]',
  '[class*="byline"]',
  '[class*="auth"]',
  '[class*="attribution"]',
  '[class*="dateline"]',
].join(', ');

/**
 * A <time datetime> in the article, its header or its byline (a time elsewhere belongs to a teaser
 * or a comment; "auth" also catches abbreviated author boxes such as Yahoo's `auth-attr`). Times
 * that say "modified" or "updated" are the last edit, not the publication.
 */
function fromTimeElement(doc: Document): ArticleDate | undefined {
  for (const time of Array.from(doc.querySelectorAll('time[datetime]'))) {
    if (!time.closest(ARTICLE_TIME_PLACES)) continue;
    const marker = `${time.getAttribute('class') ?? ''} ${time.getAttribute('itemprop') ?? ''}`;
    if (/modif|updat/i.test(marker)) continue;
    const date = normalizeDate(time.getAttribute('datetime') ?? '');
    if (date) return date;
  }
  return undefined;
}

/**
 * A date in a URL path: /2024/11/05/, /20241105/, a slug ending -2024-11-05 or -20241105, or only
 * /2015/04/ (then the month). The date must stand between separators so that an article id that
 * happens to hold eight digits is not read as one unless it is a plausible date.
 */
export function dateFromUrl(url: string): ArticleDate | undefined {
  let path: string;
  try {
    path = new URL(url, 'file:///').pathname;
  } catch {
    path = url;
  }
  const full = /(?:^|[/_-])((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?=$|[/_.-])/.exec(path);
  if (full) return validDate(Number(full[1]), Number(full[2]), Number(full[3]));
  const compact = /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/_.-])/.exec(path);
  if (compact) {
    const date = validDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    if (date) return date;
  }
  const month = /\/((?:19|20)\d{2})\/(\d{2})\//.exec(path);
  if (month) return validDate(Number(month[1]), Number(month[2]));
  return undefined;
}

/** The URLs a page gives for itself, in case the one it was read from (a file, a redirect) has no date. */
function pageUrls(doc: Document, url: string): string[] {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const ogUrl = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return [url, canonical, ogUrl].filter((u): u is string => !!u);
}

/** The article's publication date, or undefined when the page does not say. */
export function readArticleDate(doc: Document, url: string): ArticleDate | undefined {
  const date = fromMeta(doc) ?? fromMicrodata(doc) ?? fromJsonLd(doc) ?? fromTimeElement(doc);
  if (date) return date;
  for (const candidate of pageUrls(doc, url)) {
    const fromUrl = dateFromUrl(candidate);
    if (fromUrl) return fromUrl;
  }
  return undefined;
}

/**
 * The years a text mentions, ascending and without repeats: the fallback when the page has no date
 * (an article cannot be older than the latest year it names). Digits inside larger figures
 * ("12.000", "1,500", "20245") are not years.
 */
export function yearsMentioned(text: string): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(/(?<![\d.,])(19[4-9]\d|20\d{2})(?![\d]|[.,]\d)/g)) {
    years.add(Number(m[1]));
  }
  return [...years].sort((a, b) => a - b);
}
