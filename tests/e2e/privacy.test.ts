import { beforeAll, expect, it } from 'vitest';
import {
  clickInNotesFrame,
  waitForNotesFrameText,
  typeInNotesFrame,
  hoverEntity,
  openExtensionPage,
  openFixture,
  waitForMarks,
  useExtensionSession,
} from './harness';

const session = useExtensionSession();
const requested: string[] = [];

beforeAll(() => {
  // Every request any page or the extension makes, whether or not something answers it.
  session.context.on('request', (request) => requested.push(request.url()));
});

it('sends nothing anywhere while reading, noting, exporting notes and settings: the only requests are the article and the extension’s own files', async () => {
  const url = 'https://www.spiegel.de/ausland/kontext-privacy';
  const page = await openFixture(session, url, 'de-ballbach.html');
  await waitForMarks(page);
  await hoverEntity(page, 'eric-ballbach');
  await clickInNotesFrame(page, /notiz|note/i);
  await typeInNotesFrame(page, 'Privat: nur für mich.');
  await clickInNotesFrame(page, /speichern|save/i);
  await waitForNotesFrameText(page, 'Notiz gespeichert.');
  const notes = await openExtensionPage(session, 'notes.html');
  await notes.waitForLoadState('load');
  await notes.getByText('Privat: nur für mich.').waitFor();
  // Exporting writes a local file; nothing leaves the browser.
  const [notesFile] = await Promise.all([
    notes.waitForEvent('download'),
    notes.getByRole('button', { name: 'Export shown notes' }).click(),
  ]);
  expect(await notesFile.failure()).toBeNull();
  const popup = await openExtensionPage(session, 'popup.html');
  await popup.waitForLoadState('load');
  const options = await openExtensionPage(session, 'options.html');
  const [settingsFile] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export settings' }).click(),
  ]);
  expect(await settingsFile.failure()).toBeNull();

  const outside = requested.filter((u) => u !== url && !u.startsWith('chrome-extension://'));
  expect(requested).toContain(url);
  expect(outside).toEqual([]);
  // Only blob: and data: downloads were made, which never touch the network.
  expect([notesFile.url(), settingsFile.url()].every((u) => /^(blob|data):/.test(u))).toBe(true);
  await options.close();
  await popup.close();
  await notes.close();
  await page.close();
});

it('lets no page load the note frame by the extension’s address, so a page cannot tell Kontext is installed that way', async () => {
  const page = await openFixture(session, 'https://www.spiegel.de/ausland/kontext-probe', 'de-ballbach.html');
  await waitForMarks(page);
  // Kontext's own frame works (the card shows the reader's notes in it)...
  await hoverEntity(page, 'eric-ballbach');
  await waitForNotesFrameText(page, 'Ihre Notizen');
  // ...but the page's attempts to load it by the fixed address get nothing.
  const probe = await page.evaluate(async (id) => {
    let fetched: string;
    try {
      fetched = String((await fetch(`chrome-extension://${id}/notes-frame.html`)).status);
    } catch {
      fetched = 'refused';
    }
    const frame = document.createElement('iframe');
    frame.src = `chrome-extension://${id}/notes-frame.html`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    return { fetched };
  }, session.extensionId);
  expect(probe.fetched).toBe('refused');
  const probed = page.frames().filter((f) => f.parentFrame() === page.mainFrame());
  // The page's own frame ends on the browser's error page; only Kontext's frame shows the editor.
  expect(probed.map((f) => f.url().split('#')[0]).sort()).toEqual([
    'chrome-error://chromewebdata/',
    `chrome-extension://${session.extensionId}/notes-frame.html`,
  ]);
  await page.close();
});
