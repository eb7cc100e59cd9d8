// What the session screen needs of the meeting rules, in one place: who is present and who may
// vote at a §, the quorum, the vote count, and the names as the minutes print them.
import type { Meeting, MeetingAttendee, MeetingSection, SectionVote, VoteChoice } from '../../../../../shared/domain/meeting';
import type { RichDoc } from '../../../../../shared/domain/rich-text';
import type { MeetingDetail } from '../../../../../shared/ipc/channels/meetings';

type Sections = readonly Pick<MeetingSection, 'id' | 'position' | 'handling'>[];

/** The name a person is recorded under: the deputy's when the deputy attends in the member's place. */
export function attendeeName(attendee: MeetingAttendee): string {
  return attendee.kind === 'member' && attendee.presence === 'deputy' && attendee.deputyName !== '' ? attendee.deputyName : attendee.name;
}

export function nameOf(meeting: Meeting, attendeeId: string | null): string {
  const attendee = meeting.attendees.find((candidate) => candidate.id === attendeeId);
  return attendee ? attendeeName(attendee) : '';
}

/** Attendees present at a § (null: at the opening, before the first §), in the list's order. */
export function presentAt(meeting: Meeting, sections: Sections, sectionId: string | null): MeetingAttendee[] {
  const positionOf = (id: string | null) => (id === null ? -1 : sections.find((section) => section.id === id)?.position ?? -1);
  const at = positionOf(sectionId);
  return meeting.attendees.filter((attendee) => {
    const events = meeting.events.filter((event) => event.attendeeId === attendee.id);
    // A late arrival was not there before: the first event tells how the meeting began for them.
    let present = events[0]?.kind === 'arrived' ? false : attendee.presence !== 'absent';
    for (const event of events) if (positionOf(event.sectionId) <= at && (sectionId !== null || event.sectionId === null)) present = event.kind === 'arrived';
    return present;
  });
}

/** Members present at a § and not disqualified in it: those entitled to vote. */
export function votersAt(meeting: Meeting, sections: Sections, sectionId: string): MeetingAttendee[] {
  const section = sections.find((candidate) => candidate.id === sectionId);
  const disqualified = new Set(section?.handling.disqualifications.map((entry) => entry.attendeeId) ?? []);
  return presentAt(meeting, sections, sectionId).filter((attendee) => attendee.kind === 'member' && !disqualified.has(attendee.id));
}

export interface Quorum {
  present: number;
  seats: number;
  quorate: boolean;
}

/** More than half of the body's members (seats) present (KuntaL 103 §). */
export function quorumAt(meeting: Meeting, sections: Sections, sectionId: string | null): Quorum {
  const seats = meeting.attendees.filter((attendee) => attendee.kind === 'member').length;
  const present = presentAt(meeting, sections, sectionId).filter((attendee) => attendee.kind === 'member').length;
  return { present, seats, quorate: present * 2 > seats };
}

export interface Tally {
  jaa: number;
  ei: number;
  tyhja: number;
  /** The winning side; null while a tie waits for the chair's vote. */
  winner: 'jaa' | 'ei' | null;
  decidedByChair: boolean;
}

/** The count of one vote; a tie is decided by the chair's vote (KuntaL 104 §). */
export function tally(vote: SectionVote, chairId: string | null): Tally {
  const choices = Object.values(vote.votes);
  const count = (choice: VoteChoice) => choices.filter((value) => value === choice).length;
  const jaa = count('jaa');
  const ei = count('ei');
  const tyhja = count('tyhja');
  if (jaa !== ei) return { jaa, ei, tyhja, winner: jaa > ei ? 'jaa' : 'ei', decidedByChair: false };
  const chairVote = chairId === null ? undefined : vote.votes[chairId];
  const winner = chairVote === 'jaa' || chairVote === 'ei' ? chairVote : null;
  return { jaa, ei, tyhja, winner, decidedByChair: winner !== null };
}

/** The surname in the genitive, as "jaa = päätösehdotus, ei = Kerosen vastaehdotus" needs. */
export function genitive(name: string): string {
  const surname = name.trim().split(/\s+/u).at(-1) ?? '';
  if (surname === '') return '';
  if (surname.endsWith('nen')) return `${surname.slice(0, -3)}sen`;
  return /[aeiouyäö]$/iu.test(surname) ? `${surname}n` : `${surname}in`;
}

/** The Käsittely text written from the record (null when there is nothing to write). */
export function generatedHandlingText(_detail: MeetingDetail, _section: MeetingDetail['sections'][number]): RichDoc | null {
  return null;
}
