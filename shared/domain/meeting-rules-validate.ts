// What can be wrong in a §'s handling record (issue 8, "Bad input"): each problem with a stable
// code, the i18n key of its Finnish message and the values to fill in, and where it is. The
// service refuses a record with errors (VALIDATION, nothing saved); the session screen shows the
// same list beside the fields, warnings included, as the secretary types.
import type { Meeting, MeetingAttendee, MeetingSection, SectionHandling } from './meeting';
import { attendingName, membersPresentAt, sectionOrderOf } from './meeting-rules-attendance';
import { countVote } from './meeting-rules-vote';
import { clockMinutes } from '../format/clock-time';
import { translate } from '../i18n/translate';

export const handlingProblemCodes = [
  'sectionMissing',
  'unknownAttendee',
  'moreVotesThanVoters',
  'voteByAbsent',
  'voteByDisqualified',
  'voteByNonMember',
  'voteByUnknown',
  'voteCounterMissing',
  'voteCounterUnseconded',
  'voteTie',
  'seconderIsMover',
  'seconderTwice',
  'moverDisqualified',
  'seconderDisqualified',
  'moverAbsent',
  'seconderAbsent',
  'moverNotMember',
  'seconderNotMember',
  'disqualifiedTwice',
  'timeInvalid',
  'returnedBeforeLeft',
  'dissentByNonMember',
  'dissentTwice',
] as const;
export type HandlingProblemCode = (typeof handlingProblemCodes)[number];

export interface HandlingProblem {
  code: HandlingProblemCode;
  /** 'error': the service refuses the record; 'warning': saved, but the screen points at it. */
  severity: 'error' | 'warning';
  /** i18n key of the Finnish message: `meetingMinutes.problem.<code>`. */
  key: string;
  params: Record<string, string | number>;
  /** Where in the SectionHandling it is, e.g. "votes.0.votes.a3", "counterProposals.1.seconderIds.0". */
  path: string;
}

/** Codes that are only pointed at: a tie the chair did not settle is recorded as it went. */
const warningCodes: readonly HandlingProblemCode[] = ['voteTie'];

function problem(code: HandlingProblemCode, path: string, params: Record<string, string | number> = {}): HandlingProblem {
  return { code, severity: warningCodes.includes(code) ? 'warning' : 'error', key: `meetingMinutes.problem.${code}`, params, path };
}

/** The problem's Finnish message. */
export function handlingProblemMessage(entry: Pick<HandlingProblem, 'key' | 'params'>): string {
  return translate(entry.key, entry.params);
}

/** Only the errors: what the service refuses. */
export function handlingErrors(problems: readonly HandlingProblem[]): HandlingProblem[] {
  return problems.filter((entry) => entry.severity === 'error');
}

interface Context {
  byId: ReadonlyMap<string, MeetingAttendee>;
  present: ReadonlySet<string>;
  disqualified: ReadonlySet<string>;
  problems: HandlingProblem[];
}

function nameOf(context: Context, id: string): string {
  const attendee = context.byId.get(id);
  return attendee === undefined ? id : attendingName(attendee);
}

/** A member who proposes or seconds must be a member, at the table, and not disqualified. */
function checkProposer(context: Context, id: string, path: string, as: 'mover' | 'seconder'): void {
  const attendee = context.byId.get(id);
  if (attendee === undefined) {
    context.problems.push(problem('unknownAttendee', path));
    return;
  }
  const name = attendingName(attendee);
  if (attendee.kind !== 'member') context.problems.push(problem(as === 'mover' ? 'moverNotMember' : 'seconderNotMember', path, { name }));
  else if (context.disqualified.has(id)) context.problems.push(problem(as === 'mover' ? 'moverDisqualified' : 'seconderDisqualified', path, { name }));
  else if (!context.present.has(id)) context.problems.push(problem(as === 'mover' ? 'moverAbsent' : 'seconderAbsent', path, { name }));
}

function checkDisqualifications(context: Context, handling: SectionHandling): void {
  const seen = new Set<string>();
  handling.disqualifications.forEach((entry, index) => {
    const path = `disqualifications.${String(index)}`;
    if (!context.byId.has(entry.attendeeId)) context.problems.push(problem('unknownAttendee', `${path}.attendeeId`));
    else if (seen.has(entry.attendeeId)) context.problems.push(problem('disqualifiedTwice', `${path}.attendeeId`, { name: nameOf(context, entry.attendeeId) }));
    seen.add(entry.attendeeId);
    const left = entry.leftAt.trim() === '' ? null : clockMinutes(entry.leftAt);
    const back = entry.returnedAt.trim() === '' ? null : clockMinutes(entry.returnedAt);
    if (entry.leftAt.trim() !== '' && left === null) context.problems.push(problem('timeInvalid', `${path}.leftAt`, { time: entry.leftAt.trim() }));
    if (entry.returnedAt.trim() !== '' && back === null) context.problems.push(problem('timeInvalid', `${path}.returnedAt`, { time: entry.returnedAt.trim() }));
    if (left !== null && back !== null && back < left) {
      context.problems.push(problem('returnedBeforeLeft', `${path}.returnedAt`, { name: nameOf(context, entry.attendeeId), leftAt: entry.leftAt.trim(), returnedAt: entry.returnedAt.trim() }));
    }
  });
}

