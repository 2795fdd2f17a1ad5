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

/** What superseded a claim, in words a card can show: the later claim's statement or the event's title. */
export function supersededByText(
  status: ClaimStatus,
  index: DatasetIndex,
): { de: string; en: string } | undefined {
  const by = status.supersededBy;
  if (by?.claimId !== undefined) return index.claim(by.claimId)?.statement;
  if (by?.eventId !== undefined) return index.event(by.eventId)?.title;
  return undefined;
}
