import type { Claim, Counter, Stance } from '../../data/schema';
import type { DatasetIndex } from '../../core/dataset/index-dataset';
import { formatIsoDate, t, type UiLang } from '../../core/i18n';
import { SourceCitation } from './SourceCitation';
import { SourceList } from './SourceList';

export interface ClaimCardProps {
  claim: Claim;
  index: DatasetIndex;
  lang: UiLang;
  headingId: string;
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

/** What a claim says, who made it, how it developed and which sources dispute or back it. */
export function ClaimCard({ claim, index, lang, headingId }: ClaimCardProps) {
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

  return (
    <article class="kp-card kp-claim">
      <header class="kp-card-header">
        <p class="kp-kind">{t(lang, 'claim.label')}</p>
        <h2 id={headingId} class="kp-title kp-statement">
          {claim.statement[lang]}
        </h2>
        <p class="kp-origin">
          <span class="kp-label">{t(lang, 'claim.madeBy')}:</span> {origin}
        </p>
      </header>

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
                  <SourceCitation source={index.source(counter.sourceId)} lang={lang} />
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
      </section>
    </article>
  );
}
