/*
 * A claim cannot appear in an article written before anyone made it: a 2009 story about a North
 * Korean rocket that mentions sanctions is not citing the 2022 claim that no new sanctions came
 * after 2017. Claims are matched only where the article's date (or, without one, the years the
 * article itself names) allows them.
 */
import type { FindingData } from '../dataset/finding-data';
import { yearsMentioned } from '../extract/article-date';

/** When the article was written, as far as anyone can tell. */
export interface ArticleTime {
  /** YYYY-MM-DD or YYYY-MM, from the page's metadata or URL (readArticleDate), a scan flag, … */
  published?: string;
  /** The article text, whose latest year mention bounds its date from below when `published` is unknown. */
  text: string;
}

/**
 * Whether a claim made on `madeOn` (YYYY, YYYY-MM or YYYY-MM-DD) can appear in an article published
 * on `published`. Dates are compared at the precision both have: a claim of "2024-10" can appear in
 * an article of 2024-10-01, since the claim may have been made that day.
 */
export function madeBefore(madeOn: string, published: string): boolean {
  const precision = Math.min(madeOn.length, published.length);
  return madeOn.slice(0, precision) <= published.slice(0, precision);
}

/** The claims that may match in this article: all of them when its time is unknown. */
export function claimsMatchableAt(
  claims: readonly FindingData['claims'][number][],
  time: ArticleTime,
): Set<string> {
  if (time.published) {
    const published = time.published;
    return new Set(claims.filter((c) => madeBefore(c.madeBy.date, published)).map((c) => c.id));
  }
  // No date: an article is at least as recent as the latest year it names.
  const latest = yearsMentioned(time.text).at(-1);
  if (latest === undefined) return new Set(claims.map((c) => c.id));
  return new Set(claims.filter((c) => Number(c.madeBy.date.slice(0, 4)) <= latest).map((c) => c.id));
}
