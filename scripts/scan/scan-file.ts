/**
 * What `npm run scan` reports for one file: the extension's pipeline (main text for pages, the
 * file itself for plain text) without a browser, so researchers and our quality checks see the
 * same verdict the popup would show.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import type { Dataset } from '../../data/schema';
import { analyzeText, type Analysis } from '../../core/analyze-text';
import { readArticleDate } from '../../core/extract/article-date';
import { extractMainText } from '../../core/extract/extract-main-text';
import type { Matcher } from '../../core/matcher/compile-matcher';

export interface ScanResult {
  file: string;
  /** The article's date as read from the page (or given with --date); undefined when unknown. */
  published: string | undefined;
  lang: Analysis['detection']['lang'];
  onTopic: boolean;
  score: number;
  evidence: string[];
  experts: Analysis['experts'];
  claims: Analysis['claims'];
}

export interface ScanError {
  file: string;
  error: string;
}

const isHtml = (file: string) => /\.x?html?$/i.test(file);

/** The article text of a file: for pages the headline and main text, as the extension reads them. */
export function articleText(file: string, raw: string): string {
  return readArticle(file, raw).text;
}

/** The article text and, for pages, the publication date the page states about itself. */
export function readArticle(file: string, raw: string): { text: string; published: string | undefined } {
  if (!isHtml(file)) return { text: raw, published: undefined };
  const document = parseHTML(raw).document as unknown as Document;
  return {
    text: extractMainText(document).text,
    published: readArticleDate(document, pathToFileURL(path.resolve(file)).href),
  };
}

/**
 * One file's verdict, or why it has none; never throws, so one bad file does not stop a batch.
 * `date` (YYYY-MM-DD or YYYY-MM) is the publication date for files that cannot state one (.txt);
 * a page's own date wins over it.
 */
export function scanFile(
  file: string,
  dataset: Dataset,
  matcher?: Matcher,
  date?: string,
): ScanResult | ScanError {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    return { file, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` };
  }
  if (!raw.trim()) return { file, error: 'empty file' };
  let text: string;
  let published: string | undefined;
  try {
    ({ text, published } = readArticle(file, raw));
    published ??= date;
  } catch (e) {
    return { file, error: `cannot parse: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (!text.trim()) return { file, error: 'no article text' };
  const { detection, experts, claims } = analyzeText(text, dataset, matcher, published);
  return {
    file,
    published,
    lang: detection.lang,
    onTopic: detection.onTopic,
    score: detection.score,
    evidence: detection.evidence,
    experts,
    claims,
  };
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

/** A table for people: one line per file, then its evidence indented below. */
export function formatTable(results: (ScanResult | ScanError)[]): string {
  const width = Math.max(4, ...results.map((r) => r.file.length));
  const lines = [`${pad('file', width)}  topic  score  lang  experts / claims`];
  for (const r of results) {
    if ('error' in r) {
      lines.push(`${pad(r.file, width)}  error: ${r.error}`);
      continue;
    }
    const found = [
      ...r.experts.map((e) => `${e.name} ×${e.count}`),
      ...r.claims.map((c) => `${c.id} ×${c.count}`),
    ].join(', ');
    lines.push(
      `${pad(r.file, width)}  ${pad(r.onTopic ? 'yes' : 'no', 5)}  ${pad(String(r.score), 5)}  ${pad(r.lang ?? '-', 4)}  ${found || '-'}`,
    );
    for (const e of r.evidence) lines.push(`${' '.repeat(width + 2)}· ${e}`);
  }
  return lines.join('\n');
}
