/** The notes page's words in German and English; the page follows the browser's language. */
export type NotesLanguage = 'de' | 'en';

export interface NotesStrings {
  title: string;
  loading: string;
  /** While the rest of a large collection is still arriving. */
  loadingMore: (loaded: number, total: number) => string;
  importProgress: string;
  importReading: (done: number, total: number) => string;
  importWriting: (done: number, total: number) => string;
  empty: string;
  noMatch: string;
  shown: (shown: number, total: number) => string;
  search: string;
  allEntities: string;
  allSites: string;
  allTags: string;
  filterEntity: string;
  filterSite: string;
  filterTag: string;
  expert: string;
  claim: string;
  passage: string;
  edit: string;
  save: string;
  cancel: string;
  delete: string;
  openPage: string;
  openPassage: string;
  tagsLabel: string;
  textLabel: string;
  deleted: string;
  undo: string;
  dismiss: string;
  exportShown: string;
  importFile: string;
  importTooBig: string;
  imported: (count: number) => string;
  skipped: (count: number) => string;
  rejected: (count: number) => string;
  rejectedItem: (index: number, reason: string) => string;
  created: string;
  updated: string;
  orphanedOnly: (count: number) => string;
  orphaned: string;
  /** An edit of a note that another tab deleted meanwhile: refused, the text stays in the editor. */
  deletedElsewhere: string;
  /** The browser's storage for Kontext is full: nothing was written. */
  saveAsNew: string;
  quotaSave: string;
  quotaImport: string;
}

const de: NotesStrings = {
  title: 'Meine Notizen',
  loading: 'Notizen werden geladen …',
  loadingMore: (loaded, total) =>
    `${loaded.toLocaleString('de')} von ${total.toLocaleString('de')} Notizen geladen, der Rest folgt …`,
  importProgress: 'Fortschritt des Imports',
  importReading: (done, total) =>
    `Import: ${done.toLocaleString('de')} von ${total.toLocaleString('de')} Einträgen geprüft …`,
  importWriting: (done, total) =>
    `Import: ${done.toLocaleString('de')} von ${total.toLocaleString('de')} Notizen geschrieben …`,
  empty:
    'Noch keine Notizen. Notizen entstehen über „Notiz hinzufügen“ in einer Karte oder über eine Textauswahl.',
  noMatch: 'Keine Notiz passt zu Suche und Filtern.',
  shown: (shown, total) => (shown === total ? `${total} Notizen` : `${shown} von ${total} Notizen`),
  search: 'Notizen durchsuchen',
  allEntities: 'Alle Personen und Aussagen',
  allSites: 'Alle Websites',
  allTags: 'Alle Schlagwörter',
  filterEntity: 'Nach Person oder Aussage filtern',
  filterSite: 'Nach Website filtern',
  filterTag: 'Nach Schlagwort filtern',
  expert: 'Person',
  claim: 'Aussage',
  passage: 'Textstelle',
  edit: 'Bearbeiten',
  save: 'Speichern',
  cancel: 'Abbrechen',
  delete: 'Löschen',
  openPage: 'Seite öffnen',
  openPassage: 'Textstelle öffnen',
  tagsLabel: 'Schlagwörter (durch Komma getrennt)',
  textLabel: 'Notiz',
  deleted: 'Notiz gelöscht.',
  undo: 'Rückgängig',
  dismiss: 'Schließen',
  exportShown: 'Angezeigte Notizen exportieren',
  importFile: 'Notizen importieren',
  importTooBig: 'Die Datei ist größer als 60 MB und wurde nicht gelesen. Es wurde nichts importiert.',
  imported: (count) => `${count} ${count === 1 ? 'Notiz' : 'Notizen'} importiert.`,
  skipped: (count) => `${count} übersprungen (bereits vorhanden).`,
  rejected: (count) => `${count} abgelehnt:`,
  rejectedItem: (index, reason) => `Eintrag ${index + 1}: ${reason}`,
  created: 'erstellt',
  updated: 'geändert',
  orphanedOnly: (count) => `Nur nicht wiedergefundene Textstellen (${count})`,
  saveAsNew: 'Als neue Notiz speichern',
  deletedElsewhere:
    'Diese Notiz wurde in einem anderen Tab gelöscht, daher wurde die Änderung nicht gespeichert. Ihr Text ist noch da: kopieren oder als neue Notiz speichern.',
  quotaSave:
    'Der Browser hat keinen Platz mehr für Kontext-Notizen, daher wurde nichts gespeichert. Ihr Text ist noch da; bitte Speicherplatz freigeben oder alte Notizen löschen und erneut versuchen.',
  quotaImport:
    'Der Browser hat keinen Platz mehr für Kontext-Notizen, daher wurde nichts importiert (keine einzige Notiz der Datei). Bitte Speicherplatz freigeben oder alte Notizen löschen und die Datei erneut importieren.',
  orphaned: 'Beim letzten Besuch war diese Textstelle nicht mehr auf der Seite zu finden.',
};

