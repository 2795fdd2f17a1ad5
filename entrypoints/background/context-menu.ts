/**
 * The "Note on this passage" context-menu entry on selected text. The background only forwards the click:
 * the content script knows the article's text and owns the editor.
 */
import { browser } from 'wxt/browser';

export const PASSAGE_MENU_ID = 'kontext-note-on-passage';

const TITLES = { en: 'Note on this passage', de: 'Notiz zu dieser Passage' } as const;

/** Call once when the background starts; the entry is (re)created on install and update. */
export function registerPassageMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    const lang = browser.i18n.getUILanguage().toLowerCase().startsWith('de') ? 'de' : 'en';
    // removeAll first: an update re-runs onInstalled, and creating an existing id is an error.
    void browser.contextMenus
      .removeAll()
      .then(() =>
        browser.contextMenus.create({ id: PASSAGE_MENU_ID, title: TITLES[lang], contexts: ['selection'] }),
      );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== PASSAGE_MENU_ID || tab?.id === undefined) return;
    // Pages without our content script have no receiver; there is nothing to do there.
    void browser.tabs
      .sendMessage(tab.id, { type: 'passage:note-from-selection' }, { frameId: info.frameId ?? 0 })
      .catch(() => undefined);
  });
}
