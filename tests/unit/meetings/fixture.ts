// A nine-seat board meeting for the rules' tests: members m1…m9 (m1 the chair), the presenter and
// the secretary, and sections s1…s8 in agenda order. Each test changes only what it is about.
import type { AttendanceEvent, Meeting, MeetingAttendee, MeetingSection, SectionHandling } from '../../../shared/domain/meeting';
import { emptyHandling } from '../../../shared/domain/meeting';

export const memberNames = ['Aino Walls', 'Kaisa Keronen', 'Pekka Saikkonen', 'Liisa Virtanen', 'Matti Niemi', 'Sari Laine', 'Jukka Heikkilä', 'Outi Mäki', 'Timo Salo'];

export function member(index: number, presence: MeetingAttendee['presence'] = 'present', deputyName = ''): MeetingAttendee {
  return {
    id: `m${String(index + 1)}`,
    kind: 'member',
    sourceId: null,
    name: memberNames[index] ?? `Jäsen ${String(index + 1)}`,
    role: index === 0 ? 'puheenjohtaja' : 'jasen',
    title: '',
    deputyName,
    presence,
  };
}

export function makeMeeting(change: Partial<Meeting> = {}): Meeting {
  const attendees: MeetingAttendee[] = [
    ...memberNames.map((_, index) => member(index)),
    { id: 'o1', kind: 'other', sourceId: null, name: 'Eeva Esittelijä', role: 'esittelija', title: 'sivistysjohtaja', deputyName: '', presence: 'present' },
    { id: 'o2', kind: 'other', sourceId: null, name: 'Paula Pöytäkirja', role: 'poytakirjanpitaja', title: 'hallintosihteeri', deputyName: '', presence: 'present' },
  ];
  return {
    id: 'meeting-1',
    bodyId: 'body-1',
    bodyName: 'Sivistyslautakunta',
    year: 2024,
    number: 1,
    date: '2024-01-23',
    startTime: '18.00',
    endTime: '',
    place: 'Kunnantalo',
    status: 'kokouksessa',
    attendees,
    events: [],
    chairId: 'm1',
    secretaryId: 'o2',
    checkerIds: [],
    minutesChecked: null,
    publicDisplay: '',
    isSample: false,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...change,
  };
}

/** Replaces attendees by id. */
export function withAttendees(meeting: Meeting, ...changed: MeetingAttendee[]): Meeting {
  return { ...meeting, attendees: meeting.attendees.map((attendee) => changed.find((entry) => entry.id === attendee.id) ?? attendee) };
}

export function event(attendeeId: string, kind: AttendanceEvent['kind'], sectionId: string | null, time: string): AttendanceEvent {
  return { id: `e-${attendeeId}-${kind}-${String(sectionId)}-${time}`, attendeeId, kind, sectionId, time };
}

export const sectionIds = ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8'];

/** Sections in agenda order; given in reverse so that code must sort by position. */
export function makeSections(): MeetingSection[] {
  return sectionIds
    .map((id, position) => ({
      id,
      meetingId: 'meeting-1',
      itemId: `item-${id}`,
      position,
      sectionNumber: null,
      standardKind: null,
      handling: emptyHandling(),
      outcome: null,
      handlingText: null,
      outcomeDecision: null,
      updatedAt: '2024-01-01T00:00:00.000Z',
    }))
    .reverse();
}

export function handling(change: Partial<SectionHandling> = {}): SectionHandling {
  return { ...emptyHandling(), ...change };
}

/** Votes for m1…m9 in order from a compact string: j = jaa, e = ei, t = tyhjä, - = no vote. */
export function votesOf(pattern: string): Record<string, 'jaa' | 'ei' | 'tyhja'> {
  const votes: Record<string, 'jaa' | 'ei' | 'tyhja'> = {};
  Array.from(pattern).forEach((char, index) => {
    const id = `m${String(index + 1)}`;
    if (char === 'j') votes[id] = 'jaa';
    if (char === 'e') votes[id] = 'ei';
    if (char === 't') votes[id] = 'tyhja';
  });
  return votes;
}
