/**
 * The labelled development corpus (../shared/corpus-dev): real German and English news excerpts,
 * each with its label and the people and claims a reader annotated. Read at test and fit time only:
 * the texts are third-party and never enter the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type CorpusLabel = 'positive' | 'negative' | 'passing';

export interface CorpusItem {
  file: string;
  lang: 'de' | 'en';
  label: CorpusLabel;
  /** YYYY-MM-DD, YYYY-MM, or undefined when the annotator could not date it. */
  date: string | undefined;
  title: string | undefined;
  people: string[];
  claims: string[];
  /** The headline (when the excerpt has one) and the body: what the extension would read. */
  text: string;
}

export const corpusDevDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/corpus-dev',
);

const list = (value: string) =>
  value
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** One corpus file: eight header lines, a blank line, the body. */
export function parseCorpusItem(file: string, raw: string): CorpusItem {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const fields = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  const lang = fields.get('LANG');
  const label = fields.get('LABEL');
  if (
    (lang !== 'de' && lang !== 'en') ||
    (label !== 'positive' && label !== 'negative' && label !== 'passing')
  ) {
    throw new Error(`${file}: bad LANG or LABEL header`);
  }
  const date = fields.get('DATE');
  const title = fields.get('TITLE');
  const body = rest.join('\n\n').trim();
  return {
    file,
    lang,
    label,
    date: date && date !== 'unknown' ? date : undefined,
    title: title && title !== 'unknown' ? title : undefined,
    people: list(fields.get('PEOPLE') ?? ''),
    claims: list(fields.get('CLAIMS') ?? ''),
    text: title && title !== 'unknown' ? `${title}\n${body}` : body,
  };
}

/** Every item of the corpus, sorted by file name; undefined when the corpus is not there. */
export function readCorpusDev(dir = corpusDevDir): CorpusItem[] | undefined {
  if (!existsSync(dir)) return undefined;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseCorpusItem(f, readFileSync(path.join(dir, f), 'utf8')));
}
