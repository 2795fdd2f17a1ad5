/**
 * The hand-made map of annotated claim strings (tests/quality/claim-map.json). A few annotators'
 * strings repeat a long run of the article's words; the map keys those by their opening words and
 * "…", so the repository holds no run of article text (seed-copy-check) and the entry still
 * reviews exactly that string.
 */
export type ClaimMap = Record<string, string | null>;

const ELLIPSIS = '…';

/** Whether the map reviews this annotated string, and the dataset claim id (or null) it maps to. */
export function lookupClaim(map: ClaimMap, annotated: string): { id: string | null } | undefined {
  if (annotated in map) return { id: map[annotated] ?? null };
  for (const [key, id] of Object.entries(map))
    if (key.endsWith(ELLIPSIS) && annotated.startsWith(key.slice(0, -ELLIPSIS.length))) return { id };
  return undefined;
}
