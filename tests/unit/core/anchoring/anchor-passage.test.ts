import { describe, expect, it } from 'vitest';
import { anchorPassage, maxErrorsFor, MAX_FUZZY_ERRORS } from '@/core/anchoring/anchor-passage';
import { describePassage } from '@/core/anchoring/describe-passage';

// Our own sample text, written for these tests.
const original = [
  'Die Delegation traf am Dienstag in der Hauptstadt ein und sprach zuerst über Zölle.',
  'Nach dem Treffen erklärte die Sprecherin, man habe sich auf einen weiteren Termin im Herbst geeinigt.',
  'Beobachter halten die Einigung für vorläufig, weil wichtige Fragen zur Finanzierung offen bleiben.',
].join('\n\n');

function selectorsFor(text: string, passage: string) {
  const start = text.indexOf(passage);
  return describePassage(text, start, start + passage.length);
}

const passage = 'man habe sich auf einen weiteren Termin im Herbst geeinigt';

describe('anchorPassage', () => {
  it('finds an unchanged passage exactly where it was', () => {
    const selectors = selectorsFor(original, passage);
    expect(anchorPassage(original, selectors)).toEqual({
      start: selectors.position.start,
      end: selectors.position.end,
      how: 'exact',
    });
  });

  it('follows the passage when a paragraph is inserted before it', () => {
    const selectors = selectorsFor(original, passage);
    const edited = 'Ein neuer erster Absatz, den die Redaktion später ergänzt hat.\n\n' + original;
    const anchor = anchorPassage(edited, selectors);
    expect(anchor?.how).toBe('exact');
    expect(edited.slice(anchor!.start, anchor!.end)).toBe(passage);
  });

  it('finds the passage approximately when a word in it changed', () => {
    const selectors = selectorsFor(original, passage);
    const edited = 'Vorab: ' + original.replace('weiteren Termin', 'zweiten Termin');
    const anchor = anchorPassage(edited, selectors);
    expect(anchor?.how).toBe('fuzzy');
    expect(edited.slice(anchor!.start, anchor!.end)).toBe(
      'man habe sich auf einen zweiten Termin im Herbst geeinigt',
    );
  });

  it('tells repeated quotes apart by their context, not by the first occurrence', () => {
    const text = 'Er sagte: Das ist offen. Sie sagte später: Das ist offen. Ende.';
    const second = text.lastIndexOf('Das ist offen');
    const selectors = describePassage(text, second, second + 'Das ist offen'.length);
    const shifted = 'Zusatz. ' + text;
    const anchor = anchorPassage(shifted, selectors);
    expect(anchor).toEqual({ start: second + 8, end: second + 8 + 'Das ist offen'.length, how: 'exact' });
  });

  it('falls back to the stored position when the context of every copy changed', () => {
    const text = 'xx Termin yy Termin zz';
    const at = text.lastIndexOf('Termin');
    const selectors = describePassage(text, at, at + 'Termin'.length);
    const edited = 'aa Termin bb Termin cc';
    expect(anchorPassage(edited, selectors)).toEqual({ start: at, end: at + 6, how: 'position' });
  });

  it('reports a passage that is gone as not found (an orphan), never a wrong place', () => {
    const selectors = selectorsFor(original, passage);
    const rewritten = 'Ein völlig anderer Artikel über Wetter und Verkehr, ohne jede Verbindung zum Treffen.';
    expect(anchorPassage(rewritten, selectors)).toBeNull();
  });

  it('bounds the fuzzy error budget so long quotes cannot make the search unbounded', () => {
    expect(maxErrorsFor('abcd')).toBe(0);
    expect(maxErrorsFor('a'.repeat(50))).toBe(10);
    expect(maxErrorsFor('a'.repeat(5000))).toBe(MAX_FUZZY_ERRORS);
  });

  it('stays fast on a long page where a long quote is gone', () => {
    const quote = 'x'.repeat(3000);
    const selectors = describePassage(quote, 0, quote.length);
    const page = 'Lorem ipsum dolor sit amet. '.repeat(40_000);
    const started = performance.now();
    expect(anchorPassage(page, selectors)).toBeNull();
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
