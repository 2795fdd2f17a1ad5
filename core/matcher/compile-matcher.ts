import type { EntityKind } from './entity-kind';
import { buildMatcherTables, type MatcherTables } from './matcher-tables';
import { withoutCaptures, withQuickStart } from './regex-source';
import { compileLiteralGate } from './literal-gate';
import { compileNameIndex } from './name-index';
import { LATIN_WORD_CHARS, standsAlone, WORD_CHAR } from '../text/word-chars';

export interface MatcherEntry {
  text: string;
  id: string;
  kind: EntityKind;
  /** Counts only after a full alias of the same id appeared earlier in the text. */
  afterFullName?: boolean;
  /** Never matches alone: an ordinary word or common name ("Town", "Pak"). */
  ambiguous?: boolean;
}

/** A claim found by a pattern of its own (see core/claims). */
export interface PatternEntry {
  id: string;
  /**
   * Regular-expression source, matched with the flags `iu`, as written: the matcher's `expand`
   * (see MatcherOptions) finishes it when a page first needs it. Its groups may capture.
   */
  source: string;
  /**
   * Lower-case strings of which every match contains one (see required-literals.ts): the pattern
   * runs only over a text that contains one of them. Without them it runs over every text.
   */
  literals?: readonly string[];
}

export interface MatcherOptions {
  /**
   * Turns a pattern as written into a regex source (the dataset's number placeholders, see
   * core/claims). Run on a pattern's first use, not at start: most patterns never meet a page of
   * theirs, and the written form is the smaller one to ship.
   */
  expand?: (source: string) => string;
}

export interface MatchRange {
  start: number;
  end: number;
  kind: EntityKind;
  id: string;
  text: string;
}

/** A match as the scan meets it, before the mention rules decide whether it counts. */
export interface FoundMatch {
  index: number;
  text: string;
  entry: MatcherEntry;
}

/** Every match in a text, leftmost first, one at a time, so long pages can be scanned in slices. */
export interface MatchScanner {
  /** The next match, or undefined at the end of the text. */
  next(): FoundMatch | undefined;
  /**
   * The next match, reading about `chars` more characters at most: null when it stopped there
   * without one (call again to read on), undefined at the end of the text. A scan of a long page
   * thus takes steps of bounded length.
   */
  advance(chars: number): FoundMatch | undefined | null;
  /** How far the scan has read: every match starting before this has been returned. */
  position(): number;
}

export interface Matcher {
  /**
   * A scan of `text` for every alias and claim pattern (the mention rules are left to the caller),
   * from `from` on: the matches a scan from the start would return after reaching there.
   */
  scanner(text: string, from?: number): MatchScanner;
  /** Every accepted match in `text`, in order, with the mention rules applied. */
  findAll(text: string): MatchRange[];
}

const NOT_BEFORE = `(?<!${WORD_CHAR})`;
const NOT_AFTER = `(?!${WORD_CHAR})`;
/** The bounds every claim regex is compiled with; see core/text/word-chars.ts and firstWholeMatch. */
const NOT_BEFORE_LATIN = `(?<![${LATIN_WORD_CHARS}])`;
const NOT_AFTER_LATIN = `(?![${LATIN_WORD_CHARS}])`;

/**
 * An ambiguous alias is an ordinary word ("Town", "Panda"): it names the person only when written
 * as a name, with the alias's own initial capital, not as "a town" or "the panda".
 */
function writtenAsName(entry: MatcherEntry, text: string): boolean {
  if (!entry.ambiguous) return true;
  return text.normalize('NFC').charAt(0) === entry.text.normalize('NFC').charAt(0);
}

/** A sentence to run a new regex on once or twice, so the engine compiles it (see warmUp). */
const WARM_UP_TEXT = 'Analysts in Seoul and Berlin read the news from Moscow and Pyongyang.';

/**
 * JavaScript engines compile a regex on its first runs, not when it is created; running it on a
 * short text makes "compile once" include that, instead of charging it to the first page scan.
 */
function warmUp(re: RegExp): RegExp {
  for (let i = 0; i < 2; i++) re.test(WARM_UP_TEXT);
  re.lastIndex = 0;
  return re;
}

/** One claim pattern of the scan. */
interface ClaimPart {
  /**
   * Within the Latin bounds; compiled on the first text that needs it: most claim patterns never
   * meet a page of theirs.
   */
  regex(): RegExp;
  /** Whether regex() has been compiled already (and costs nothing now). */
  compiled(): boolean;
  /** Within the exact bounds: compiled only where a match stands next to a rarer word character. */
  exact(): RegExp;
  literals?: readonly string[];
  claim: MatcherEntry;
}

/** A match a source of the scan holds: where, how long, and what it stands for. */
interface Hit {
  index: number;
  end: number;
  entry: MatcherEntry;
}

/** What one search of a source found: its first match from the search start, or where none starts before. */
interface Searched {
  hit: Hit | null;
  /** No match starts between the search start and here (the hit's start, when there is one). */
  clear: number;
}

