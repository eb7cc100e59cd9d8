// The steps the editor offers for an item, now that meetings are kept (issue 8).
//
// An item reaches an agenda only through a meeting: meetings:addItem gives it its Asianro, and the
// meeting gives its § when it opens. So "Vie esityslistalle" (the old putOnAgenda, a status with no
// meeting, no Asianro, a § typed by hand) is never offered: an approved item's next step is
// "Lisää kokoukseen…". While the item is on a meeting, the meeting moves it on (handled, checked,
// published) and the service refuses a status change by hand (itemManagedByMeeting): no step is
// offered at all, the editor says where the item is handled.
//
// The other manual steps stay, for items put on an agenda or handled before meetings were kept
// (status 'esityslistalla' or later with no meeting of theirs): such an item must still be able to
// leave the agenda for the pool ("Poista esityslistalta", from where it goes onto a real meeting)
// or be taken back to a draft, and one handled then finishes the path its typed numbers already
// describe (handled, minutes checked, published). They only lead out of the old path, never into it.
//
// The review round (issue 9) is no plain status change: sending asks for an optional message,
// returning for a required reason, and approving or returning is only for the item's presenter or a
// deputy presenter. Those steps go through review:send / review:approve / review:return, which record
// who and when; the others stay items:setStatus.
import { statusTransitions } from '../../../../../shared/domain/item-workflow';
import type { StatusAction, StatusTransition } from '../../../../../shared/domain/item-workflow';
import type { ItemStatus } from '../../../../../shared/domain/item';
import type { MeetingStatus } from '../../../../../shared/domain/meeting';
import type { MeetingSummary } from '../../../../../shared/ipc/channels/meetings';

/** The status buttons for an item: none on a meeting, never the old "Vie esityslistalle". */
export function manualTransitions(status: ItemStatus, onMeeting: boolean): readonly StatusTransition[] {
  if (onMeeting) return [];
  return statusTransitions[status].filter((transition) => transition.action !== 'putOnAgenda');
}

/** How the editor takes a step: the review round's own channels, or a plain status change. */
export type StepRoute = 'send' | 'approve' | 'return' | 'status';

export function stepRoute(action: StatusAction): StepRoute {
  switch (action) {
    case 'sendToReview':
      return 'send';
    case 'approve':
      return 'approve';
    case 'returnForChanges':
      return 'return';
    case 'reopen':
    case 'putOnAgenda':
    case 'removeFromAgenda':
    case 'markHandled':
    case 'undoHandled':
    case 'markChecked':
    case 'publish':
      return 'status';
  }
}

/** Only the presenter (or a deputy presenter) approves or returns. */
const reviewerRoutes: readonly StepRoute[] = ['approve', 'return'];

/**
 * The steps offered to the current user, and whether a reviewer's step was held back from them
 * (the editor then says who can take it, instead of a button the service would refuse).
 */
export function offeredSteps(status: ItemStatus, onMeeting: boolean, canReview: boolean): { steps: StatusTransition[]; reviewerOnly: boolean } {
  const all = manualTransitions(status, onMeeting);
  const steps = all.filter((step) => canReview || !reviewerRoutes.includes(stepRoute(step.action)));
  return { steps, reviewerOnly: steps.length < all.length };
}

/** Whether the editor offers "Lisää kokoukseen…": an approved item on no meeting. */
export function canAddToMeeting(status: ItemStatus, onMeeting: boolean): boolean {
  return status === 'hyvaksytty' && !onMeeting;
}

/** The meetings whose agenda still takes items (a closed meeting's does not, by design of the minutes). */
const takingStatuses: readonly MeetingStatus[] = ['suunniteltu', 'esityslista_lahetetty', 'kokouksessa'];

/** The meetings an approved item can be added to, soonest first. */
export function meetingsTakingItems(meetings: readonly MeetingSummary[]): MeetingSummary[] {
  return meetings
    .filter((meeting) => takingStatuses.includes(meeting.status))
    .sort((a, b) => a.date.localeCompare(b.date) || a.bodyName.localeCompare(b.bodyName, 'fi') || a.number - b.number);
}
