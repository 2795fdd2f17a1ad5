import type { Person } from '../../data/schema';
import type { DatasetIndex } from '../../core/dataset/index-dataset';
import { personAtDate, type PersonChange, type Role } from '../../core/dataset/person-at-date';
import { formatIsoDate, formatPeriod, t, type UiLang } from '../../core/i18n';
import { CitationById, SourceList } from './SourceList';

export interface ExpertCardProps {
  person: Person;
  index: DatasetIndex;
  lang: UiLang;
  headingId: string;
  /** The article's publication date (YYYY-MM-DD or YYYY-MM), when the page gives one. */
  articleDate?: string;
}

const roleName = (role: Role, lang: UiLang) => `${role.title[lang]}, ${role.org}`;

/**
 * A role with its period. `held` says the role is the one the card leads with and was held at the
 * time in question: it then reads "since <from>", its end (if any) being news the card tells apart.
 */
function RoleLine({ role, lang, held }: { role: Role; lang: UiLang; held: boolean }) {
  // An earlier role with a start but no end must not read "since": only the year it is attested.
  const period = held
    ? formatPeriod(role.from, undefined, lang, role.fromSeen)
    : role.from && !role.to
      ? formatIsoDate(role.from, lang)
      : formatPeriod(role.from, role.to, lang, role.fromSeen);
  return (
    <>
      {roleName(role, lang)}
      {period && <span class="kp-period"> ({period})</span>}
    </>
  );
}

/** One change since the article; leaving the role the card leads with needs no repeat of its name. */
function changeText(change: PersonChange, lead: Role | undefined, lang: UiLang): string {
  const date = formatIsoDate(change.date, lang);
  if (change.kind === 'died') return t(lang, 'expert.died', { date });
  if (change.kind === 'left' && change.role === lead) return t(lang, 'expert.leftLead', { date });
  const role = roleName(change.role, lang);
  return t(lang, change.kind === 'left' ? 'expert.leftOffice' : 'expert.began', { role, date });
}

/**
 * Who an expert is, at a glance: the role they held when the article appeared (or now), what has
 * changed since, and when the record was last checked. Bio, other roles, positions, who differs and
 * the sources are one step away, behind "More".
 */
export function ExpertCard({ person, index, lang, headingId, articleDate }: ExpertCardProps) {
  const { lead, leadIsHeld, diedBefore, changes } = personAtDate(person, articleDate);
  const otherRoles = person.roles.filter((role) => role !== lead);
  return (
    <article class="kp-card kp-expert">
      <header class="kp-card-header">
        <p class="kp-kind">{t(lang, `kind.${person.kind}`)}</p>
        <h2 id={headingId} class="kp-title">
          {person.name}
        </h2>
        {lead && (
          <p class="kp-role">
            <RoleLine role={lead} lang={lang} held={leadIsHeld} />
          </p>
        )}
        {diedBefore && (
          <p class="kp-died">{t(lang, 'expert.diedLead', { date: formatIsoDate(diedBefore, lang) })}</p>
        )}
        {changes.length > 0 && (
          <p class="kp-since">
            <strong>{t(lang, 'expert.sinceThen')}</strong>{' '}
            {changes.map((c) => changeText(c, lead, lang)).join('; ')}.
          </p>
        )}
        <p class="kp-field">{person.field[lang]}</p>
        {person.asOf && (
          <p class="kp-as-of">{t(lang, 'card.asOf', { date: formatIsoDate(person.asOf, lang) })}</p>
        )}
      </header>

      <details class="kp-more">
        <summary>{t(lang, 'card.more')}</summary>
        <dl class="kp-facts">
          <dt>{t(lang, 'expert.bio')}</dt>
          <dd>{person.bio[lang]}</dd>
        </dl>

        {otherRoles.length > 0 && (
          <section class="kp-section">
            <h3 class="kp-section-title">{t(lang, 'expert.roleHistory')}</h3>
            <ul class="kp-compact-list">
              {otherRoles.map((role, i) => (
                <li key={i}>
                  <RoleLine role={role} lang={lang} held={false} />
                </li>
              ))}
            </ul>
          </section>
        )}

        <section class="kp-section">
          <h3 class="kp-section-title">{t(lang, 'expert.positions')}</h3>
          {person.positions.length === 0 ? (
            <p class="kp-empty">{t(lang, 'expert.noPositions')}</p>
          ) : (
            <ol class="kp-dated-list">
              {person.positions.map((position, i) => (
                <li key={i}>
                  <time class="kp-date" dateTime={position.date}>
                    {formatIsoDate(position.date, lang)}
                  </time>
                  <p class="kp-text">{position.text[lang]}</p>
                  <SourceList sourceIds={position.sources} index={index} lang={lang} />
                </li>
              ))}
            </ol>
          )}
        </section>

        {person.differs.length > 0 && (
          <section class="kp-section">
            <h3 class="kp-section-title">{t(lang, 'expert.differs')}</h3>
            <ul class="kp-differs">
              {person.differs.map((differ, i) => {
                const other = differ.personId ? index.person(differ.personId) : undefined;
                return (
                  <li key={i}>
                    {other && <strong class="kp-differs-name">{other.name}</strong>}
                    {differ.sourceId && <CitationById id={differ.sourceId} index={index} lang={lang} />}
                    <p class="kp-text">{differ.note[lang]}</p>
                  </li>
                );
              })}
            </ul>
          </section>
        )}

        <section class="kp-section">
          <h3 class="kp-section-title">{t(lang, 'expert.sources')}</h3>
          <SourceList sourceIds={person.sources} index={index} lang={lang} />
        </section>
      </details>
    </article>
  );
}
