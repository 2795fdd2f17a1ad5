import type { Person } from '../../data/schema';
import type { DatasetIndex } from '../../core/dataset/index-dataset';
import { formatIsoDate, formatPeriod, t, type UiLang } from '../../core/i18n';
import { SourceCitation } from './SourceCitation';
import { SourceList } from './SourceList';

export interface ExpertCardProps {
  person: Person;
  index: DatasetIndex;
  lang: UiLang;
  headingId: string;
}

type Role = Person['roles'][number];

/** The role held now: an open-ended one if there is any, else the one that started last. */
function currentRole(roles: Role[]): Role | undefined {
  const open = roles.filter((role) => !role.to);
  const candidates = open.length > 0 ? open : roles;
  return candidates.reduce<Role | undefined>(
    (latest, role) => (!latest || (role.from ?? '') > (latest.from ?? '') ? role : latest),
    undefined,
  );
}

function RoleLine({ role, lang, current }: { role: Role; lang: UiLang; current: boolean }) {
  // An earlier role with a start but no end must not read "since": only the year it is attested.
  const period =
    !current && role.from && !role.to
      ? formatIsoDate(role.from, lang)
      : formatPeriod(role.from, role.to, lang);
  return (
    <>
      {role.title[lang]}, {role.org}
      {period && <span class="kp-period"> ({period})</span>}
    </>
  );
}

/** Who an expert is, what they have said and who reads the matter differently. */
export function ExpertCard({ person, index, lang, headingId }: ExpertCardProps) {
  const current = currentRole(person.roles);
  const earlier = person.roles.filter((role) => role !== current);
  return (
    <article class="kp-card kp-expert">
      <header class="kp-card-header">
        <p class="kp-kind">{t(lang, `kind.${person.kind}`)}</p>
        <h2 id={headingId} class="kp-title">
          {person.name}
        </h2>
        {current && (
          <p class="kp-role">
            <RoleLine role={current} lang={lang} current />
          </p>
        )}
      </header>

      {earlier.length > 0 && (
        <section class="kp-section">
          <h3 class="kp-section-title">{t(lang, 'expert.roleHistory')}</h3>
          <ul class="kp-compact-list">
            {earlier.map((role, i) => (
              <li key={i}>
                <RoleLine role={role} lang={lang} current={false} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <dl class="kp-facts">
        <dt>{t(lang, 'expert.field')}</dt>
        <dd>{person.field[lang]}</dd>
        <dt>{t(lang, 'expert.bio')}</dt>
        <dd>{person.bio[lang]}</dd>
      </dl>

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
                  {differ.sourceId && <SourceCitation source={index.source(differ.sourceId)} lang={lang} />}
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
    </article>
  );
}
