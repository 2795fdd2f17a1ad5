import type { Claim, ClaimStatus, Counter, Stance } from '../../data/schema';
import { claimSinceDate, supersededByText } from '../../core/dataset/claim-since-date';
import type { DatasetIndex } from '../../core/dataset/index-dataset';
import { formatIsoDate, t, type UiLang } from '../../core/i18n';
import { CitationById, SourceList } from './SourceList';

export interface ClaimCardProps {
  claim: Claim;
  index: DatasetIndex;
  lang: UiLang;
  headingId: string;
  /** The article's publication date (YYYY-MM-DD or YYYY-MM), when the page gives one. */
  articleDate?: string;
}

/** How many later timeline entries the first lines show; the rest are in the timeline under "More". */
const LATER_ENTRIES_SHOWN = 2;

/** Where the claim stands, in a few words with its date: "Superseded by: … (May 2025)". */
function statusText(status: ClaimStatus, index: DatasetIndex, lang: UiLang): string {
  const by = status.value === 'confirmed' ? status.by : supersededByText(status, index);
  const label =
    status.value === 'confirmed' || status.value === 'superseded'
      ? by
        ? t(lang, `status.${status.value}`, { by: by[lang] })
        : t(lang, `status.${status.value}NoBy`)
      : t(lang, `status.${status.value}`);
  return t(lang, 'status.line', { status: label, date: formatIsoDate(status.date, lang) });
}

/** The order readers meet the stances in: the strongest challenge first. */
const STANCES: readonly Stance[] = ['disputes', 'qualifies', 'supports', 'updates', 'context'];

/** A shape per stance, so the groups differ without relying on colour; the text label says it too. */
const STANCE_ICONS: Record<Stance, string> = {
  disputes: '✕',
  qualifies: '≈',
  supports: '✓',
  updates: '↻',
  context: 'ℹ',
};

function groupByStance(counters: Counter[]): [Stance, Counter[]][] {
  return STANCES.map((stance): [Stance, Counter[]] => [
    stance,
    counters.filter((c) => c.stance === stance),
  ]).filter(([, group]) => group.length > 0);
}

/**
 * Where a claim stands, at a glance: what moved on since the article (if it did), its status today
 * and who made it. The timeline, the other sources and what it rests on are one step away, behind
 * "More".
 */
export function ClaimCard({ claim, index, lang, headingId, articleDate }: ClaimCardProps) {
  const { madeBy } = claim;
  const who =
    (madeBy.personId && index.person(madeBy.personId)?.name) ||
    madeBy.actor?.[lang] ||
    t(lang, 'claim.unknownPerson');
  const date = formatIsoDate(madeBy.date, lang);
  const origin = madeBy.where
    ? t(lang, 'claim.madeByOnAt', { who, date, where: madeBy.where[lang] })
    : t(lang, 'claim.madeByOn', { who, date });
  const groups = groupByStance(claim.counter);
  const { laterEntries, statusIsLater } = claimSinceDate(claim, articleDate);
  const status = claim.status;
  const shownLater = laterEntries.slice(-LATER_ENTRIES_SHOWN);

  return (
    <article class="kp-card kp-claim">
      <header class="kp-card-header">
        <p class="kp-kind">{t(lang, 'claim.label')}</p>
        <h2 id={headingId} class="kp-title kp-statement">
          {claim.statement[lang]}
        </h2>
        {(shownLater.length > 0 || statusIsLater) && (
          <p class="kp-since">
            <strong>{t(lang, 'claim.sinceArticle')}</strong>{' '}
            {shownLater.length > 0
              ? shownLater.map((entry) => `${formatIsoDate(entry.date, lang)}: ${entry.text[lang]}`).join(' ')
              : status && statusText(status, index, lang)}
          </p>
        )}
        {status && (
          <p class={`kp-status kp-status-${status.value}`}>
            <strong>{statusText(status, index, lang)}</strong> {status.note[lang]}
          </p>
        )}
        <p class="kp-origin">
          <span class="kp-label">{t(lang, 'claim.madeBy')}:</span> {origin}
        </p>
        {status && <p class="kp-as-of">{t(lang, 'card.asOf', { date: formatIsoDate(status.date, lang) })}</p>}
      </header>

      <details class="kp-more">
        <summary>{t(lang, 'card.more')}</summary>
        {claim.timeline.length > 0 && (
          <section class="kp-section">
            <h3 class="kp-section-title">{t(lang, 'claim.timeline')}</h3>
            <ol class="kp-dated-list kp-timeline">
              {claim.timeline.map((entry, i) => (
                <li key={i}>
                  <time class="kp-date" dateTime={entry.date}>
                    {formatIsoDate(entry.date, lang)}
                  </time>
                  <p class="kp-text">{entry.text[lang]}</p>
                  <SourceList sourceIds={entry.sources} index={index} lang={lang} />
                </li>
              ))}
            </ol>
          </section>
        )}

        <section class="kp-section">
          <h3 class="kp-section-title">{t(lang, 'claim.counter')}</h3>
          {groups.length === 0 && <p class="kp-empty">{t(lang, 'claim.noCounter')}</p>}
          {groups.map(([stance, counters]) => (
            <section key={stance} class={`kp-stance kp-stance-${stance}`} data-stance={stance}>
              <h4 class="kp-stance-title">
                <span class="kp-stance-icon" aria-hidden="true">
                  {STANCE_ICONS[stance]}
                </span>{' '}
                {t(lang, `stance.${stance}`)}
              </h4>
              <ul class="kp-counter-list">
                {counters.map((counter) => (
                  <li key={counter.sourceId}>
                    <CitationById id={counter.sourceId} index={index} lang={lang} />
                    <p class="kp-text">{counter.note[lang]}</p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>

        <section class="kp-section">
          <h3 class="kp-section-title">{t(lang, 'claim.sources')}</h3>
          <SourceList sourceIds={claim.sources} index={index} lang={lang} />
          {status && <SourceList sourceIds={status.sources} index={index} lang={lang} />}
        </section>
      </details>
    </article>
  );
}
