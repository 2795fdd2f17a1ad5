import type { Publisher, PublisherType, Source } from '../../data/schema';
import { formatIsoDate, t, type UiLang } from '../../core/i18n';

export interface SourceCitationProps {
  /** Undefined when the dataset names a source id it does not contain. */
  source: Source | undefined;
  /** The registry entry of the source's publisher, so the card can say what kind of source it is. */
  publisher?: Publisher | undefined;
  lang: UiLang;
}

/** The types a reader should weigh before trusting what a source says; the others go unlabelled. */
const LABELLED: Partial<
  Record<
    PublisherType,
    'publisherType.state-media' | 'publisherType.aggregator' | 'publisherType.content-farm'
  >
> = {
  'state-media': 'publisherType.state-media',
  aggregator: 'publisherType.aggregator',
  'content-farm': 'publisherType.content-farm',
};

/**
 * Publisher (with its type where that matters: state media, aggregator, content farm), title and
 * date of one source. The title stays in its original language (marked with
 * `lang` so screen readers pronounce it right) and is a link only when the dataset has a URL that
 * someone actually saw.
 */
export function SourceCitation({ source, publisher, lang }: SourceCitationProps) {
  if (!source) return <span class="kp-citation kp-citation-missing">{t(lang, 'source.unknown')}</span>;
  const title = (
    <cite class="kp-citation-title" lang={source.lang}>
      {source.title}
    </cite>
  );
  const label = publisher && LABELLED[publisher.type];
  return (
    <span class="kp-citation">
      <span class="kp-citation-publisher">{source.publisher}</span>
      {label && <span class={`kp-publisher-type kp-publisher-${publisher.type}`}> ({t(lang, label)})</span>}
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