/**
 * How far a claim pattern may read from where its match starts: ahead (match and lookaheads) and
 * back (lookbehinds), a sentence or two. A window's search, with this much context on either side,
 * then answers for every start in it as the whole text would; a test holds the dataset's patterns
 * to it (see core/matcher/regex-reach.ts).
 */
export const MAX_CLAIM_REACH = 1_024;
/** How much text past a window a claim search reads: a window's worth of starts beyond it are answered too. */
const CLAIM_READ_AHEAD = 2 * MAX_CLAIM_REACH;
/** The stretch of text whose literals are read at once (see the scanner's `presentIn`). */
const LITERAL_BLOCK = 4_096;

/** A claim pattern's two regexes in one scan, each a copy with a lastIndex of its own. */
interface ClaimRegexes {
  latin: RegExp;
  exact(): RegExp;
}

/**
 * The first match from `lastIndex` in `s`, a stretch of `text` starting at `offset`, with no word
 * character on either side in `text`. The Latin bounds find every such match and a few more (next
 * to a Greek or Cyrillic letter, say); no exact match starts before one of those, so from there on
 * the exact bounds decide: maybe a shorter alternative at the same place, maybe a later place.
 */
function firstWholeMatch(
  re: ClaimRegexes,
  text: string,
  s: string,
  offset: number,
  lastIndex: number,
): RegExpExecArray | null {
  re.latin.lastIndex = lastIndex;
  const m = re.latin.exec(s);
  if (!m || standsAlone(text, m.index + offset, m[0].length)) return m;
  const exact = re.exact();
  exact.lastIndex = m.index;
  return exact.exec(s);
}

/**
 * The first match of a claim's regex starting at or after `from`, reading only up to a little past
 * `to`: on a long page one search of the whole remaining text is a step no slice can split (250 ms
 * on the bench's 500 KB page), so the scan reads claims a window at a time.
 */
function claimIn(text: string, re: ClaimRegexes, claim: MatcherEntry, from: number, to: number): Searched {
  const end = Math.min(text.length, to + CLAIM_READ_AHEAD);
  // The window with the context its lookbehinds read before it; only a window's own text is
  // handed to the engine, never the page from its start again.
  const start = Math.max(0, from - MAX_CLAIM_REACH);
  const trusted = end < text.length ? end - MAX_CLAIM_REACH : text.length;
  const m = firstWholeMatch(re, text, text.slice(start, end), start, from - start);
  if (!m) return { hit: null, clear: trusted };
  let index = m.index + start;
  let length = m[0].length;
  if (index + length > trusted) {
    // A match running past the trusted part (a pattern beyond the limit): ask the whole text from there.
    const whole = firstWholeMatch(re, text, text, 0, index);
    if (!whole) return { hit: null, clear: text.length };
    index = whole.index;
    length = whole[0].length;
  }
  return { hit: { index, end: index + length, entry: claim }, clear: index };
}

/**
 * Compiles every alias (and every claim pattern) for one scan. Names are matched whole: never
 * inside a longer word, with or without a possessive ending, across any spacing (see
 * name-index.ts). The scan runs each claim pattern as a regex of its own and the names through a
 * word index, and takes, at every point, the leftmost match, a claim before a name where both
 * start there: a claim pattern that starts with a name ("Lavrov's visit to Pyongyang") is the more
 * specific reading. That is what one regex with every alternative in this order would find.
 */
export function compileMatcher(
  entries: MatcherEntry[],
  patterns: PatternEntry[] = [],
  options: MatcherOptions = {},
): Matcher {
  return matcherFromTables(buildMatcherTables(entries, patterns), options);
}

