// The problems the meeting rules find (issue 8, "Bad input"), one shape for the handling record
// of a § and for the attendance list: a stable code, 'error' (the service refuses: VALIDATION,
// nothing saved) or 'warning' (saved, the screen points at it), the i18n key of the Finnish
// message with the values to fill in, and the path of the field it is about.
import { fillTemplate } from '../format/fill-template';
import { numberElative } from '../format/meeting-decisions';
import { meetingMinutes } from '../i18n/fi/meeting-minutes';
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
  'noQuorum',
  // The attendance list and its events (validateAttendance).
  'eventUnknownAttendee',
  'eventUnknownSection',
  'eventTimeInvalid',
  'eventNotPresent',
  'eventAlreadyPresent',
  'chairUnknown',
  'chairNotMember',
  'secretaryUnknown',
  'checkerUnknown',
  'noQuorumAtOpening',
] as const;
export type HandlingProblemCode = (typeof handlingProblemCodes)[number];

export interface HandlingProblem {
  code: HandlingProblemCode;
  /** 'error': the service refuses the record; 'warning': saved, but the screen points at it. */
  severity: 'error' | 'warning';
  /** i18n key of the Finnish message: `meetingMinutes.problem.<code>`. */
  key: string;
  params: Record<string, string | number>;
  /** The field: in the SectionHandling ("votes.0.votes.a3", "counterProposals.1.seconderIds.0") or the meeting ("events.2.time"). */
  path: string;
}

/**
 * Codes that are only pointed at: a tie the chair did not settle is recorded as it went; a
 * meeting without a quorum is still recorded (the legality § says so); an event that does not
 * fit the list as marked is the secretary's to check, not to be refused at the table.
 */
const warningCodes: readonly HandlingProblemCode[] = ['voteTie', 'noQuorum', 'noQuorumAtOpening', 'eventNotPresent', 'eventAlreadyPresent'];

export function problem(code: HandlingProblemCode, path: string, params: Record<string, string | number> = {}): HandlingProblem {
  return { code, severity: warningCodes.includes(code) ? 'warning' : 'error', key: `meetingMinutes.problem.${code}`, params, path };
}

/** "4 jäsentä", "9:stä", 5: the quorum's figures as the message writes them. */
export function quorumParams(present: number, seats: number, required: number): Record<string, string | number> {
  return { present: present === 1 ? meetingMinutes.legality.membersOne : fillTemplate(meetingMinutes.legality.membersMany, { count: present }), seats: numberElative(seats), required };
}

/** The problem's Finnish message. */
export function handlingProblemMessage(entry: Pick<HandlingProblem, 'key' | 'params'>): string {
  return translate(entry.key, entry.params);
}

/** Only the errors: what the service refuses. */
export function handlingErrors(problems: readonly HandlingProblem[]): HandlingProblem[] {
  return problems.filter((entry) => entry.severity === 'error');
}


/**
 * The errors as the envelope's field issues (path under `prefix`, e.g. "handling."; message the
 * i18n key). The keys' messages name people, so the ServiceError's own message should be
 * refusalMessage(): the same problems in full Finnish.
 */
export function problemsToFieldIssues(problems: readonly HandlingProblem[], prefix: string): { path: string; message: string }[] {
  return handlingErrors(problems).map((entry) => ({ path: `${prefix}${entry.path}`.replace(/\.$/u, ''), message: entry.key }));
}

/** The errors' Finnish messages, one sentence after another: what the refusal says. */
export function refusalMessage(problems: readonly HandlingProblem[]): string {
  return handlingErrors(problems).map(handlingProblemMessage).join(' ');
}
