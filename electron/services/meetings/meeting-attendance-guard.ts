// A change of the attendance list or its events must not pull the ground from under a § already
// recorded: a voter dropped from the list, made a non-member or marked absent, or a departure
// recorded before the § they voted at, would leave minutes that name a person who was not there
// (issue 8 review). The change is refused with the person and the § named; nothing is written.
import type { HandlingProblem } from '../../../shared/domain/meeting-rules-problems';
import type { Meeting, MeetingSection, SectionHandling } from '../../../shared/domain/meeting';
import { attendingName } from '../../../shared/domain/meeting-rules-attendance';
import { handlingErrors, handlingProblemMessage } from '../../../shared/domain/meeting-rules-problems';
import { validateHandling } from '../../../shared/domain/meeting-rules';
import { fillTemplate } from '../../../shared/format/fill-template';
import { meetingService } from '../../../shared/i18n/fi/meeting-service';
import type { FieldIssue } from '../../../shared/ipc/define';

/** The attendee ids a handling record names. */
function namedIn(handling: SectionHandling): Set<string> {
  return new Set([
    ...handling.disqualifications.map((entry) => entry.attendeeId),
    ...handling.counterProposals.flatMap((entry) => [entry.moverId, ...entry.seconderIds]),
    ...handling.votes.flatMap((vote) => Object.keys(vote.votes)),
    ...handling.dissents.map((entry) => entry.attendeeId),
  ]);
}

/** "§ 5" once numbered, "asia 3" (Asianro) before. */
export function sectionLabel(section: Pick<MeetingSection, 'sectionNumber' | 'position'>): string {
  const labels = meetingService.sectionLabel;
  return section.sectionNumber === null ? fillTemplate(labels.agenda, { number: section.position + 1 }) : fillTemplate(labels.numbered, { number: section.sectionNumber });
}

/** Where the meeting itself names the attendee: chair, secretary, checker, an arrival or departure. */
function roleOf(meeting: Meeting, id: string): keyof typeof meetingService.attendeeRole | null {
  if (meeting.chairId === id) return 'chair';
  if (meeting.secretaryId === id) return 'secretary';
  if (meeting.checkerIds.includes(id)) return 'checker';
  if (meeting.events.some((event) => event.attendeeId === id)) return 'event';
  return null;
}

const problemKey = (entry: HandlingProblem) => `${entry.code} ${entry.path}`;

/**
 * The first way in which `next` (the meeting as the patch leaves it) breaks a recorded §, as a
 * field issue at `path`; none when every § reads as well as before. Errors a § had already are not
 * blamed on this change.
 */
export function attendanceChangeIssues(stored: Meeting, next: Meeting, sections: readonly MeetingSection[], path: string): FieldIssue[] {
  const kept = new Set(next.attendees.map((attendee) => attendee.id));
  const ordered = [...sections].sort((a, b) => a.position - b.position);
  for (const removed of stored.attendees.filter((attendee) => !kept.has(attendee.id))) {
    const role = roleOf(next, removed.id);
    if (role !== null) return [{ path, message: 'meetingService.error.attendeeInRole', params: { name: attendingName(removed), role: meetingService.attendeeRole[role] } }];
    const section = ordered.find((entry) => namedIn(entry.handling).has(removed.id));
    if (section) return [{ path, message: 'meetingService.error.attendeeInHandling', params: { name: attendingName(removed), section: sectionLabel(section) } }];
  }
  for (const section of ordered) {
    if (namedIn(section.handling).size === 0) continue;
    const before = new Set(handlingErrors(validateHandling(stored, sections, section.id, section.handling)).map(problemKey));
    const fresh = handlingErrors(validateHandling(next, sections, section.id, section.handling)).filter((entry) => !before.has(problemKey(entry)));
    // The problem that names the person says most ("… ei ole läsnä …" rather than a count).
    const broken = fresh.find((entry) => 'name' in entry.params) ?? fresh[0];
    if (broken) return [{ path, message: 'meetingService.error.attendeeChangeBreaksSection', params: { section: sectionLabel(section), problem: handlingProblemMessage(broken) } }];
  }
  return [];
}
