// Who may do what in the review round (issue 9), as pure rules the service enforces and the
// editor shows. No passwords: the app trusts who the user says they are, but records it, and
// only the item's presenter (or a deputy presenter) may approve or return it.
import type { ItemStatus, Person } from './item';
import { proposalFrozenStatuses } from './item';
import type { Actor, ItemReviewState, ReviewEvent } from './review';

/**
 * A name as people write it: surrounding and doubled spaces, letter case (Finnish: "Å", "Ä", "Ö"
 * lower-case as Finnish does) and Unicode composition ("a" + combining ring = "å") do not make
 * another person.
 */
export function comparableName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLocaleLowerCase('fi-FI');
}

export function sameName(a: string, b: string): boolean {
  return comparableName(a) === comparableName(b);
}

type Reviewer = Pick<Person, 'name' | 'role' | 'deputyPresenter'>;

/**
 * Whether `user` may approve or return an item presented by `presenterName`. A database where no
 * person is a user yet (`anyUsers` false: legacy data, the command line on an old folder) allows
 * everyone, as before issue 9; otherwise: a deputy presenter, or a presenter (esittelijä) whose
 * name is the item's presenter's, or any presenter when the item names none.
 */
export function canReviewItem(user: Reviewer | null, presenterName: string, anyUsers: boolean): boolean {
  if (!anyUsers) return true;
  if (user === null) return false;
  if (user.deputyPresenter) return true;
  if (user.role !== 'esittelija') return false;
  return presenterName.trim() === '' || sameName(user.name, presenterName);
}

/** Newest first, whatever order the events came in (by time, then by version). */
function newestFirst(events: readonly ReviewEvent[]): ReviewEvent[] {
  return [...events].sort((a, b) => (a.at === b.at ? b.version - a.version : a.at < b.at ? 1 : -1));
}

type StateFromEvents = Pick<ItemReviewState, 'approved' | 'returnReason' | 'sentMessage' | 'lastApprovedVersion'>;

/**
 * What the item shows of its review round, from its events and status: who approved it (while
 * it is approved or later), the latest return's reason (until the next send), the latest send's
 * message (while it is in review).
 */
export function reviewStateFromEvents(events: readonly ReviewEvent[], status: ItemStatus): StateFromEvents {
  const ordered = newestFirst(events);
  const latest = (kind: ReviewEvent['kind']) => ordered.find((event) => event.kind === kind) ?? null;
  const approvedEvent = latest('approved');
  const sent = latest('sent');
  const returned = latest('returned');
  const olderThan = (a: ReviewEvent, b: ReviewEvent | null) => b !== null && ordered.indexOf(a) > ordered.indexOf(b);
  const shown = (event: ReviewEvent): { actor: Actor; at: string; message: string } => ({ actor: event.actor, at: event.at, message: event.message });
  return {
    approved: approvedEvent !== null && proposalFrozenStatuses.includes(status) ? { actor: approvedEvent.actor, at: approvedEvent.at, version: approvedEvent.version } : null,
    returnReason: returned !== null && !olderThan(returned, sent) && status === 'palautettu' ? shown(returned) : null,
    sentMessage: sent !== null && status === 'tarkastettavana' ? shown(sent) : null,
    lastApprovedVersion: approvedEvent?.version ?? null,
  };
}
