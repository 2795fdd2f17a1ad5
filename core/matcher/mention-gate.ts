import { createGate, type FoundMatch, type Matcher, type MatchScanner } from './compile-matcher';
import type { EntityKind } from './entity-kind';

/**
 * Decides match by match, in reading order, which ones become highlights: the same rules as
 * Matcher.findAll, for a scan that the content script runs in slices.
 */
export function createMentionGate(matcher: Matcher): {
  scanner(text: string, from?: number): MatchScanner;
  accept(match: FoundMatch): { kind: EntityKind; id: string } | undefined;
} {
  const gate = createGate();
  return {
    scanner: (text, from) => matcher.scanner(text, from),
    accept: ({ entry }) => (gate(entry) ? { kind: entry.kind, id: entry.id } : undefined),
  };
}
