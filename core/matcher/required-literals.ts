import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * Strings of which every match of a pattern contains at least one (lower case), or undefined when
 * no such set can be read off the pattern. The matcher runs a claim pattern only over a text that
 * contains one of them: most pages hold none of a claim's words, and a cheap `includes` on the
 * lower-cased text spares them the regex. (The same idea as RE2's FilteredRE2 prefilter.)
 */
export function requiredLiterals(source: string): string[] | undefined {
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, {
      unicode: true,
    });
  } catch {
    return undefined;
  }
  const found = factorsOf(pattern.alternatives);
  return found && narrowed([...new Set(found.map((s) => s.toLowerCase()))]);
}

/**
 * One string that every member contains, where there is one long enough ("nordkoreanische" for
 * the 18 inflections of "nordkoreanische ballistische Raketen"): the same filter, a smaller table.
 */
function narrowed(set: string[]): string[] {
  if (set.length < 2) return set;
  const shortest = set.reduce((a, b) => (b.length < a.length ? b : a));
  // A common part much shorter than the set's members is common in any text too ("ers" for
  // "workers" and "labourers"): the set then filters better, and the table's size matters less.
  for (let len = shortest.length; len >= Math.max(MIN_LITERAL, Math.min(MIN_NARROWED, strength(set))); len--)
    for (let i = 0; i + len <= shortest.length; i++) {
      const part = shortest.slice(i, i + len);
      if (set.every((s) => s.includes(part))) return [part];
    }
  return set;
}

/** A literal shorter than this says too little about a text to be worth checking. */
const MIN_LITERAL = 3;
/** The shortest common part that may stand for a whole set (see narrowed). */
const MIN_NARROWED = 6;
/** Bounds on spelled-out sets, so that alternations inside alternations stay cheap. */
const MAX_STRINGS = 32;
const MAX_LENGTH = 64;

/** Every string a node can match, when that set is small and finite; otherwise undefined. */
function exactOf(node: AST.Node): string[] | undefined {
  switch (node.type) {
    case 'Character':
      return [String.fromCodePoint(node.value)];
    case 'CharacterClass': {
      if (node.negate) return undefined;
      const chars: string[] = [];
      for (const e of node.elements) {
        if (e.type !== 'Character') return undefined;
        chars.push(String.fromCodePoint(e.value));
      }
      return chars.length > 0 && chars.length <= 4 ? chars : undefined;
    }
    case 'Group':
    case 'CapturingGroup':
      return exactOfAlternatives(node.alternatives);
    case 'Quantifier': {
      if (node.max !== 1) return undefined;
      const inner = exactOf(node.element);
      if (!inner) return undefined;
      return node.min === 0 ? ['', ...inner] : inner;
    }
    case 'Assertion':
      // Zero-width: a lookaround or boundary adds no text to the match.
      return [''];
    default:
      return undefined;
  }
}

function exactOfAlternatives(alternatives: AST.Alternative[]): string[] | undefined {
  const out: string[] = [];
  for (const alt of alternatives) {
    const strings = exactOfSequence(alt.elements);
    if (!strings) return undefined;
    out.push(...strings);
    if (out.length > MAX_STRINGS) return undefined;
  }
  return out;
}

function exactOfSequence(elements: AST.Element[]): string[] | undefined {
  let acc = [''];
  for (const e of elements) {
    const next = exactOf(e);
    if (!next) return undefined;
    acc = cross(acc, next);
    if (!acc.length) return undefined;
  }
  return acc;
}

/** Every concatenation of one string from each side, or [] when that grows past the bounds. */
function cross(left: string[], right: string[]): string[] {
  if (left.length * right.length > MAX_STRINGS) return [];
  const out: string[] = [];
  for (const a of left) for (const b of right) out.push(a + b);
  return out.some((s) => s.length > MAX_LENGTH) ? [] : out;
}

/**
 * How much a set of literals tells: its shortest member, spaces aside (" to " is as common as
 * "to"); an empty set tells nothing.
 */
const strength = (set: string[] | undefined) =>
  set && set.length ? Math.min(...set.map((s) => s.trim().length)) : 0;

/** A set of which every match of any alternative contains one, or undefined. */
function factorsOf(alternatives: AST.Alternative[]): string[] | undefined {
  const out: string[] = [];
  for (const alt of alternatives) {
    const set = factorsOfSequence(alt.elements);
    if (!set) return undefined;
    out.push(...set);
  }
  return [...new Set(out)];
}

/**
 * The best required set of a sequence: a run of neighbours whose strings are spelled out (joined
 * across the run), or one element that is itself required and has a set of its own.
 */
function factorsOfSequence(elements: AST.Element[]): string[] | undefined {
  let best: string[] | undefined;
  const consider = (set: string[] | undefined) => {
    if (set && set.every((s) => s.length >= MIN_LITERAL) && strength(set) > strength(best)) best = set;
  };
  let run: string[] | undefined;
  for (const e of elements) {
    const exact = exactOf(e);
    if (exact) {
      const joined = run ? cross(run, exact) : exact;
      if (joined.length) {
        run = joined;
        consider(run);
        continue;
      }
    }
    consider(run);
    run = exact && exact.length ? exact : undefined;
    consider(run);
    consider(requiredFactors(e));
  }
  return best;
}

/** An element that must match at least once, and what every one of its matches contains. */
function requiredFactors(e: AST.Element): string[] | undefined {
  switch (e.type) {
    case 'Group':
    case 'CapturingGroup':
      return factorsOf(e.alternatives);
    case 'Quantifier':
      return e.min >= 1 ? requiredFactors(e.element as AST.Element) : undefined;
    default:
      return undefined;
  }
}
