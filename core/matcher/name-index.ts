import type { MatcherEntry } from './compile-matcher';
import { normalizeName } from '../text/normalize-text';

/**
 * Finds names by looking words up, not by running a regex of every alias. A regex of the dataset's
 * ~700 aliases costs V8 over 100 ms to compile on a page's first scan (case-insensitive Unicode
 * classes for every letter of every alias), and grows with the dataset; a word lookup costs a few
 * milliseconds to build and the same per word however many aliases there are.
 *
 * What counts as a match is what the alias regex matched before: a name whole, starting and ending
 * at word edges, its words apart by any run of spaces or hyphens, with an optional possessive
 * ending (Ballbachs, Ballbach's, Ballbach’s, Ballbachs’), in any case, in composed or decomposed
 * form, with soft hyphens or zero-width spaces inside its words. The longest alias wins.
 */

/** A word: letters, marks and digits, with apostrophes inside (O'Hanlon, Ballbach's). */
const WORD =
  "[\\p{L}\\p{N}\\p{M}][\\p{L}\\p{N}\\p{M}\\u00AD\\u200B]*(?:['’][\\p{L}\\p{N}\\p{M}\\u00AD\\u200B]+)*";
/** Between the words of a name: any run of spaces (incl. no-break and thin) or hyphens. */
const SEPARATOR = '[\\s\\u00A0\\u2009\\u202F\\-\\u2010-\\u2014]+';
const WORD_CHAR_AT_END = /[\p{L}\p{N}\p{M}]$/u;
const APOSTROPHE = /['’]/;
/** Decomposed letters or invisible characters: a text with none needs no NFC for its words. */
const NEEDS_NORMALIZING = /[\u0300-\u036F\u00AD\u200B]/;

/** The key an alias is stored under: normalised, words apart by one space. */
export function aliasKey(text: string): string {
  return normalizeName(text).replace(/[\s-]+/g, ' ');
}

/** A word without its possessive ending (German genitive, English possessive), or itself. */
function withoutPossessive(word: string): string {
  if (!word.endsWith('s')) return word;
  const before = word.charAt(word.length - 2);
  return word.slice(0, before === "'" || before === '’' ? -2 : -1);
}

/** A name found in a text: where, and the alias entry its words are stored under. */
export interface NameHit {
  index: number;
  end: number;
  entry: MatcherEntry;
}

export interface NameIndex {
  /** The first name starting at or after `from` (and before `to`, where given), or null. */
  next(text: string, from: number, to?: number): NameHit | null;
}

/**
 * The aliases as lookup tables: plain data, built once at build time (core/dataset/finding-data.ts)
 * so that a page only turns a few arrays into sets.
 */
export interface NameTables {
  /**
   * Each alias key ("kim jong un", "jung h. pak") with the person it names; a surname counted only
   * after the full name has `true` third, and an ambiguous one (counted only where written as a
   * name) its alias fourth. Rows, not objects: the content script parses ~700 of them at start.
   */
  names: ([key: string, id: string] | [key: string, id: string, afterFullName: true, ambiguous?: string])[];
  /** Every key's word prefixes ("kim", "kim jong" for "kim jong un"): where reading on can pay. */
  prefixes: string[];
  /** Words that aliases write with a full stop ("dr", "j"): the stop may then belong to the word. */
  dotted: string[];
  /** Every word a name can start with (without a full stop): where most words are turned away. */
  starts: string[];
}

/**
 * The tables for a set of aliases. An alias that may never match alone and has no
 * earlier-full-name rule is left out; of two people sharing an alias, the full-name reading wins
 * over a surname-only one.
 */
export function buildNameTables(entries: readonly MatcherEntry[]): NameTables {
  const byKey = new Map<string, MatcherEntry>();
  for (const entry of entries) {
    if (entry.ambiguous && !entry.afterFullName) continue;
    const key = aliasKey(entry.text);
    if (!key) continue;
    const existing = byKey.get(key);
    if (existing && !existing.afterFullName) continue;
    byKey.set(key, entry);
  }
  const prefixes = new Set<string>();
  const dotted = new Set<string>();
  const starts = new Set<string>();
  for (const key of byKey.keys()) {
    const words = key.split(' ');
    for (let i = 1; i < words.length; i++) prefixes.add(words.slice(0, i).join(' '));
    for (const w of words) if (w.endsWith('.')) dotted.add(w.slice(0, -1));
    starts.add(words[0]!.replace(/\.$/, ''));
  }
  const names = [...byKey].map(([key, e]): NameTables['names'][number] =>
    e.ambiguous ? [key, e.id, true, e.text] : e.afterFullName ? [key, e.id, true] : [key, e.id],
  );
  return { names, prefixes: [...prefixes], dotted: [...dotted], starts: [...starts] };
}

/** Finds the names of `tables` in texts. */
export function compileNameIndex(tables: NameTables): NameIndex {
  const byKey = new Map(
    tables.names.map(([key, id, afterFullName, ambiguous]): [string, MatcherEntry] => [
      key,
      ambiguous !== undefined
        ? { text: ambiguous, id, kind: 'expert', afterFullName, ambiguous: true }
        : { text: key, id, kind: 'expert', ...(afterFullName ? { afterFullName } : {}) },
    ]),
  );
  const prefixes = new Set(tables.prefixes);
  const dotted = new Set(tables.dotted);
  const starts = new Set(tables.starts);
  /** The text the words come from, and whether its words need normalizing beyond lower case. */
  let current = '';
  let normalizing = false;
  const wordKey = (word: string) => (normalizing ? normalizeName(word) : word.toLowerCase());
  const firstWord = new RegExp(WORD, 'gu');
  const nextWord = new RegExp(`${SEPARATOR}(${WORD})`, 'uy');

  /** The alias `key` ends at `end` (or, without its possessive, earlier): where its match ends. */
  const ending = (text: string, prefix: string, word: string, end: number): [MatcherEntry, number] | null => {
    let entry = byKey.get(prefix + word);
    if (!entry) {
      const bare = withoutPossessive(word);
      if (bare !== word) entry = byKey.get(prefix + bare);
    }
    if (!entry) return null;
    // A lone apostrophe after the name (Ballbachs’, or a closing quote) belongs to the match, as
    // the possessive ending did in the alias regex, unless a word goes on after it.
    if (APOSTROPHE.test(text.charAt(end)) && !/[\p{L}\p{N}\p{M}]/u.test(text.charAt(end + 1))) end++;
    return [entry, end];
  };

  /** The longest alias starting with the word at `index`, or null. */
  const nameAt = (text: string, index: number, raw: string): NameHit | null => {
    let word = wordKey(raw);
    if (!starts.has(word) && !starts.has(withoutPossessive(word))) return null;
    let best: NameHit | null = null;
    const consider = (found: [MatcherEntry, number] | null) => {
      if (found && (!best || found[1] > best.end)) best = { index, end: found[1], entry: found[0] };
    };
    let prefix = '';
    let end = index + raw.length;
    for (;;) {
      consider(ending(text, prefix, word, end));
      let key = prefix + word;
      // "J. Ballbach": the word may be read with its full stop, where an alias writes it so.
      if (dotted.has(word) && text.charCodeAt(end) === 46 /* . */) {
        consider(ending(text, prefix, `${word}.`, end + 1));
        if (prefixes.has(`${key}.`)) {
          key += '.';
          end += 1;
        }
      }
      if (!prefixes.has(key)) return best;
      nextWord.lastIndex = end;
      const m = nextWord.exec(text);
      if (!m) return best;
      prefix = `${key} `;
      word = wordKey(m[1]!);
      end = nextWord.lastIndex;
    }
  };

  const index: NameIndex = {
    next(text, from, to = Infinity) {
      if (text !== current) {
        current = text;
        normalizing = NEEDS_NORMALIZING.test(text);
      }
      firstWord.lastIndex = from;
      for (let m = firstWord.exec(text); m && m.index < to; m = firstWord.exec(text)) {
        // Resuming inside a word (after a claim that ended there) must not start a name mid-word.
        if (
          m.index > 0 &&
          m.index === from &&
          WORD_CHAR_AT_END.test(text.slice(Math.max(0, m.index - 2), m.index))
        )
          continue;
        const hit = nameAt(text, m.index, m[0]);
        if (hit) return hit;
      }
      return null;
    },
  };
  // The engine compiles a regex on its first runs: done here, not on the page's first scan.
  index.next('Analysts in Seoul read the news from Moscow and Pyongyang.', 0);
  return index;
}