function checkCounterProposals(context: Context, handling: SectionHandling): void {
  handling.counterProposals.forEach((proposal, index) => {
    const path = `counterProposals.${String(index)}`;
    checkProposer(context, proposal.moverId, `${path}.moverId`, 'mover');
    const seen = new Set<string>();
    proposal.seconderIds.forEach((seconderId, seconderIndex) => {
      const seconderPath = `${path}.seconderIds.${String(seconderIndex)}`;
      if (seconderId === proposal.moverId) context.problems.push(problem('seconderIsMover', seconderPath, { name: nameOf(context, seconderId) }));
      else if (seen.has(seconderId)) context.problems.push(problem('seconderTwice', seconderPath, { name: nameOf(context, seconderId) }));
      else checkProposer(context, seconderId, seconderPath, 'seconder');
      seen.add(seconderId);
    });
  });
}

function checkVotes(context: Context, handling: SectionHandling, voters: readonly string[], chairId: string | null): void {
  handling.votes.forEach((vote, index) => {
    const path = `votes.${String(index)}`;
    if (vote.counterProposalId !== null) {
      const counter = handling.counterProposals.find((entry) => entry.id === vote.counterProposalId);
      if (counter === undefined) context.problems.push(problem('voteCounterMissing', `${path}.counterProposalId`));
      else if (counter.seconderIds.length === 0) context.problems.push(problem('voteCounterUnseconded', `${path}.counterProposalId`));
    }
    const cast = Object.keys(vote.votes);
    if (cast.length > voters.length) context.problems.push(problem('moreVotesThanVoters', `${path}.votes`, { votes: cast.length, voters: voters.length }));
    for (const id of cast) {
      const attendee = context.byId.get(id);
      const votePath = `${path}.votes.${id}`;
      if (attendee === undefined) context.problems.push(problem('voteByUnknown', votePath));
      else if (attendee.kind !== 'member') context.problems.push(problem('voteByNonMember', votePath, { name: attendingName(attendee) }));
      else if (context.disqualified.has(id)) context.problems.push(problem('voteByDisqualified', votePath, { name: attendingName(attendee) }));
      else if (!context.present.has(id)) context.problems.push(problem('voteByAbsent', votePath, { name: attendingName(attendee) }));
    }
    const count = countVote(vote, voters, chairId);
    // A tie with votes on both sides; 0–0 is a vote not yet taken.
    if (count.result.kind === 'unresolved' && count.jaa > 0) context.problems.push(problem('voteTie', `${path}.votes`));
  });
}

/** Dissent: a member, or the presenter (esittelijä), who answers for the proposal unless they dissent. */
function checkDissents(context: Context, handling: SectionHandling): void {
  const seen = new Set<string>();
  handling.dissents.forEach((dissent, index) => {
    const path = `dissents.${String(index)}.attendeeId`;
    const attendee = context.byId.get(dissent.attendeeId);
    if (attendee === undefined) context.problems.push(problem('unknownAttendee', path));
    else if (attendee.kind !== 'member' && attendee.role !== 'esittelija') context.problems.push(problem('dissentByNonMember', path, { name: attendingName(attendee) }));
    else if (seen.has(dissent.attendeeId)) context.problems.push(problem('dissentTwice', path, { name: attendingName(attendee) }));
    seen.add(dissent.attendeeId);
  });
}

/**
 * The problems of the §'s handling record, in the record's order (disqualifications, counter-
 * proposals, votes, dissents). Empty when it is fine. `sections` are the meeting's §§ (any order).
 */
export function validateHandling(
  meeting: Pick<Meeting, 'attendees' | 'events' | 'chairId'>,
  sections: readonly Pick<MeetingSection, 'id' | 'position'>[],
  sectionId: string,
  handling: SectionHandling,
): HandlingProblem[] {
  const order = sectionOrderOf(sections);
  if (!order.includes(sectionId)) return [problem('sectionMissing', '')];
  const members = membersPresentAt(meeting, order, sectionId);
  const disqualified = new Set(handling.disqualifications.map((entry) => entry.attendeeId));
  const context: Context = {
    byId: new Map(meeting.attendees.map((attendee) => [attendee.id, attendee])),
    present: new Set(members.map((attendee) => attendee.id)),
    disqualified,
    problems: [],
  };
  const voters = members.filter((attendee) => !disqualified.has(attendee.id)).map((attendee) => attendee.id);
  checkDisqualifications(context, handling);
  checkCounterProposals(context, handling);
  checkVotes(context, handling, voters, meeting.chairId);
  checkDissents(context, handling);
  return context.problems;
}
