// Small pure rules of the meeting screens, kept apart so they are tested without a browser.
import type { MeetingStatus } from '../../../../shared/domain/meeting';
import { meetingStatuses } from '../../../../shared/domain/meeting';
import type { MeetingSummary } from '../../../../shared/ipc/channels/meetings';

/** The number a new meeting of the body gets in the year when none is typed (the service's rule too). */
export function nextMeetingNumber(meetings: readonly Pick<MeetingSummary, 'bodyId' | 'year' | 'number'>[], bodyId: string, year: number): number {
  return meetings.filter((meeting) => meeting.bodyId === bodyId && meeting.year === year).reduce((max, meeting) => Math.max(max, meeting.number), 0) + 1;
}

/** The status steps: the next one forward, and the one back (none once the minutes are checked). */
export function statusSteps(status: MeetingStatus): { forward: MeetingStatus | null; back: MeetingStatus | null } {
  const index = meetingStatuses.indexOf(status);
  const forward = meetingStatuses[index + 1] ?? null;
  const back = index > 0 && index < meetingStatuses.indexOf('tarkastettu') ? (meetingStatuses[index - 1] ?? null) : null;
  return { forward, back };
}

/** From 'kokouksessa' on, the meeting has § numbers and the session screen. */
export function isInSessionOrLater(status: MeetingStatus): boolean {
  return meetingStatuses.indexOf(status) >= meetingStatuses.indexOf('kokouksessa');
}

/** Checked or published minutes: nothing of the meeting changes any more. */
export function isMeetingLocked(status: MeetingStatus): boolean {
  return status === 'tarkastettu' || status === 'julkaistu';
}

/** Items come off the agenda only before the meeting (the service refuses later). */
export function canRemoveSections(status: MeetingStatus): boolean {
  return status === 'suunniteltu' || status === 'esityslista_lahetetty';
}

/**
 * Where a keyboard move takes the row at index among count rows: Alt+ArrowUp/Down one step,
 * Alt+Home/End to the ends; null when the key is no move or the row is already there.
 */
export function keyboardMoveTarget(key: string, altKey: boolean, index: number, count: number): number | null {
  if (!altKey) return null;
  const target = key === 'ArrowUp' ? index - 1 : key === 'ArrowDown' ? index + 1 : key === 'Home' ? 0 : key === 'End' ? count - 1 : null;
  if (target === null || target < 0 || target >= count || target === index) return null;
  return target;
}

/** Where a row dropped on another row goes: the target row's position (the rows between shift by one). */
export function dropTarget(from: number, over: number, count: number): number | null {
  if (from === over || over < 0 || over >= count) return null;
  return over;
}
