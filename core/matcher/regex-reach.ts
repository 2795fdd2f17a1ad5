import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * How far from where a match starts a pattern may read: ahead (its match and its lookaheads) and
 * back (its lookbehinds), in UTF-16 code units, or Infinity when no bound can be read off it. The scan reads claim patterns a window
 * at a time (see compile-matcher.ts); this bound is what makes a window's answer the whole text's.
 * An open repetition (`+`, `*`) counts as UNBOUNDED_AS repetitions: patterns use them for a word's
 * letters or a run of spaces, and a longer word only costs a match, never brings a wrong one.
 */
export function regexReach(source: string): { ahead: number; back: number } {
  try {
    const pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, {
      unicode: true,
    });
    return { ahead: alternativesSpan(pattern.alternatives).reach, back: lookbehindReach(pattern) };
  } catch {
    return { ahead: Infinity, back: Infinity };
  }
}

/**
 * How far back a pattern's lookbehinds may read: the widest lookbehind, plus what the match may
 * have consumed before it (a lookbehind in the middle of a pattern looks back over that too).
 */
function lookbehindReach(pattern: AST.Pattern): number {
  let back = 0;
  const visit = (alternatives: AST.Alternative[], before: number) => {
    for (const alt of alternatives) {
      let consumed = before;
      for (const e of alt.elements) {
        if (e.type === 'Assertion' && e.kind === 'lookbehind')
          back = Math.max(back, alternativesSpan(e.alternatives).width + consumed);
        else if (e.type === 'Assertion' && e.kind === 'lookahead') visit(e.alternatives, consumed);
        else if (e.type === 'Group' || e.type === 'CapturingGroup') visit(e.alternatives, consumed);
        else if (
          e.type === 'Quantifier' &&
          (e.element.type === 'Group' || e.element.type === 'CapturingGroup')
        )
          visit(e.element.alternatives, consumed + span(e).width);
        consumed += span(e).width;
      }
    }
  };
  visit(pattern.alternatives, 0);
  return back;
}

export const UNBOUNDED_AS = 64;

interface Span {
  /** The longest match. */
  width: number;
  /** The furthest character read, lookaheads included. */
  reach: number;
}

function alternativesSpan(alternatives: AST.Alternative[]): Span {
  let width = 0;
  let reach = 0;
  for (const alt of alternatives) {
    const s = sequenceSpan(alt.elements);
    width = Math.max(width, s.width);
    reach = Math.max(reach, s.reach);
  }
  return { width, reach };
}

function sequenceSpan(elements: AST.Element[]): Span {
  let width = 0;
  let reach = 0;
  for (const e of elements) {
    const s = span(e);
    reach = Math.max(reach, width + s.reach);
    width += s.width;
  }
  return { width, reach: Math.max(reach, width) };
}

function span(node: AST.Element): Span {
  switch (node.type) {
    case 'Character':
      return node.value > 0xffff ? { width: 2, reach: 2 } : { width: 1, reach: 1 };
    case 'CharacterClass':
    case 'CharacterSet':
    case 'ExpressionCharacterClass':
      // A class may hold astral characters: two code units.
      return { width: 2, reach: 2 };
    case 'Group':
    case 'CapturingGroup':
      return alternativesSpan(node.alternatives);
    case 'Quantifier': {
      const inner = span(node.element);
      const max = node.max === Infinity ? UNBOUNDED_AS : node.max;
      if (max === 0) return { width: 0, reach: 0 };
      return { width: max * inner.width, reach: (max - 1) * inner.width + inner.reach };
    }
    case 'Assertion':
      if (node.kind === 'lookahead') return { width: 0, reach: alternativesSpan(node.alternatives).reach };
      return { width: 0, reach: 0 };
    default:
      // Back-references and anything else: no bound read off the pattern.
      return { width: Infinity, reach: Infinity };
  }
}
