// A meeting of a body (domain.md, "Workflow" and "A meeting"; issue 8): its data, attendance,
// agenda in order (each entry an agenda item, Asianro = position + 1, § given at the meeting) and,
// per §, the handling record the secretary keeps at the table.
import type { MemberRole, OtherRole } from './body';
import type { RichDoc } from './rich-text';

export const meetingStatuses = [
  'suunniteltu', // planned
  'esityslista_lahetetty', // agenda sent
  'kokouksessa', // in session
  'paattynyt', // closed
  'tarkastettu', // minutes checked: every § is locked
  'julkaistu', // published
] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/** present; absent; or the member's personal deputy attends in their place. */
export const presences = ['present', 'absent', 'deputy'] as const;
export type Presence = (typeof presences)[number];

/** One person on the meeting's attendance list: a member (with the deputy) or another attendee. */
export interface MeetingAttendee {
  /** Stable within the meeting; votes, disqualifications and events refer to it. */
  id: string;
  kind: 'member' | 'other';
  /** The body member or other it was copied from; null for someone added at the meeting. */
  sourceId: string | null;
  name: string;
  role: MemberRole | OtherRole;
  title: string;
  /** Members: the personal deputy ('' if none). */
  deputyName: string;
  presence: Presence;
}

/** A late arrival or an early departure, shown in the handling of the § where it happened. */
export interface AttendanceEvent {
  id: string;
  attendeeId: string;
  kind: 'arrived' | 'left';
  /** "hh.mm" as minutes print times. */
  time: string;
  /** The § during (before) which it happened; null when before the first. */
  sectionId: string | null;
}

/**
 * "1/2024": the meeting's number in its year, as the documents, the item's meeting line, the
 * command line and the item editor's match all write it.
 */
export function meetingNumberText(meeting: Pick<Meeting, 'number' | 'year'>): string {
  return `${String(meeting.number)}/${String(meeting.year)}`;
}

export interface MinutesChecked {
  /** ISO date the checkers signed. */
  date: string;
  place: string;
}

export interface Meeting {
  id: string;
  bodyId: string;
  /** The body's name when the meeting was created (printed). */
  bodyName: string;
  year: number;
  /** The number in the year: 1 in "1/2024". */
  number: number;
  /** ISO date. */
  date: string;
  /** "hh.mm"; '' when not known yet. */
  startTime: string;
  endTime: string;
  place: string;
  status: MeetingStatus;
  attendees: MeetingAttendee[];
  events: AttendanceEvent[];
  chairId: string | null;
  secretaryId: string | null;
  /** The minutes checkers (pöytäkirjan tarkastajat), chosen at the meeting. */
  checkerIds: string[];
  minutesChecked: MinutesChecked | null;
  /** "Pöytäkirja on pidetty yleisesti nähtävänä …": where and when, as the office writes it. */
  publicDisplay: string;
  isSample: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The standard items every meeting has (added from templates; shared/domain/standard-items.ts). */
export const standardItemKinds = ['avaus', 'laillisuus', 'tarkastajat', 'tyojarjestys', 'ilmoitusasiat', 'viranhaltijapaatokset', 'muut_asiat'] as const;
export type StandardItemKind = (typeof standardItemKinds)[number];

export const sectionOutcomes = [
  'hyvaksytty', // approved as proposed
  'hyvaksytty_muutettuna', // approved as amended
  'pantiin_poydalle', // tabled: back to the pool
  'palautettiin_valmisteluun', // returned for preparation: back to the pool, reopened
  'poistettiin_esityslistalta', // removed from the agenda
  'merkittiin_tiedoksi', // noted
] as const;
export type SectionOutcome = (typeof sectionOutcomes)[number];

/** Outcomes after which the item is not decided and goes back to the pool for a later meeting. */
export const poolOutcomes: readonly SectionOutcome[] = ['pantiin_poydalle', 'palautettiin_valmisteluun', 'poistettiin_esityslistalta'];

export interface Disqualification {
  id: string;
  attendeeId: string;
  /** The ground as minutes state it, e.g. "hallintolaki 28.1 § 5 k, yhteisöjäävi". */
  ground: string;
  /** "hh.mm" left the room / returned; '' when not recorded. */
  leftAt: string;
  returnedAt: string;
}

export interface CounterProposal {
  id: string;
  moverId: string;
  /** None: the proposal fell for want of a seconder. */
  seconderIds: string[];
  text: string;
}

export const voteChoices = ['jaa', 'ei', 'tyhja'] as const;
export type VoteChoice = (typeof voteChoices)[number];

export interface SectionVote {
  id: string;
  /** The chair's voting proposal: "jaa = päätösehdotus, ei = Kerosen vastaehdotus". */
  yesMeans: string;
  noMeans: string;
  /** The counter-proposal voted against the proposal, if any. */
  counterProposalId: string | null;
  /** attendeeId → choice; only members entitled to vote at this § (present, not disqualified). */
  votes: Record<string, VoteChoice>;
}

export interface Dissent {
  id: string;
  attendeeId: string;
  /** With a written statement (kirjallinen eriävä mielipide) attached to the minutes. */
  written: boolean;
  statement: string;
}

export interface ExpertHeard {
  id: string;
  name: string;
  title: string;
}

export interface SectionHandling {
  disqualifications: Disqualification[];
  counterProposals: CounterProposal[];
  votes: SectionVote[];
  dissents: Dissent[];
  experts: ExpertHeard[];
  /** "Tarkastettiin kokouksessa": this § was checked at once (the seed's decision point 3). */
  checkedAtMeeting: boolean;
}

export const emptyHandling = (): SectionHandling => ({ disqualifications: [], counterProposals: [], votes: [], dissents: [], experts: [], checkedAtMeeting: false });

/** One entry of the meeting's agenda: Asianro before the meeting, § in the minutes. */
export interface MeetingSection {
  id: string;
  meetingId: string;
  itemId: string;
  /** 0-based order; Asianro is position + 1. */
  position: number;
  /** Given when the meeting starts, continuing the body's sequence for the year; null before. */
  sectionNumber: number | null;
  standardKind: StandardItemKind | null;
  handling: SectionHandling;
  outcome: SectionOutcome | null;
  /** The Käsittely text as edited; null: written from the handling record. */
  handlingText: RichDoc | null;
  /**
   * The decision of an outcome that leaves the item undecided (tabled, returned, removed), e.g.
   * "Lautakunta päätti panna asian pöydälle."; null otherwise: the item's own decision prints.
   */
  outcomeDecision: RichDoc | null;
  updatedAt: string;
}
