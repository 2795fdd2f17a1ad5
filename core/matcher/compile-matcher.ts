import type { EntityKind } from './entity-kind';
import { buildMatcherTables, type MatcherTables } from './matcher-tables';
import { withoutCaptures, withQuickStart } from './regex-source';
import { compileNameIndex } from './name-index';

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
  next(): FoundMatch | undefined;
  /** How far the scan has read: every match starting before this has been returned. */
  position(): number;
}

export interface Matcher {
  /** A scan of `text` for every alias and claim pattern (the mention rules are left to the caller). */
  scanner(text: string): MatchScanner;
  /** Every accepted match in `text`, in order, with the mention rules applied. */
  findAll(text: string): MatchRange[];
}

const NOT_BEFORE = '(?<![\\p{L}\\p{N}\\p{M}])';
const NOT_AFTER = '(?![\\p{L}\\p{N}\\p{M}])';

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
  /** Compiled on the first text that needs it: most claim patterns never meet a page of theirs. */
  regex(): RegExp;
  literals?: readonly string[];
  claim: MatcherEntry;
}

/** A match a source of the scan holds: where, how long, and what it stands for. */
interface Hit {
  index: number;
  end: number;
  entry: MatcherEntry;
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
  const claims: ClaimPart[] = tables.claims.map((c) => {
    let built: RegExp | undefined;
    const build = () => {
      // Whole words only, like names; the pattern's own groups cannot shift ours.
      const source = withQuickStart(withoutCaptures(expand(c.source)));
      return warmUp(new RegExp(`${NOT_BEFORE}(?:${source})${NOT_AFTER}`, 'giu'));
    };
    return {
      regex: () => (built ??= build()),
      literals: c.literals,
      claim: { text: '', id: c.id, kind: 'claim' },
    };
  });

  const scanner = (text: string): MatchScanner => {
    let lower: string | undefined;
    const mayMatch = (part: ClaimPart) =>
      !part.literals || part.literals.some((l) => (lower ??= text.toLowerCase()).includes(l));
    /** Each source of matches, with the next match it holds from `from` on. */
    const sources = [
      ...claims.filter(mayMatch).map((part) => {
        const compiled = part.regex();
        const re = new RegExp(compiled.source, compiled.flags);
        return (from: number): Hit | null => {
          re.lastIndex = from;
          const m = re.exec(text);
          return m && { index: m.index, end: m.index + m[0].length, entry: part.claim };
        };
      }),
      (from: number): Hit | null => names.next(text, from),
    ].map((find) => ({ find, next: null as Hit | null, from: -1 }));
    let at = 0;
    let done = false;
    const nextOf = (s: (typeof sources)[number]) => {
      if (s.from < 0 || (s.next && s.next.index < at)) {
        s.next = s.find(at);
        s.from = at;
      }
      return s.next;
    };
    return {
      next() {
        while (!done) {
          let best: Hit | null = null;
          // Claims come first in `sources`, so where a claim and a name start together, the claim wins.
          for (const s of sources) {
            const m = nextOf(s);
            if (m && (!best || m.index < best.index)) best = m;
          }
          if (!best) {
            done = true;
            at = text.length;
            return undefined;
          }
          at = best.index + Math.max(best.end - best.index, 1);
          if (best.end === best.index) continue;
          const matched = text.slice(best.index, best.end);
          if (best.entry.kind === 'claim')
            return { index: best.index, text: matched, entry: { ...best.entry, text: matched } };
          if (writtenAsName(best.entry, matched))
            return { index: best.index, text: matched, entry: best.entry };
        }
        return undefined;
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
