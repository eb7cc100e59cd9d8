// What can be wrong in a meeting's attendance list (issue 8, "Bad input"): events pointing at
// nobody or at a § not on the meeting, times not written hh.mm, a chair or checker not on the
// list; and, as warnings, an arrival of someone already there or a departure of someone not
// there, and a meeting without a quorum at the opening (allowed: the legality § says so).
import type { Meeting, MeetingSection } from './meeting';
import { attendingName, quorum, sectionOrderOf } from './meeting-rules-attendance';
import { problem, quorumParams } from './meeting-rules-problems';
import type { HandlingProblem } from './meeting-rules-problems';
import { clockMinutes } from '../format/clock-time';

type AttendanceMeeting = Pick<Meeting, 'attendees' | 'events' | 'chairId' | 'secretaryId' | 'checkerIds'>;

function checkEvents(meeting: AttendanceMeeting, order: readonly string[], problems: HandlingProblem[]): void {
  const byId = new Map(meeting.attendees.map((attendee) => [attendee.id, attendee]));
  const placed: { index: number; section: number; minutes: number }[] = [];
  meeting.events.forEach((event, index) => {
    const path = `events.${String(index)}`;
    if (!byId.has(event.attendeeId)) problems.push(problem('eventUnknownAttendee', `${path}.attendeeId`));
    const section = event.sectionId === null ? -1 : order.indexOf(event.sectionId);
    if (section === -1 && event.sectionId !== null) problems.push(problem('eventUnknownSection', `${path}.sectionId`));
    const minutes = clockMinutes(event.time);
    if (event.time.trim() !== '' && minutes === null) problems.push(problem('eventTimeInvalid', `${path}.time`, { time: event.time.trim() }));
    if (byId.has(event.attendeeId) && (section !== -1 || event.sectionId === null)) placed.push({ index, section, minutes: minutes ?? Number.MAX_SAFE_INTEGER });
  });
  // Walk each attendee's events in the order they happened: an arrival needs them away, a departure there.
  placed.sort((a, b) => a.section - b.section || a.minutes - b.minutes || a.index - b.index);
  const inside = new Map(meeting.attendees.map((attendee) => [attendee.id, attendee.presence !== 'absent']));
  const seen = new Set<string>();
  for (const { index } of placed) {
    const event = meeting.events[index];
    const attendee = event === undefined ? undefined : byId.get(event.attendeeId);
    if (event === undefined || attendee === undefined) continue;
    // A late arrival of someone marked present at the opening is the usual way to record it.
    const isIn = seen.has(attendee.id) || event.kind === 'left' ? (inside.get(attendee.id) ?? false) : false;
    seen.add(attendee.id);
    const params = { name: attendingName(attendee), time: event.time.trim() };
    if (event.kind === 'arrived' && isIn) problems.push(problem('eventAlreadyPresent', `events.${String(index)}`, params));
    if (event.kind === 'left' && !isIn) problems.push(problem('eventNotPresent', `events.${String(index)}`, params));
    inside.set(attendee.id, event.kind === 'arrived');
  }
}

/** The problems of the meeting's attendance list and roles, in list order; empty when it is fine. */
export function validateAttendance(meeting: AttendanceMeeting, sections: readonly Pick<MeetingSection, 'id' | 'position'>[]): HandlingProblem[] {
  const order = sectionOrderOf(sections);
  const problems: HandlingProblem[] = [];
  checkEvents(meeting, order, problems);
  const byId = new Map(meeting.attendees.map((attendee) => [attendee.id, attendee]));
  if (meeting.chairId !== null) {
    const chair = byId.get(meeting.chairId);
    if (chair === undefined) problems.push(problem('chairUnknown', 'chairId'));
    else if (chair.kind !== 'member') problems.push(problem('chairNotMember', 'chairId', { name: attendingName(chair) }));
  }
  if (meeting.secretaryId !== null && !byId.has(meeting.secretaryId)) problems.push(problem('secretaryUnknown', 'secretaryId'));
  meeting.checkerIds.forEach((id, index) => {
    if (!byId.has(id)) problems.push(problem('checkerUnknown', `checkerIds.${String(index)}`));
  });
  const opening = quorum(meeting, order, null);
  if (!opening.hasQuorum) problems.push(problem('noQuorumAtOpening', '', quorumParams(opening.present, opening.seats, opening.required)));
  return problems;
}
