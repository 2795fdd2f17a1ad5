import type { Claim, ClaimStatus, TimelineEntry } from '../../data/schema';
import type { DatasetIndex } from './index-dataset';
import { isBefore } from './partial-date';

export interface ClaimSinceDate {
  /** Timeline entries dated after the article, oldest first: how the claim moved on since. */
  laterEntries: TimelineEntry[];
  /** The status was set after the article's date, so the article could not know it. */
  statusIsLater: boolean;
}

/**
 * What happened to a claim after the article that repeats it was published. Without an article
 * date nothing counts as later: the card then shows the status as it stands today.
 */
export function claimSinceDate(claim: Claim, articleDate?: string): ClaimSinceDate {
  if (articleDate === undefined) return { laterEntries: [], statusIsLater: false };
  return {
    laterEntries: claim.timeline
      .filter((entry) => isBefore(articleDate, entry.date))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    statusIsLater: claim.status !== undefined && isBefore(articleDate, claim.status.date),
  };
}

/**
 * What superseded a claim, short enough for a card's first lines: who made the later claim (the
 * card's note says what it found), or the event's title.
 */
export function supersededByText(
  status: ClaimStatus,
  index: DatasetIndex,
): { de: string; en: string } | undefined {
  const by = status.supersededBy;
  if (by?.claimId !== undefined) {
    const later = index.claim(by.claimId);
    if (!later) return undefined;
    const person = later.madeBy.personId ? index.person(later.madeBy.personId) : undefined;
    return person ? { de: person.name, en: person.name } : later.madeBy.actor;
  }
  if (by?.eventId !== undefined) return index.event(by.eventId)?.title;
  return undefined;
}
