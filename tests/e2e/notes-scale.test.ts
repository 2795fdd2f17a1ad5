import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Note } from '@/core/notes/note';
import { exportAnnotations } from '../../core/notes/web-annotation';
import { openExtensionPage, useExtensionSession } from './harness';

const session = useExtensionSession();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const COUNT = 3_000;
/** The one note that says this; it is 2,872nd of 3,000, newest first. */
const DEEP = 2_871;
const DEEP_WORD = 'Eisenbahnfähre';

/** Notes a minute apart, newest first, each on a different passage-free expert note. */
function collection(): Note[] {
  return Array.from({ length: COUNT }, (_, n) => ({
    id: crypto.randomUUID(),
    createdAt: new Date(Date.UTC(2026, 0, 1) - n * 60_000).toISOString(),
    updatedAt: new Date(Date.UTC(2026, 0, 1) - n * 60_000).toISOString(),
    text: n === DEEP ? `${DEEP_WORD} nach Rason, Note ${n}` : `Reading note ${n} on the treaty`,
    tags: n % 7 === 0 ? ['treaty'] : [],
    target: { type: 'entity', kind: 'expert', entityId: `expert-${n % 40}` },
  }));
}

describe('notes at scale in Chromium', () => {
  it('imports thousands of notes with visible progress, lists them virtually and finds one deep in the list', async () => {
    const page = await openExtensionPage(session, 'notes.html');
    await page.getByText('No notes yet').waitFor();
    // Records every progress line the page shows, however briefly.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      new MutationObserver(() => {
        const line = document.querySelector('.notes-progress');
        if (line?.textContent && seen.at(-1) !== line.textContent) seen.push(line.textContent);
      }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });

    await page.locator('input[type="file"]').setInputFiles({
      name: 'years-of-notes.jsonld',
      mimeType: 'application/ld+json',
      buffer: Buffer.from(exportAnnotations(collection(), new Date())),
    });
    await page.getByText(`Imported ${COUNT} notes.`).waitFor({ timeout: 60_000 });

    const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    expect(progress.some((line) => /checked [\d,]+ of 3,000 items/.test(line))).toBe(true);
    expect(progress.some((line) => /wrote [\d,]+ of 3,000 notes/.test(line))).toBe(true);

    await page.getByText(`${COUNT} notes`, { exact: true }).waitFor({ timeout: 30_000 });
    const rows = page.locator('li.note');
    const rendered = await rows.count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(100);
    // A screen reader still hears where a row is in the whole list.
    await expect.poll(() => rows.first().getAttribute('aria-setsize')).toBe(String(COUNT));
    expect(await rows.first().getAttribute('aria-posinset')).toBe('1');

    // Scrolling to the end brings the oldest note into the DOM, still without the thousands before it.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.getByText(`Reading note ${COUNT - 1} on the treaty`).waitFor();
    expect(await rows.count()).toBeLessThan(100);

    // Search reads the index, which grew page by page: the deep note is found without scrolling to it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('searchbox').fill(DEEP_WORD);
    await page.getByText(`1 of ${COUNT} notes`).waitFor();
    await page.getByText(`${DEEP_WORD} nach Rason, Note ${DEEP}`).waitFor();
    expect(await rows.count()).toBe(1);

    await page.getByRole('searchbox').fill('');
    await page.getByText(`${COUNT} notes`, { exact: true }).waitFor();
    await page.evaluate(axeSource);
    const axe = await page.evaluate(async () => {
      const result = await (
        globalThis as unknown as {
          axe: {
            run(
              ctx: unknown,
            ): Promise<{ violations: { id: string; impact: string | null }[]; passes: unknown[] }>;
          };
        }
      ).axe.run({ include: ['main'] });
      return {
        serious: result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => v.id),
        passes: result.passes.length,
      };
    });
    expect(axe.passes).toBeGreaterThan(5);
    expect(axe.serious).toEqual([]);
    await page.close();
  });
});