/** The matcher for tables built beforehand (the content script's, at build time). */
export function matcherFromTables(
  tables: MatcherTables,
  { expand = (s) => s }: MatcherOptions = {},
): Matcher {
  const names = compileNameIndex(tables.names);
  const literals = compileLiteralGate(tables.claims.flatMap((c) => c.literals ?? []));
  const claims: ClaimPart[] = tables.claims.map((c) => {
    let source: string | undefined;
    let built: RegExp | undefined;
    let exact: RegExp | undefined;
    // Whole words only, like names; the pattern's own groups cannot shift ours.
    const bounded = (before: string, after: string) =>
      new RegExp(
        `${before}(?:${(source ??= withQuickStart(withoutCaptures(expand(c.source))))})${after}`,
        'giu',
      );
    return {
      regex: () => (built ??= warmUp(bounded(NOT_BEFORE_LATIN, NOT_AFTER_LATIN))),
      compiled: () => built !== undefined,
      exact: () => (exact ??= bounded(NOT_BEFORE, NOT_AFTER)),
      literals: c.literals,
      claim: { text: '', id: c.id, kind: 'claim' },
    };
  });

  const scanner = (text: string, from = 0): MatchScanner => {
    /**
     * Which literals each block of the text holds, up to where a match starting in it can end: a
     * claim none of whose literals is in the blocks from `from` to `to` has no match starting in
     * between. Read block by block as the scan gets there, so that a long page costs no long step
     * before its first match.
     */
    const blocks: Set<string>[] = [];
    const presentIn = (k: number) =>
      (blocks[k] ??= literals.present(
        text
          .slice(k * LITERAL_BLOCK, Math.min(text.length, (k + 1) * LITERAL_BLOCK + MAX_CLAIM_REACH))
          .toLowerCase(),
      ));
    /**
     * Where a match of a claim with these literals may first start, from `from` on, as far as the
     * blocks up to `to` tell: the first block holding one of them, or the end of the last block
     * read. A claim is thus looked at again once per block, not once per match of the scan.
     */
    const firstPossible = (wanted: readonly string[], from: number, to: number) => {
      let k = Math.floor(from / LITERAL_BLOCK);
      for (; k * LITERAL_BLOCK < to; k++) {
        const present = presentIn(k);
        if (wanted.some((l) => present.has(l))) return Math.max(from, k * LITERAL_BLOCK);
      }
      return Math.min(text.length, k * LITERAL_BLOCK);
    };
    /**
     * Each source of matches: what it knows of the text from `at` on. `hit` is its first match
     * starting at or after `clear`'s search start, or null when none starts before `clear`.
     */
    const sources = [
      ...claims.map((part) => {
        let re: ClaimRegexes | undefined;
        return (after: number, to: number): Searched => {
          const from = part.literals ? firstPossible(part.literals, after, to) : after;
          if (from >= to) return { hit: null, clear: from };
          if (!re) {
            // One new regex per call at most: V8 compiles a claim regex in up to tens of
            // milliseconds, and several waking in one window made one step of 50 ms on the 2 MB
            // bench page. The rest wait for the next call, which the scan then owes its caller.
            if (!part.compiled() && compiledNow) {
              deferred = true;
              return { hit: null, clear: from };
            }
            compiledNow ||= !part.compiled();
            // Copies per scan: lastIndex is the scan's own.
            const compiled = part.regex();
            let exact: RegExp | undefined;
            re = {
              latin: new RegExp(compiled.source, compiled.flags),
              exact: () => (exact ??= new RegExp(part.exact())),
            };
          }
          return claimIn(text, re, part.claim, from, to);
        };
      }),
      (from: number, to: number): Searched => {
        const hit = names.next(text, from, to);
        return hit ? { hit, clear: hit.index } : { hit: null, clear: to };
      },
    ].map((find) => ({ find, hit: null as Hit | null, clear: 0 }));
    let at = from;
    /** A claim regex was compiled in this call of advance; another was put off to the next. */
    let compiledNow = false;
    let deferred = false;

    const advance = (chars: number): FoundMatch | undefined | null => {
      compiledNow = false;
      for (;;) {
        if (at >= text.length) return undefined;
        const to = Math.min(text.length, at + Math.max(chars, 1));
        let best: Hit | null = null;
        // Claims come first in `sources`, so where a claim and a name start together, the claim wins.
        for (const s of sources) {
          // A match that starts before `at` was passed over (another match covered it).
          if (s.hit && s.hit.index < at) s.hit = null;
          if (s.clear < at) s.clear = at;
          if (!s.hit && s.clear < to) ({ hit: s.hit, clear: s.clear } = s.find(s.clear, to));
          if (s.hit && s.hit.index < to && (!best || s.hit.index < best.index)) best = s.hit;
        }
        if (deferred) {
          // A claim not yet searched might match before `best`: nothing is decided until it is.
          deferred = false;
          return null;
        }
        if (!best) {
          // Nothing starts before `to`: read on at the next call.
          at = to;
          if (at >= text.length) return undefined;
          return null;
        }
        at = best.index + Math.max(best.end - best.index, 1);
        if (best.end === best.index) continue;
        const matched = text.slice(best.index, best.end);
        if (best.entry.kind === 'claim')
          return { index: best.index, text: matched, entry: { ...best.entry, text: matched } };
        if (writtenAsName(best.entry, matched))
          return { index: best.index, text: matched, entry: best.entry };
      }
    };
    return {
      advance,
      next() {
        for (;;) {
          // Window by window too: the literals then spare most claims most of the text.
          const m = advance(LITERAL_BLOCK);
          if (m !== null) return m;
        }
      },
      position: () => at,
    };
  };

  const findAll = (text: string): MatchRange[] => {
    const gate = createGate();
    const ranges: MatchRange[] = [];
    const scan = scanner(text);
    for (let m = scan.next(); m; m = scan.next()) {
      if (gate(m.entry)) {
        ranges.push({
          start: m.index,
          end: m.index + m.text.length,
          kind: m.entry.kind,
          id: m.entry.id,
          text: m.text,
        });
      }
    }
    return ranges;
  };

  return { scanner, findAll };
}

/**
 * The mention rules, applied in reading order: a surname-only alias counts once the person's full
 * name has appeared; an ambiguous alias never counts alone.
 */
export function createGate(): (entry: MatcherEntry) => boolean {
  const seenFull = new Set<string>();
  return (entry) => {
    if (entry.kind === 'claim') return true;
    if (entry.afterFullName) return seenFull.has(entry.id);
    if (entry.ambiguous) return false;
    seenFull.add(entry.id);
    return true;
  };
}
