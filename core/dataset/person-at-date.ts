import type { Person } from '../../data/schema';
import { isBefore } from './partial-date';

export type Role = Person['roles'][number];

/** What changed for a person after the article's date, in date order. */
export type PersonChange =
  | { kind: 'left'; role: Role; date: string }
  | { kind: 'began'; role: Role; date: string }
  | { kind: 'died'; date: string };

export interface PersonAtDate {
  /** The role to lead the card with: held at the date (or now), the one begun last. */
  lead: Role | undefined;
  /** The lead role was held at the article's date (or is held now): its end, if any, is news since. */
  leadIsHeld: boolean;
  /** Set when the person had died by the date (or by now): the card says so first. */
  diedBefore?: string;
  /** After the article's date: roles left, roles begun, death. Empty without an article date. */
  changes: PersonChange[];
}

const heldAt = (role: Role, date: string) =>
  !(role.from !== undefined && isBefore(date, role.from)) &&
  !(role.to !== undefined && isBefore(role.to, date));

/**
 * The role began after `date`, as far as the sources say. A start that is only the earliest date a
 * source shows (fromSeen) says nothing of the kind: the role may well have been held already.
 */
const begunAfter = (role: Role, date: string) =>
  role.from !== undefined && !role.fromSeen && isBefore(date, role.from);

const latestStart = (roles: Role[]) =>
  roles.reduce<Role | undefined>(
    (latest, role) => (!latest || (role.from ?? '') > (latest.from ?? '') ? role : latest),
    undefined,
  );

const latestEnd = (roles: Role[]) =>
  roles.reduce<Role | undefined>(
    (latest, role) => (!latest || (role.to ?? '') > (latest.to ?? '') ? role : latest),
    undefined,
  );

/**
 * Who the person was at `articleDate` (YYYY, YYYY-MM or YYYY-MM-DD) and what changed since, so
 * that a card on a 2023 article says what the person was then. Without a date: who they are now.
 */
export function personAtDate(person: Person, articleDate?: string): PersonAtDate {
  const { roles, died } = person;
  if (articleDate === undefined) {
    const open = died === undefined ? roles.filter((r) => r.to === undefined) : [];
    const lead = open.length > 0 ? latestStart(open) : latestEnd(roles);
    return { lead, leadIsHeld: open.length > 0, diedBefore: died, changes: [] };
  }
  if (died !== undefined && isBefore(died, articleDate)) {
    return { lead: latestEnd(roles), leadIsHeld: false, diedBefore: died, changes: [] };
  }
  const held = roles.filter((r) => heldAt(r, articleDate));
  // With nothing known to be held then: the role left last before the date, or else a role first
  // seen later that may already have been held (the card then shows only the year it is attested).
  const lead =
    held.length > 0
      ? latestStart(held)
      : (latestEnd(roles.filter((r) => r.to !== undefined && isBefore(r.to, articleDate))) ??
        latestStart(roles.filter((r) => r.fromSeen && !heldAt(r, articleDate))));
  const changes: PersonChange[] = [
    ...held.flatMap((role) =>
      role.to === undefined ? [] : [{ kind: 'left' as const, role, date: role.to }],
    ),
    ...roles.flatMap((role) =>
      begunAfter(role, articleDate) ? [{ kind: 'began' as const, role, date: role.from! }] : [],
    ),
    ...(died !== undefined ? [{ kind: 'died' as const, date: died }] : []),
  ];
  changes.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { lead, leadIsHeld: held.length > 0, changes };
}
