import { t, type UiLang } from './ui-strings';

/*
 * Month names are spelled out here rather than taken from Intl: the dataset's dates are partial
 * (a year, or a year and month), which Intl cannot format without inventing a day, and the
 * output must not depend on which ICU data the browser or Node build carries.
 */
const MONTHS: Record<UiLang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
};

/**
 * A dataset date ('2023', '2023-10' or '2023-10-13') as a reader writes it:
 * en '2023', 'October 2023', '13 October 2023'; de '2023', 'Oktober 2023', '13. Oktober 2023'.
 * Anything else is returned unchanged, so a bad date shows as itself instead of breaking the card.
 */
export function formatIsoDate(date: string, lang: UiLang): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  if (!month) return year!;
  const monthName = MONTHS[lang][Number(month) - 1];
  if (!monthName) return date;
  if (!day) return `${monthName} ${year}`;
  const dayNumber = Number(day);
  if (dayNumber < 1 || dayNumber > 31) return date;
  return lang === 'de' ? `${dayNumber}. ${monthName} ${year}` : `${dayNumber} ${monthName} ${year}`;
}

/** A role's period: 'since 2019', 'until 2021', '2015 – 2019', or nothing when undated. */
export function formatPeriod(
  from: string | undefined,
  to: string | undefined,
  lang: UiLang,
  /** `from` is only the earliest date a source shows (see RoleSchema.fromSeen), not the start. */
  fromSeen = false,
): string | undefined {
  if (from && to)
    return t(lang, fromSeen ? 'date.seenRange' : 'date.range', {
      from: formatIsoDate(from, lang),
      to: formatIsoDate(to, lang),
    });
  if (from) return t(lang, fromSeen ? 'date.seenSince' : 'date.since', { from: formatIsoDate(from, lang) });
  if (to) return t(lang, 'date.until', { to: formatIsoDate(to, lang) });
  return undefined;
}
