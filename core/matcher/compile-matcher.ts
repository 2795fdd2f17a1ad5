import type { EntityKind } from './entity-kind';
import { normalizeName } from '../text/normalize-text';

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
  /** Regular-expression source without capturing groups, matched with the flags `iu`. */
  source: string;
  /**
   * Lower-case strings of which every match contains one (see required-literals.ts): the pattern
   * runs only over a text that contains one of them. Without them it runs over every text.
   */
  literals?: readonly string[];
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

/** Between the words of a name: any run of spaces (incl. no-break and thin) or a hyphen. */
const SEPARATOR = '[\\s\\u00A0\\u2009\\u202F\\-\\u2010-\\u2014]+';
/** Inside a word: an optional soft hyphen or zero-width space, which pages put in long words. */
const INVISIBLE = '[\\u00AD\\u200B]?';
const HAS_INVISIBLE = /[\u00AD\u200B]/;
/** German genitive and English possessive: Ballbachs, Ballbach's, Tertitskiy’s, Lawrows. */
const POSSESSIVE = "(?:['’]s|s['’]?|['’])?";
const NOT_BEFORE = '(?<![\\p{L}\\p{N}\\p{M}])';
const NOT_AFTER = '(?![\\p{L}\\p{N}\\p{M}])';
const SEP_KEY = ' ';

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

