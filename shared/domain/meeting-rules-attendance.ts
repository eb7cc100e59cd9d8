// Who is at the table at a given § (issue 8, "Attendance rules"): the attendance list as marked
// at the opening, changed by the arrivals and departures recorded at the §§ where they happened.
// Pure functions over the meeting as stored; the services, the session screen and the minutes
// all ask these, so a § never shows one count on the screen and another in the document.
import type { AttendanceEvent, Meeting, MeetingAttendee, MeetingSection, SectionHandling } from './meeting';
import { clockMinutes } from '../format/clock-time';

/** The meeting's §§ as ids in agenda order (by position): what the rules below take as `sectionOrder`. */
export function sectionOrderOf(sections: readonly Pick<MeetingSection, 'id' | 'position'>[]): string[] {
  return [...sections].sort((a, b) => a.position - b.position).map((section) => section.id);
}

/** The index of a § in the order; null (the opening, before the first §) is -1. Unknown §: undefined. */
function indexOf(sectionOrder: readonly string[], sectionId: string | null): number | undefined {
  if (sectionId === null) return -1;
  const index = sectionOrder.indexOf(sectionId);
  return index === -1 ? undefined : index;
}

/** The person actually at the table for this place on the list: the deputy when they attend instead. */
export function attendingName(attendee: Pick<MeetingAttendee, 'name' | 'deputyName' | 'presence'>): string {
  return attendee.presence === 'deputy' && attendee.deputyName.trim() !== '' ? attendee.deputyName.trim() : attendee.name.trim();
}

interface PlacedEvent {
  event: AttendanceEvent;
  index: number;
  minutes: number;
  order: number;
}

/** An attendee's events that point at a § of this meeting (or the opening), in the order they happened. */
function placedEvents(meeting: Pick<Meeting, 'events'>, sectionOrder: readonly string[], attendeeId: string): PlacedEvent[] {
  const placed: PlacedEvent[] = [];
  meeting.events.forEach((event, order) => {
    if (event.attendeeId !== attendeeId) return;
    const index = indexOf(sectionOrder, event.sectionId);
    if (index === undefined) return;
    placed.push({ event, index, minutes: clockMinutes(event.time) ?? Number.MAX_SAFE_INTEGER, order });
  });
  return placed.sort((a, b) => a.index - b.index || a.minutes - b.minutes || a.order - b.order);
}

/**
 * Whether the attendee is at the table at the § with this index (-1: the opening). At the
 * opening: their presence says, except that someone whose first event is an arrival was not
 * there yet (presence 'present' with a late arrival, or 'absent' who came later) and someone
 * whose first event is a departure was (they were there to leave). Then an arrival at a § counts
 * from that § (they took part in it), a departure at a § from the next one on.
 */
function isInAt(attendee: MeetingAttendee, events: readonly PlacedEvent[], index: number): boolean {
  const first = events[0];
  let inside = first === undefined ? attendee.presence !== 'absent' : first.event.kind === 'left';
  for (const { event, index: at } of events) {
    if (event.kind === 'arrived' && at <= index) inside = true;
    if (event.kind === 'left' && at < index) inside = false;
  }
  return inside;
}

/**
 * The attendees present at the § (null: at the opening), in list order: members present or
 * replaced by their deputy, and the others present, with the arrivals and departures applied.
 * A § not in `sectionOrder` has nobody present.
 */
export function presentAt(meeting: Pick<Meeting, 'attendees' | 'events'>, sectionOrder: readonly string[], sectionId: string | null): MeetingAttendee[] {
  const index = indexOf(sectionOrder, sectionId);
  if (index === undefined) return [];
  return meeting.attendees.filter((attendee) => isInAt(attendee, placedEvents(meeting, sectionOrder, attendee.id), index));
}

/** The members (or their deputies) present at the §: the seats at the table that may vote. */
export function membersPresentAt(meeting: Pick<Meeting, 'attendees' | 'events'>, sectionOrder: readonly string[], sectionId: string | null): MeetingAttendee[] {
  return presentAt(meeting, sectionOrder, sectionId).filter((attendee) => attendee.kind === 'member');
}

/** The attendee ids disqualified (esteellinen) in this §'s handling. */
export function disqualifiedIds(handling: Pick<SectionHandling, 'disqualifications'> | null): Set<string> {
  return new Set((handling?.disqualifications ?? []).map((entry) => entry.attendeeId));
}

/**
 * Who may vote at the §: the members present (or the deputy in their place), minus those
 * disqualified in it. In list order, which is the order the minutes name them in.
 */
export function votersAt(
  meeting: Pick<Meeting, 'attendees' | 'events'>,
  sectionOrder: readonly string[],
  sectionId: string,
  handling: Pick<SectionHandling, 'disqualifications'> | null,
): MeetingAttendee[] {
  const disqualified = disqualifiedIds(handling);
  return membersPresentAt(meeting, sectionOrder, sectionId).filter((attendee) => !disqualified.has(attendee.id));
}

export interface Quorum {
  /** Members present (or their deputies); at a § with a handling record, less the disqualified. */
  present: number;
  /** The body's seats: the member places on the meeting's list. */
  seats: number;
  /** The smallest number that is more than half of the seats. */
  required: number;
  /** KuntaL 103 §: more than half of the members present. Exactly half is not a quorum. */
  hasQuorum: boolean;
}

/** The quorum from a count of members present and the seats. */
export function quorumOf(present: number, seats: number): Quorum {
  const required = Math.floor(seats / 2) + 1;
  return { present, seats, required, hasQuorum: seats > 0 && present >= required };
}

/**
 * The quorum at the opening (sectionId null) or at a §. With the §'s handling, a disqualified
 * member does not count: they leave the room for that matter, and quorum is judged per matter.
 */
export function quorum(
  meeting: Pick<Meeting, 'attendees' | 'events'>,
  sectionOrder: readonly string[],
  sectionId: string | null,
  handling: Pick<SectionHandling, 'disqualifications'> | null = null,
): Quorum {
  const seats = meeting.attendees.filter((attendee) => attendee.kind === 'member').length;
  const disqualified = disqualifiedIds(handling);
  const present = membersPresentAt(meeting, sectionOrder, sectionId).filter((attendee) => !disqualified.has(attendee.id)).length;
  return quorumOf(present, seats);
}

/** The arrivals and departures recorded at this § (shown in its Käsittely), in the order they happened. */
export function eventsAt(meeting: Pick<Meeting, 'events'>, sectionId: string): AttendanceEvent[] {
  return meeting.events
    .map((event, order) => ({ event, order, minutes: clockMinutes(event.time) ?? Number.MAX_SAFE_INTEGER }))
    .filter(({ event }) => event.sectionId === sectionId)
    .sort((a, b) => a.minutes - b.minutes || a.order - b.order)
    .map(({ event }) => event);
}
