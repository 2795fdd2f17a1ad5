import type { Source } from '../../data/schema';
import { formatIsoDate, t, type UiLang } from '../../core/i18n';

export interface SourceCitationProps {
  /** Undefined when the dataset names a source id it does not contain. */
  source: Source | undefined;
  lang: UiLang;
}

/**
 * Publisher, title and date of one source. The title stays in its original language (marked with
 * `lang` so screen readers pronounce it right) and is a link only when the dataset has a URL that
 * someone actually saw.
 */
export function SourceCitation({ source, lang }: SourceCitationProps) {
  if (!source) return <span class="kp-citation kp-citation-missing">{t(lang, 'source.unknown')}</span>;
  const title = (
    <cite class="kp-citation-title" lang={source.lang}>
      {source.title}
    </cite>
  );
  return (
    <span class="kp-citation">
      <span class="kp-citation-publisher">{source.publisher}</span>
      {': '}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {title}
          <span class="kp-visually-hidden"> {t(lang, 'source.opensInNewTab')}</span>
        </a>
      ) : (
        title
      )}
      {', '}
      <time class="kp-citation-date" dateTime={source.date}>
        {formatIsoDate(source.date, lang)}
      </time>
    </span>
  );
}