const en: NotesStrings = {
  title: 'My notes',
  loading: 'Loading notes …',
  loadingMore: (loaded, total) =>
    `${loaded.toLocaleString('en')} of ${total.toLocaleString('en')} notes loaded, the rest is on its way …`,
  importProgress: 'Import progress',
  importReading: (done, total) =>
    `Import: checked ${done.toLocaleString('en')} of ${total.toLocaleString('en')} items …`,
  importWriting: (done, total) =>
    `Import: wrote ${done.toLocaleString('en')} of ${total.toLocaleString('en')} notes …`,
  empty: 'No notes yet. Add one with “Add note” in a card or by selecting a passage.',
  noMatch: 'No note matches the search and filters.',
  shown: (shown, total) => (shown === total ? `${total} notes` : `${shown} of ${total} notes`),
  search: 'Search notes',
  allEntities: 'All people and claims',
  allSites: 'All sites',
  allTags: 'All tags',
  filterEntity: 'Filter by person or claim',
  filterSite: 'Filter by site',
  filterTag: 'Filter by tag',
  expert: 'Person',
  claim: 'Claim',
  passage: 'Passage',
  edit: 'Edit',
  save: 'Save',
  cancel: 'Cancel',
  delete: 'Delete',
  openPage: 'Open page',
  openPassage: 'Open at passage',
  tagsLabel: 'Tags (comma separated)',
  textLabel: 'Note',
  deleted: 'Note deleted.',
  undo: 'Undo',
  dismiss: 'Dismiss',
  exportShown: 'Export shown notes',
  importFile: 'Import notes',
  importTooBig: 'The file is larger than 60 MB and was not read. Nothing was imported.',
  imported: (count) => `Imported ${count} ${count === 1 ? 'note' : 'notes'}.`,
  skipped: (count) => `Skipped ${count} (already there).`,
  rejected: (count) => `Rejected ${count}:`,
  rejectedItem: (index, reason) => `item ${index + 1}: ${reason}`,
  created: 'created',
  updated: 'changed',
  orphanedOnly: (count) => `Only passages not found again (${count})`,
  saveAsNew: 'Save as a new note',
  deletedElsewhere:
    'This note was deleted in another tab, so your edit was not saved. Your text is still here: copy it, or save it as a new note.',
  quotaSave:
    'Your browser has no room left for Kontext notes, so nothing was saved. Your text is still here; free some disk space or delete old notes, then try again.',
  quotaImport:
    'Your browser has no room left for Kontext notes, so nothing was imported (not a single note of the file). Free some disk space or delete old notes, then import the file again.',
  orphaned: 'On the last visit this passage could no longer be found on the page.',
};

export function notesStrings(language: NotesLanguage): NotesStrings {
  return language === 'de' ? de : en;
}
