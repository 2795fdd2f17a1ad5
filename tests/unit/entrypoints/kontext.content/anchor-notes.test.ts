// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describePassage } from '@/core/anchoring/describe-passage';
import { anchorNotes, type PassageNote } from '@/entrypoints/kontext.content/anchor-notes';
import { indexText } from '@/entrypoints/kontext.content/text-offsets';
import { passageNote, passageTarget } from '../../core/notes/fixtures';

const ORIGINAL =
  '<p>The committee met on Tuesday.</p><p>Its chair said the budget would rise by four percent next year.</p><p>Nobody objected.</p>';

function noteOn(html: string, quote: string, id: string): PassageNote {
  document.body.innerHTML = `<article>${html}</article>`;
  const text = indexText(document.querySelector('article')!).text;
  const start = text.indexOf(quote);
  const note = passageNote({
    id,
    target: passageTarget({ selectors: describePassage(text, start, start + quote.length) }),
  });
  return note as PassageNote;
}

/** Runs every slice at once but counts them, so a test can see the work was split. */
function countingScheduler() {
  const counter = {
    slices: 0,
    schedule: (work: () => void) => {
      counter.slices += 1;
      work();
    },
  };
  return counter;
}

describe('anchorNotes', () => {
  it('finds a passage again in an edited page, without changing the page, and reports each note found or not', async () => {
    const kept = noteOn(
      ORIGINAL,
      'budget would rise by four percent',
      '11111111-1111-4111-8111-111111111111',
    );
    const removed = noteOn(ORIGINAL, 'Nobody objected', '22222222-2222-4222-8222-222222222222');
    document.body.innerHTML =
      '<article><p>An update was added on top.</p><p>The committee met on Wednesday.</p><p>Its chair said the budget would rise by four percent next year.</p></article>';
    const root = document.querySelector('article')!;
    const before = root.innerHTML;
    const reports: Array<[string, boolean]> = [];
    const shown: Array<[string, string]> = [];
    await anchorNotes(root, [kept, removed], {
      report: (id, found) => reports.push([id, found]),
      show: (id, range) => shown.push([id, range.toString()]),
      schedule: countingScheduler().schedule,
    });
    expect(reports).toEqual([
      [kept.id, true],
      [removed.id, false],
    ]);
    expect(shown).toEqual([[kept.id, 'budget would rise by four percent']]);
    expect(root.innerHTML).toBe(before);
  });

  it('works through many notes in slices and stops when asked', async () => {
    const notes = Array.from({ length: 20 }, (_, i) =>
      noteOn(ORIGINAL, 'Nobody objected', `33333333-3333-4333-8333-${String(i).padStart(12, '0')}`),
    );
    document.body.innerHTML = '<article><p>Entirely different text now.</p></article>';
    const root = document.querySelector('article')!;
    const counter = countingScheduler();
    const reports: string[] = [];
    await anchorNotes(root, notes, {
      report: (id) => reports.push(id),
      show: () => undefined,
      schedule: counter.schedule,
    });
    expect(reports).toHaveLength(20);
    expect(counter.slices).toBeGreaterThan(1);

    const stoppedReports: string[] = [];
    let stopped = false;
    await anchorNotes(root, notes, {
      report: (id) => {
        stoppedReports.push(id);
        stopped = true;
      },
      show: () => undefined,
      schedule: countingScheduler().schedule,
      stopped: () => stopped,
    });
    expect(stoppedReports.length).toBeLessThan(20);
  });
});