const escapeChar = (c: string) => (/[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c);

/**
 * One character of a key (NFC). Pages may carry decomposed text (u + combining diaeresis for ü,
 * common in text from macOS), so a composed letter also matches its decomposed form.
 */
function charSource(ch: string): string {
  const decomposed = ch.normalize('NFD');
  if (decomposed === ch) return escapeChar(ch);
  return `(?:${escapeChar(ch)}|${[...decomposed].map(escapeChar).join('')})`;
}

/**
 * An ambiguous alias is an ordinary word ("Town", "Panda"): it names the person only when written
 * as a name, with the alias's own initial capital, not as "a town" or "the panda".
 */
function writtenAsName(entry: MatcherEntry, text: string): boolean {
  if (!entry.ambiguous) return true;
  return text.normalize('NFC').charAt(0) === entry.text.normalize('NFC').charAt(0);
}

function insert(root: TrieNode, key: string): void {
  let node = root;
  for (const ch of key) {
    let next = node.children.get(ch);
    if (!next) {
      next = { children: new Map(), terminal: false };
      node.children.set(ch, next);
    }
    node = next;
  }
  node.terminal = true;
}

/**
 * The trie as a regex: shared prefixes appear once, so adding aliases grows the pattern by their
 * new suffixes only, and the engine never retries a prefix it has already read.
 */
function trieSource(node: TrieNode, inWord: string): string {
  const branches = [...node.children.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([ch, child]) => {
      const head = ch === SEP_KEY ? SEPARATOR : `${charSource(ch)}${inWord}`;
      return head + trieSource(child, inWord);
    });
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (!node.terminal) return body;
  // A longer alias is preferred: the optional continuation is tried first (greedy).
  return branches.length === 1 ? `(?:${body})?` : `${body}?`;
}

/** The key an alias is stored under: normalised, with every separator as one space. */
function aliasKey(text: string): string {
  return normalizeName(text).replace(/[\s-]+/g, SEP_KEY);
}

/** Printable ASCII only: the common case, where NFC and the special spaces cannot occur. */
const PLAIN_ASCII = /^[\x20-\x7E]*$/;

/** A match's key: the same normalisation, and the possessive ending dropped where needed. */
function matchKeys(text: string): string[] {
  // For plain ASCII, aliasKey(normalizeName(text)) comes down to this one replace.
  const key = PLAIN_ASCII.test(text)
    ? text
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, SEP_KEY)
    : aliasKey(text.replace(/[\u00AD\u200B]/g, ''));
  const bare = key.replace(/(?:['’]s|s['’]?|['’])$/u, '');
  return bare === key ? [key] : [key, bare];
}

/** Rewrites capturing groups as non-capturing so a pattern cannot shift our group numbers. */
export function withoutCaptures(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
    } else if (c === '(' && source[i + 1] !== '?') {
      out += '(?:';
      continue;
    } else if (
      c === '(' &&
      source[i + 1] === '?' &&
      source[i + 2] === '<' &&
      !'=!'.includes(source[i + 3] ?? '')
    ) {
      // A named group: drop the name, keep the grouping.
      const close = source.indexOf('>', i);
      out += '(?:';
      i = close;
      continue;
    }
    out += c;
  }
  return out;
}

/** Spellings remembered per matcher; a page with more distinct ones starts the memory over. */
const NAMED_CACHE_SIZE = 10_000;

/** A sentence to run a new regex on once or twice, so the engine compiles it (see warmUp). */
const WARM_UP_TEXT = 'Analysts in Seoul and Berlin read the news from Moscow and Pyongyang.';

/**
 * V8 stops optimising a regex whose source passes 20 KB (kRegExpTooLargeToOptimize), and then
 * tries every alternative at every position: measured, one 46 KB regex of the grown dataset took
 * seconds on a 60 KB text where its parts took milliseconds. The names trie is split below this.
 */
const MAX_REGEX_SOURCE = 16_000;

/**
 * JavaScript engines compile a regex on its first runs, not when it is created; running it on a
 * short text makes "compile once" include that, instead of charging it to the first page scan.
 */
function warmUp(re: RegExp): RegExp {
  for (let i = 0; i < 2; i++) re.test(WARM_UP_TEXT);
  re.lastIndex = 0;
  return re;
}

/** One regex of the scan, and which entry its matches stand for. */
interface ScanPart {
  /** Compiled on the first text that needs it: most claim patterns never meet a page of theirs. */
  regex(tolerant: boolean): RegExp;
  literals?: readonly string[];
  /** The claim a match stands for; names are identified by their text. */
  claim?: MatcherEntry;
}

/**
 * Compiles every alias (and every claim pattern) for one scan. Names are matched whole: never
 * inside a longer word, with or without a possessive ending, across any spacing. The scan runs
 * several regexes (each claim pattern alone, the names trie in parts below V8's size limit) and
 * takes, at every point, the leftmost match, a claim before a name where both start there: a
 * claim pattern that starts with a name ("Lavrov's visit to Pyongyang") is the more specific
 * reading. That is what one regex with every alternative in this order would find.
 */
export function compileMatcher(entries: MatcherEntry[], patterns: PatternEntry[] = []): Matcher {
  const byKey = new Map<string, MatcherEntry>();
  const root: TrieNode = { children: new Map(), terminal: false };
  for (const entry of entries) {
    // An alias that may never match alone and has no earlier-full-name rule is never matched.
    if (entry.ambiguous && !entry.afterFullName) continue;
    const key = aliasKey(entry.text);
    if (!key) continue;
    const existing = byKey.get(key);
    // Two people sharing an alias: the full-name reading wins over a surname-only one.
    if (existing && !existing.afterFullName) continue;
    byKey.set(key, entry);
    insert(root, key);
  }

  const lazy = (build: (tolerant: boolean) => RegExp) => {
    const built: (RegExp | undefined)[] = [];
    return (tolerant: boolean) => (built[+tolerant] ??= warmUp(build(tolerant)));
  };
  const parts: ScanPart[] = patterns.map((p) => {
    const source = `${NOT_BEFORE}(?:${withoutCaptures(p.source)})${NOT_AFTER}`;
    const regex = lazy(() => new RegExp(source, 'giu'));
    return { regex, literals: p.literals, claim: { text: '', id: p.id, kind: 'claim' } };
  });
  // Names: the trie's first letters in groups whose regex stays below the size limit. A match
  // starts with one first letter, so each name is found by exactly one group.
  const groups: TrieNode[] = [];
  let group: TrieNode | undefined;
  let size = 0;
  for (const [ch, child] of [...root.children.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const branch = trieSource({ children: new Map([[ch, child]]), terminal: false }, '').length;
    if (!group || size + branch > MAX_REGEX_SOURCE) {
      group = { children: new Map(), terminal: false };
      groups.push(group);
      size = 0;
    }
    group.children.set(ch, child);
    size += branch;
  }
  for (const g of groups) {
    const regex = lazy((tolerant) => {
      const names = trieSource(g, tolerant ? INVISIBLE : '');
      return new RegExp(`${NOT_BEFORE}(?:${names})${POSSESSIVE}${NOT_AFTER}`, 'giu');
    });
    regex(false);
    parts.push({ regex });
  }

  const nameOf = (text: string): MatcherEntry | undefined => {
    for (const key of matchKeys(text)) {
      const entry = byKey.get(key);
      if (entry) return writtenAsName(entry, text) ? entry : undefined;
    }
    return undefined;
  };
  // An article names the same people again and again: each spelling is worked out once.
  const named = new Map<string, MatcherEntry | null>();
  const identify = (part: ScanPart, text: string): MatcherEntry | undefined => {
    if (part.claim) return { ...part.claim, text };
    let entry = named.get(text);
    if (entry === undefined) {
      if (named.size >= NAMED_CACHE_SIZE) named.clear();
      named.set(text, (entry = nameOf(text) ?? null));
    }
    return entry ?? undefined;
  };

  const scanner = (text: string): MatchScanner => {
    const tolerant = HAS_INVISIBLE.test(text);
    let lower: string | undefined;
    const mayMatch = (part: ScanPart) =>
      !part.literals || part.literals.some((l) => (lower ??= text.toLowerCase()).includes(l));
    // Each live part with its own copy of the regex and the next match it holds from `at` on.
    const live = parts.filter(mayMatch).map((part) => {
      const compiled = part.regex(tolerant);
      return {
        part,
        re: new RegExp(compiled.source, compiled.flags),
        next: null as RegExpExecArray | null,
        from: -1,
      };
    });
    let at = 0;
    let done = false;
    const nextOf = (p: (typeof live)[number]) => {
      if (p.from < 0 || (p.next && p.next.index < at)) {
        p.re.lastIndex = at;
        p.next = p.re.exec(text);
        p.from = at;
      }
      return p.next;
    };
    return {
      next() {
        while (!done) {
          let best: (typeof live)[number] | undefined;
          for (const p of live) {
            const m = nextOf(p);
            if (m && (!best || m.index < best.next!.index)) best = p;
          }
          const m = best?.next;
          if (!best || !m) {
            done = true;
            at = text.length;
            return undefined;
          }
          at = m.index + Math.max(m[0].length, 1);
          if (m[0] === '') continue;
          const entry = identify(best.part, m[0]);
          if (entry) return { index: m.index, text: m[0], entry };
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
