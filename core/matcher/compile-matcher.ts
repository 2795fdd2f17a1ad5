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
}

export interface MatchRange {
  start: number;
  end: number;
  kind: EntityKind;
  id: string;
  text: string;
}

export interface Matcher {
  /** One regex for every alias and claim pattern (flags `giu`); safe to hand to mark.js. */
  regex: RegExp;
  /**
   * The regex for a given text: `regex`, or where the text has soft hyphens or zero-width spaces
   * (which pages put inside long words) a variant that reads through them. The variant is about
   * ten times larger to compile, so it is built only for pages that need it.
   */
  regexFor(text: string): RegExp;
  /** Which entry a match of `regex` stands for (by its text for names, by its group for claims). */
  identify(match: RegExpExecArray): MatcherEntry | undefined;
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

/** A sentence to run a new regex on once or twice, so the engine compiles it (see build below). */
const WARM_UP_TEXT = 'Analysts in Seoul and Berlin read the news from Moscow and Pyongyang.';

/**
 * Compiles every alias (and every claim pattern) into one regex. Names are matched whole:
 * never inside a longer word, with or without a possessive ending, across any spacing.
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

  const claimSources = patterns.map((p) => `(${withoutCaptures(p.source)})${NOT_AFTER}`);
  const claimGroups = patterns;
  const build = (inWord: string) => {
    const names = trieSource(root, inWord);
    // Claims first: a claim pattern that starts with a name ("Lavrov's visit to Pyongyang") is
    // the more specific reading, and the regex takes the first alternative that matches.
    const alternatives = names ? [...claimSources, `(${names})${POSSESSIVE}${NOT_AFTER}`] : claimSources;
    // An empty dataset must still compile to a regex that finds nothing.
    const source = alternatives.length ? `${NOT_BEFORE}(?:${alternatives.join('|')})` : '(?!)';
    const compiled = new RegExp(source, 'giu');
    // JavaScript engines compile a regex on its first runs, not when it is created; running it
    // here makes "compile once" include that, instead of charging it to the first page scan.
    for (let i = 0; i < 2; i++) compiled.test(WARM_UP_TEXT);
    compiled.lastIndex = 0;
    return compiled;
  };
  const regex = build('');
  let tolerant: RegExp | undefined;
  const regexFor = (text: string) => (HAS_INVISIBLE.test(text) ? (tolerant ??= build(INVISIBLE)) : regex);
  const firstClaimGroup = 1;
  const nameGroup = root.children.size ? firstClaimGroup + claimGroups.length : 0;

  const nameOf = (text: string): MatcherEntry | undefined => {
    for (const key of matchKeys(text)) {
      const entry = byKey.get(key);
      if (entry) return writtenAsName(entry, text) ? entry : undefined;
    }
    return undefined;
  };
  // An article names the same people again and again: each spelling is worked out once.
  const named = new Map<string, MatcherEntry | null>();
  const identify = (match: RegExpExecArray): MatcherEntry | undefined => {
    if (nameGroup && match[nameGroup] !== undefined) {
      const text = match[0];
      let entry = named.get(text);
      if (entry === undefined) {
        if (named.size >= NAMED_CACHE_SIZE) named.clear();
        named.set(text, (entry = nameOf(text) ?? null));
      }
      return entry ?? undefined;
    }
    for (let i = 0; i < claimGroups.length; i++) {
      if (match[firstClaimGroup + i] !== undefined) {
        return { text: match[0], id: claimGroups[i]!.id, kind: 'claim' };
      }
    }
    return undefined;
  };

  const findAll = (text: string): MatchRange[] => {
    const gate = createGate();
    const ranges: MatchRange[] = [];
    const chosen = regexFor(text);
    const re = new RegExp(chosen.source, chosen.flags);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const entry = identify(m);
      if (entry && gate(entry)) {
        ranges.push({
          start: m.index,
          end: m.index + m[0].length,
          kind: entry.kind,
          id: entry.id,
          text: m[0],
        });
      }
    }
    return ranges;
  };

  return { regex, regexFor, identify, findAll };
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
