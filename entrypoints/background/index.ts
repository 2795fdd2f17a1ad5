import { browser } from 'wxt/browser';
import { isNoteMessage, NOTES_IMPORT_PORT } from '@/core/notes/messages';
import { answerImportPort } from './import-port';
import { registerPassageMenu } from './context-menu';
import { answerNoteMessageFrom } from './note-sender-policy';
import { moveRegisteredProbes } from './inject-content';
import { NoteStore } from './note-store';
import { notesFrameNonces } from './notes-frame-nonces';
import { routeMessage } from './route-message';
import { settingsArea } from './site-settings';
import { forgetTab } from './tab-status';

export default defineBackground(() => {
  // Opens lazily on the first notes message, and again after the worker was stopped.
  const notes = new NoteStore();
  registerPassageMenu();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update') void moveRegisteredProbes().catch(() => undefined);
  });
  // Moves a per-site off list from an older version into the settings before anyone reads them.
  void settingsArea();
  browser.runtime.onMessage.addListener((message, sender) =>
    isNoteMessage(message)
      ? answerNoteMessageFrom(notes, message, sender, browser.runtime.getURL('/'))
      : routeMessage(message, sender),
  );
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === NOTES_IMPORT_PORT) answerImportPort(notes, port, browser.runtime.getURL('/'));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void notesFrameNonces.forgetTab(tabId);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'next-highlight') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined)
      await browser.tabs.sendMessage(tab.id, { type: 'highlight:next' }).catch(() => undefined);
  });
});
