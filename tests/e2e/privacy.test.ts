import { beforeAll, expect, it } from 'vitest';
import {
  clickInUi,
  hoverEntity,
  openExtensionPage,
  openFixture,
  POPOVER,
  typeInUi,
  waitForMarks,
  useExtensionSession,
} from './harness';

const session = useExtensionSession();
const requested: string[] = [];

beforeAll(() => {
  // Every request any page or the extension makes, whether or not something answers it.
  session.context.on('request', (request) => requested.push(request.url()));
});

it('sends nothing anywhere: the only requests are the article itself and the extension’s own files', async () => {
  const url = 'https://www.spiegel.de/ausland/kontext-privacy';
  const page = await openFixture(session, url, 'de-ballbach.html');
  await waitForMarks(page);
  await hoverEntity(page, 'eric-ballbach');
  await clickInUi(page, POPOVER, { role: 'button', name: /notiz|note/i });
  await typeInUi(page, POPOVER, { role: 'textbox' }, 'Privat: nur für mich.');
  await clickInUi(page, POPOVER, { role: 'button', name: /speichern|save/i });
  await page.waitForTimeout(500);
  const notes = await openExtensionPage(session, 'notes.html');
  await notes.waitForLoadState('load');
  await notes.waitForTimeout(500);
  const popup = await openExtensionPage(session, 'popup.html');
  await popup.waitForLoadState('load');

  const outside = requested.filter((u) => u !== url && !u.startsWith('chrome-extension://'));
  expect(requested).toContain(url);
  expect(outside).toEqual([]);
  await popup.close();
  await notes.close();
  await page.close();
});
