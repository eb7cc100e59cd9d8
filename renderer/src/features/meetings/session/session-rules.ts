// What the session screen asks of the meeting rules (shared/domain/meeting-rules, the same rules
// the services and the minutes use), in the shapes the screen holds: the meeting with its §§.
import type { Meeting, MeetingAttendee, SectionVote } from '../../../../../shared/domain/meeting';
import { attendingName, countVote, presentAt as presentAtOrder, quorum, sectionOrderOf, votersAt as votersAtOrder } from '../../../../../shared/domain/meeting-rules';
import type { Quorum, VoteCount } from '../../../../../shared/domain/meeting-rules';
import type { RichDoc } from '../../../../../shared/domain/rich-text';
import { defaultVoteMeanings, generateHandlingText } from '../../../../../shared/format/handling-text';
import type { MeetingDetail } from '../../../../../shared/ipc/channels/meetings';

type Sections = MeetingDetail['sections'];

/** The name a person is recorded under: the deputy's when the deputy attends in the member's place. */
export function attendeeName(attendee: MeetingAttendee): string {
  return attendingName(attendee);
}

export function nameOf(meeting: Meeting, attendeeId: string | null): string {
  const attendee = meeting.attendees.find((candidate) => candidate.id === attendeeId);
  return attendee ? attendingName(attendee) : '';
}

/** Attendees present at a § (null: at the opening), with the arrivals and departures applied. */
export function presentAt(meeting: Meeting, sections: Sections, sectionId: string | null): MeetingAttendee[] {
  return presentAtOrder(meeting, sectionOrderOf(sections), sectionId);
}

/** Members present at a § and not disqualified in it: those entitled to vote. */
export function votersAt(meeting: Meeting, sections: Sections, sectionId: string): MeetingAttendee[] {
  const handling = sections.find((section) => section.id === sectionId)?.handling ?? null;
  return votersAtOrder(meeting, sectionOrderOf(sections), sectionId, handling);
}

/** The quorum at the opening (null) or at a § (its disqualified not counted). */
export function quorumAt(meeting: Meeting, sections: Sections, sectionId: string | null): Quorum {
  const handling = sectionId === null ? null : (sections.find((section) => section.id === sectionId)?.handling ?? null);
  return quorum(meeting, sectionOrderOf(sections), sectionId, handling);
}

/** The count of one vote among those entitled at its § (a tie: the chair's vote, KuntaL 104 §). */
export function tally(meeting: Meeting, sections: Sections, sectionId: string, vote: SectionVote): VoteCount {
  return countVote(vote, votersAt(meeting, sections, sectionId).map((voter) => voter.id), meeting.chairId);
}

/** The chair's voting proposal prefilled: "päätösehdotus" against "Kerosen vastaehdotus". */
export function voteMeanings(meeting: Meeting, moverId: string | null): { yesMeans: string; noMeans: string } {
  return defaultVoteMeanings(meeting, moverId === null ? null : { moverId });
}

/** The Käsittely text written from the record (null when there is nothing to write). */
export function generatedHandlingText(detail: MeetingDetail, section: Sections[number]): RichDoc | null {
  return generateHandlingText(detail.meeting, detail.sections, section.id, section.handling);
}
