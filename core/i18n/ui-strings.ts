/**
 * Every string the popover shows, in English and German. The English table defines the keys; the
 * German one must have exactly the same keys, so a missing translation is a type error.
 * `{name}` placeholders are filled from the params given to `t`.
 */
export type UiLang = 'de' | 'en';

const en = {
  'popover.close': 'Close',
  'popover.unknownEntity': 'Kontext has no information on this highlight.',
  'popover.unknownTitle': 'Not found',
  'kind.expert': 'Expert',
  'kind.official': 'Official',
  'kind.head-of-state': 'Head of state',
  'expert.role': 'Role',
  'expert.roleHistory': 'Earlier roles',
  'expert.field': 'Field',
  'expert.bio': 'About',
  'expert.positions': 'Positions',
  'expert.noPositions': 'No positions recorded yet.',
  'expert.differs': 'Others see it differently',
  'expert.sources': 'Sources',
  'claim.label': 'Claim',
  'claim.madeBy': 'Made by',
  'claim.madeByOn': '{who}, {date}',
  'claim.madeByOnAt': '{who}, {date}, {where}',
  'claim.timeline': 'How it developed',
  'claim.counter': 'Other sources on this claim',
  'claim.noCounter': 'No other sources recorded yet.',
  'claim.sources': 'What it rests on',
  'claim.unknownPerson': 'unknown',
  'stance.disputes': 'Disputes',
  'stance.qualifies': 'Qualifies',
  'stance.supports': 'Supports',
  'stance.updates': 'Updates',
  'stance.context': 'Context',
  'source.unknown': 'Source not found',
  'source.opensInNewTab': '(opens in a new tab)',
  'date.since': 'since {from}',
  'date.until': 'until {to}',
  'date.range': '{from} – {to}',
  'notes.heading': 'Your notes',
  'notes.empty': 'No notes yet.',
  'notes.add': 'Add note',
  'notes.textLabel': 'Note text',
  'notes.save': 'Save',
  'notes.saving': 'Saving…',
  'notes.cancel': 'Cancel',
  'notes.saved': 'Note saved.',
  'notes.emptyText': 'Please write something first.',
  'notes.updatedAt': 'Last changed {date}',
  'notes.passageLabel': 'Your note on this passage',
  'notes.noAnswer': 'Kontext could not reach its note store. Your text is still here; please try again.',
  'notes.frameTitle': 'Your notes (Kontext)',
  'notes.passageFrameTitle': 'Note on this passage (Kontext)',
  'notes.quota':
    'Your browser has no room left for Kontext notes, so nothing was saved. Your text is still here; free some disk space or delete old notes, then try again.',
} as const satisfies Record<string, string>;

export type UiKey = keyof typeof en;

const de: Record<UiKey, string> = {
  'popover.close': 'Schließen',
  'popover.unknownEntity': 'Kontext hat zu dieser Markierung keine Informationen.',
  'popover.unknownTitle': 'Nicht gefunden',
  'kind.expert': 'Fachperson',
  'kind.official': 'Amtsträger',
  'kind.head-of-state': 'Staatsoberhaupt',
  'expert.role': 'Funktion',
  'expert.roleHistory': 'Frühere Funktionen',
  'expert.field': 'Fachgebiet',
  'expert.bio': 'Zur Person',
  'expert.positions': 'Positionen',
  'expert.noPositions': 'Noch keine Positionen erfasst.',
  'expert.differs': 'Andere sehen es anders',
  'expert.sources': 'Quellen',
  'claim.label': 'Behauptung',
  'claim.madeBy': 'Von',
  'claim.madeByOn': '{who}, {date}',
  'claim.madeByOnAt': '{who}, {date}, {where}',
  'claim.timeline': 'Wie es sich entwickelt hat',
  'claim.counter': 'Andere Quellen zu dieser Behauptung',
  'claim.noCounter': 'Noch keine anderen Quellen erfasst.',
  'claim.sources': 'Worauf sie sich stützt',
  'claim.unknownPerson': 'unbekannt',
  'stance.disputes': 'Widerspricht',
  'stance.qualifies': 'Schränkt ein',
  'stance.supports': 'Stützt',
  'stance.updates': 'Aktualisiert',
  'stance.context': 'Einordnung',
  'source.unknown': 'Quelle nicht gefunden',
  'source.opensInNewTab': '(öffnet in neuem Tab)',
  'date.since': 'seit {from}',
  'date.until': 'bis {to}',
  'date.range': '{from} – {to}',
  'notes.heading': 'Ihre Notizen',
  'notes.empty': 'Noch keine Notizen.',
  'notes.add': 'Notiz hinzufügen',
  'notes.textLabel': 'Text der Notiz',
  'notes.save': 'Speichern',
  'notes.saving': 'Wird gespeichert …',
  'notes.cancel': 'Abbrechen',
  'notes.saved': 'Notiz gespeichert.',
  'notes.emptyText': 'Bitte zuerst etwas schreiben.',
  'notes.updatedAt': 'Zuletzt geändert {date}',
  'notes.passageLabel': 'Ihre Notiz zu dieser Passage',
  'notes.noAnswer':
    'Kontext erreicht seinen Notizspeicher nicht. Ihr Text ist noch da; bitte erneut versuchen.',
  'notes.frameTitle': 'Ihre Notizen (Kontext)',
  'notes.passageFrameTitle': 'Notiz zu dieser Passage (Kontext)',
  'notes.quota':
    'Der Browser hat keinen Platz mehr für Kontext-Notizen, daher wurde nichts gespeichert. Ihr Text ist noch da; bitte Speicherplatz freigeben oder alte Notizen löschen und erneut versuchen.',
};

export const uiStrings: Record<UiLang, Record<UiKey, string>> = { en, de };

export const uiKeys = Object.keys(en) as UiKey[];

/** The string for `key` in `lang`, with `{param}` placeholders filled in. */
export function t(lang: UiLang, key: UiKey, params?: Record<string, string | number>): string {
  const template = uiStrings[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
