import { describe, expect, it } from 'vitest';
import type { MatcherEntry } from '../../../../core/matcher/compile-matcher';
import { buildNameTables, compileNameIndex } from '../../../../core/matcher/name-index';

const entry = (text: string, id: string, rules: Partial<MatcherEntry> = {}): MatcherEntry => ({
  text,
  id,
  kind: 'expert',
  ...rules,
});

const tables = buildNameTables([
  entry('Dr. Eric J. Ballbach', 'ballbach'),
  entry('Eric Ballbach', 'ballbach'),
  entry('Ballbach', 'ballbach', { afterFullName: true }),
  entry('Jenny Town', 'town'),
  entry('Town', 'town', { afterFullName: true, ambiguous: true }),
  entry('Pak', 'pak', { ambiguous: true }),
  entry("Michael O'Hanlon", 'ohanlon'),
]);
const index = compileNameIndex(tables);

/** Every name the index finds in `text`, as [matched text, id], reading on after each. */
function names(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (let hit = index.next(text, 0); hit; hit = index.next(text, hit.end))
    out.push([text.slice(hit.index, hit.end), hit.entry.id]);
  return out;
}

describe('buildNameTables', () => {
  it('leaves out an alias that may never count, and keeps what a page needs to read a name', () => {
    expect(tables.names.map(([key]) => key)).not.toContain('pak');
    expect(tables.names).toContainEqual(['town', 'town', true, 'Town']);
    expect(tables.names).toContainEqual(['ballbach', 'ballbach', true]);
    expect(tables.dotted.sort()).toEqual(['dr', 'j']);
    expect(tables.prefixes).toContain('dr. eric j.');
    // Plain data: the build ships it in the content script as JSON.
    expect(JSON.parse(JSON.stringify(tables))).toEqual(tables);
  });
});

describe('compileNameIndex', () => {
  it('reads titles and initials with their full stops, and the longest alias wins', () => {
    expect(names('Laut Dr. Eric J. Ballbach und Eric Ballbach.')).toEqual([
      ['Dr. Eric J. Ballbach', 'ballbach'],
      ['Eric Ballbach', 'ballbach'],
    ]);
    // Without the stop, the title is a word of its own and the name starts after it.
    expect(names('Dr Eric Ballbach')).toEqual([['Eric Ballbach', 'ballbach']]);
  });

  it('keeps apostrophes inside a name and takes a possessive or a closing quote with it', () => {
    expect(names("Michael O'Hanlon's view; 'Ballbach' and Ballbachs’ book")).toEqual([
      ["Michael O'Hanlon's", 'ohanlon'],
      ["Ballbach'", 'ballbach'],
      ['Ballbachs’', 'ballbach'],
    ]);
  });

  it('never starts a name inside a word, even when asked to read on from inside it', () => {
    const text = 'Die Eric-Ballbach-Studie, nicht XEric Ballbach.';
    expect(names(text)).toEqual([
      ['Eric-Ballbach', 'ballbach'],
      ['Ballbach', 'ballbach'],
    ]);
    // From the E of "XEric" on, "Eric Ballbach" would be a name; inside the word it is not one.
    const hit = index.next(text, text.indexOf('Eric Ballbach.'));
    expect(hit && text.slice(hit.index, hit.end)).toBe('Ballbach');
  });
});
