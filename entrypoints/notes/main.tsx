import { render } from 'preact';
import '@/components/notes/notes-page.css';
import { browser } from 'wxt/browser';
import { bundledDataset } from '@/core/dataset/bundled-dataset';
import { indexDataset } from '@/core/dataset/index-dataset';
import type { EntityLabel } from '@/components/notes/note-item';
import { createNotesApi } from '@/components/notes/notes-api';
import { NotesPage } from '@/components/notes/notes-page';
import { notesStrings } from '@/components/notes/notes-strings';
import { pickLanguage } from '@/core/i18n';

const language = pickLanguage(null, navigator.language);
const strings = notesStrings(language);
document.documentElement.lang = language;
document.title = `Kontext – ${strings.title}`;

const dataset = indexDataset(bundledDataset);
const entityLabel: EntityLabel = (kind, id) =>
  kind === 'expert' ? dataset.person(id)?.name : dataset.claim(id)?.statement[language];

/** The notes page reaches the database only through the background, like every other part. */
const api = createNotesApi(
  (message) => browser.runtime.sendMessage(message),
  // An import goes over a port so the page can show how far it is.
  (name) => browser.runtime.connect({ name }),
);

function saveFile(name: string, json: string): void {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/ld+json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click starts the download synchronously; the object URL is no longer needed after it.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const root = document.getElementById('app');
if (root) {
  render(
    <NotesPage
      api={api}
      strings={strings}
      language={language}
      entityLabel={entityLabel}
      saveFile={saveFile}
    />,
    root,
  );
}
