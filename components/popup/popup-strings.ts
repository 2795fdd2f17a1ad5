/** The toolbar popup's words in German and English; it follows the browser's language. */
export type PopupLanguage = 'de' | 'en';

const en = {
  title: 'Kontext',
  onTopic: 'This page covers Russia–North Korea relations.',
  offTopic: 'This page is not about Russia–North Korea relations; Kontext left it untouched.',
  notAnalysed: 'Kontext has not looked at this page.',
  notAnalysedHint: 'It runs on the listed news sites, or here after you allow it.',
  why: 'Why',
  score: 'Score',
  experts: 'Experts and officials',
  claims: 'Claims',
  none: 'none found',
  showInPage: 'Show in the page',
  siteOn: 'Kontext on {host}',
  runHere: 'Run Kontext on {host}',
  runHereHint: 'Asks your permission for this site only. Nothing is ever sent anywhere.',
  notes: 'Your notes',
  settings: 'Settings',
  noPage: 'Open a news article to use Kontext.',
  error: 'Kontext could not answer: {error}',
};

const de: typeof en = {
  title: 'Kontext',
  onTopic: 'Diese Seite behandelt die Beziehungen zwischen Russland und Nordkorea.',
  offTopic: 'Diese Seite handelt nicht von Russland und Nordkorea; Kontext hat sie unverändert gelassen.',
  notAnalysed: 'Kontext hat diese Seite nicht untersucht.',
  notAnalysedHint: 'Es läuft auf den gelisteten Nachrichtenseiten oder hier, wenn Sie es erlauben.',
  why: 'Warum',
  score: 'Wert',
  experts: 'Fachleute und Offizielle',
  claims: 'Behauptungen',
  none: 'keine gefunden',
  showInPage: 'Im Text zeigen',
  siteOn: 'Kontext auf {host}',
  runHere: 'Kontext auf {host} ausführen',
  runHereHint: 'Fragt nur für diese Seite um Erlaubnis. Es wird nie etwas gesendet.',
  notes: 'Ihre Notizen',
  settings: 'Einstellungen',
  noPage: 'Öffnen Sie einen Nachrichtenartikel, um Kontext zu nutzen.',
  error: 'Kontext konnte nicht antworten: {error}',
};

export type PopupKey = keyof typeof en;

export function popupText(lang: PopupLanguage, key: PopupKey, params: Record<string, string> = {}): string {
  return (lang === 'de' ? de : en)[key].replace(/\{(\w+)\}/g, (all, name: string) => params[name] ?? all);
}

export const popupKeys = Object.keys(en) as PopupKey[];
export const popupTables = { en, de };
