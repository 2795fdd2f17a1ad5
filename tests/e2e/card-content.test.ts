import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/browser/launch-extension';
import { bundledDataset } from '../../core/dataset/bundled-dataset';
import { hoverEntity, openPage, useExtensionSession, waitForMarks } from './harness';

const session = useExtensionSession();

const ARTICLE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Moscow and Pyongyang: the treaty in practice</title></head>
<body>
<main><article>
  <h1>Moscow and Pyongyang: the treaty in practice</h1>
  <p>Sergei Shoigu travelled to Pyongyang for talks with Kim Jong Un about military cooperation between
     Russia and North Korea under their treaty on mutual assistance.</p>
  <p>Western governments say North Korea has supplied Russia with artillery shells and ballistic missiles
     for the war against Ukraine, in breach of UN sanctions, and that Moscow helps in return.</p>
</article></main>
</body>
</html>`;

describe('card content, which the background holds', () => {
  it('ships bios, timelines and statuses in the background only, not in the content script', () => {
    const built = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8');
    const contentScript = built('content-scripts/kontext.js');
    const background = built('background.js');
    const cha = bundledDataset.people.find((p) => p.id === 'victor-cha')!;
    const claim = bundledDataset.claims.find((c) => c.timeline.length > 0 && c.status)!;
    // As they appear in a bundle: JSON-escaped, and once more inside the string the script parses.
    for (const text of [cha.bio.en, claim.timeline[0]!.text.en, claim.status!.note.en]) {
      const words = text.slice(0, 40);
      expect(background.includes(words), words).toBe(true);
      expect(contentScript.includes(words), words).toBe(false);
    }
    // What finding needs is there.
    expect(contentScript.includes(cha.aliases[0]!.text)).toBe(true);
  });

  it('opens a card with its content after the service worker was stopped', async () => {
    const page = await openPage(session, 'https://www.reuters.com/world/kontext-card-content', ARTICLE);
    await waitForMarks(page);
    expect(await page.locator('kontext-mark[data-kontext-id="victor-cha"]').count()).toBe(0);

    // An idle MV3 worker is stopped by the browser; the page's next card must wake it.
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');

    // A paragraph the page adds later names an expert whose card content the page has not fetched yet.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Victor Cha said the shells and missiles from North Korea kept Russia firing.';
      document.querySelector('article')!.append(p);
    });
    await page.locator('kontext-mark[data-kontext-id="victor-cha"]').first().waitFor();
    const card = await hoverEntity(page, 'victor-cha');
    expect(card).toContain('Victor Cha');
    // The role he took up last leads the card (his Georgetown chair is one step away, under "More").
    expect(card).toContain('Korea Chair');
    await page.close();
  });
});
