import type { MatcherEntry, PatternEntry } from './compile-matcher';
import { buildNameTables, type NameTables } from './name-index';

/**
 * Everything a matcher is made of, as plain data. Building it (normalising 700 aliases into word
 * tables) took a page tens of milliseconds before it could scan; the build does it once and ships
 * the result in the finding data. Claim patterns travel as written, with their literals.
 */
export interface MatcherTables {
  names: NameTables;
  claims: PatternEntry[];
}

/** The tables for these aliases and claim patterns. */
export function buildMatcherTables(
  entries: readonly MatcherEntry[],
  patterns: readonly PatternEntry[] = [],
): MatcherTables {
  return {
    names: buildNameTables(entries),
    claims: patterns.map(({ id, source, literals }) => ({ id, source, ...(literals ? { literals } : {}) })),
  };
}
