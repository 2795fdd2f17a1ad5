import { createGate, type Matcher } from './compile-matcher';
import type { EntityKind } from './entity-kind';

/**
 * Decides match by match, in reading order, which ones become highlights: the same rules as
 * Matcher.findAll, for matches that arrive one at a time from mark.js.
 */
export function createMentionGate(matcher: Matcher): {
  regexFor(text: string): RegExp;
  accept(match: RegExpExecArray): { kind: EntityKind; id: string } | undefined;
} {
  const gate = createGate();
  return {
    regexFor: (text) => matcher.regexFor(text),
    accept(match) {
      const entry = matcher.identify(match);
      return entry && gate(entry) ? { kind: entry.kind, id: entry.id } : undefined;
    },
  };
}
