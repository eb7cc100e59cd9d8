// An agenda item (asia before the meeting, pykälä in the minutes): domain.md, "An agenda item".
import type { ItemAppeal } from './appeal';
import type { RichDoc } from './rich-text';
import type { FrozenSummary } from './summary-project';
import type { UserRole } from './review';

export const itemStatuses = [
  'luonnos', // draft
  'tarkastettavana', // in review by the presenter
  'palautettu', // returned with comments
  'hyvaksytty', // approved as a proposal: frozen
  'esityslistalla', // on a meeting's agenda, has its Asianro
  'kasitelty', // handled at the meeting
  'tarkastettu', // minutes checked
  'julkaistu', // published
] as const;
export type ItemStatus = (typeof itemStatuses)[number];

/** Once approved, the proposal is frozen; changing it reopens the review. */
export const proposalFrozenStatuses: readonly ItemStatus[] = ['hyvaksytty', 'esityslistalla', 'kasitelty', 'tarkastettu', 'julkaistu'];

/** Once the minutes are checked, the item is the record of what the board decided: nothing in it changes. */
export const recordLockedStatuses: readonly ItemStatus[] = ['tarkastettu', 'julkaistu'];

export const meetingOutcomes = ['paatetty', 'pantiin_poydalle', 'palautettiin_valmisteluun'] as const;
export type MeetingOutcome = (typeof meetingOutcomes)[number];

/** Who a person of the people list is, as printed in the Valmistelija / Lisätiedot line. */
export interface PersonDetails {
  id: string;
  name: string;
  title: string;
  phone: string;
  email: string;
}

/** A stored person: updatedAt is what a form read, so its save can be refused if someone saved since. */
export interface Person extends PersonDetails {
  /** A user of the app has a role (issue 9); null for someone who only appears in items. */
  role: UserRole | null;
  /** Varaesittelijä: may approve and return items in place of their presenter. */
  deputyPresenter: boolean;
  updatedAt: string;
}

export interface ProjectSummarySource {
  activeOn: string;
  areas: string[];
  /** Set when the proposal is approved, dropped when it is reopened: the rows as approved. */
  frozen?: FrozenSummary;
}

export interface AttachmentRef {
  id: string;
  title: string;
  /** A project summary generated from the register, or a file named by the user. */
  source: { kind: 'projectSummary'; summary: ProjectSummarySource } | { kind: 'document'; fileName: string };
}

export type Publicity =
  | { kind: 'public' }
  | { kind: 'confidential'; scope: 'whole' | 'part'; legalBasis: string };

export interface AgendaItem {
  id: string;
  title: string;
  titleSv: string;
  /** Diaarinumero, e.g. KOK/123/12.00.01/2024. */
  caseNumber: string;
  /** "KH 20.6.2023 § 156", if any. */
  earlierHandling: string;
  /** The deciding body, e.g. "Sivistyslautakunta"; defaults from settings. */
  bodyName: string;
  meetingDate: string | null;
  /** The meeting's number, e.g. "1/2024". */
  meetingNumber: string;
  /** Asianro on the agenda. */
  agendaNumber: number | null;
  /** § number in the minutes. */
  sectionNumber: number | null;
  preparerIds: string[];
  background: RichDoc;
  attachments: AttachmentRef[];
  supplementary: AttachmentRef[];
  presenterTitle: string;
  presenterName: string;
  /**
   * The decision proposal as boards write it (rich text): one sentence; an opening paragraph
   * ("Lautakunta päättää") and an ordered list of points; paragraphs with a bullet list and a
   * totals line; a small table. The first paragraph stands beside the presenter's label.
   */
  proposal: RichDoc;
  /** Its Swedish version, kept for the bilingual export on the roadmap; null when none. */
  proposalSv: RichDoc | null;
  /** What the board decided, written at the meeting ("Hyväksyttiin yksimielisesti."); null until then. */
  decision: RichDoc | null;
  decisionSv: RichDoc | null;
  forInformation: string[];
  implementation: string[];
  /** The appeal instructions printed under "Muutoksenhaku": the body's standard text or the item's own. */
  appeal: ItemAppeal;
  publicity: Publicity;
  /**
   * Set on a copy of an earlier item (last year's review): the year the original was written for,
   * until the user has checked the years in the copy; the item cannot go to review before that.
   */
  yearToCheck: number | null;
  status: ItemStatus;
  isSample: boolean;
  createdAt: string;
  updatedAt: string;
}
