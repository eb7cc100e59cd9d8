// An agenda item (asia before the meeting, pykälä in the minutes): domain.md, "An agenda item".
import type { RichDoc } from './rich-text';
import type { FrozenSummary } from './summary-project';

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

export const appealTypes = ['oikaisuvaatimus', 'kunnallisvalitus', 'ei_muutoksenhakua'] as const;
export type AppealType = (typeof appealTypes)[number];

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
  updatedAt: string;
}

export interface NumberedPoint {
  id: string;
  text: string;
  textSv: string;
}

/** "Lautakunta päättää" + numbered points (the decision uses "Lautakunta päätti"). */
export interface PointList {
  opening: string;
  openingSv: string;
  points: NumberedPoint[];
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
  proposal: PointList;
  /** Empty until the meeting. */
  decision: PointList | null;
  forInformation: string[];
  implementation: string[];
  appeal: AppealType;
  publicity: Publicity;
  status: ItemStatus;
  isSample: boolean;
  createdAt: string;
  updatedAt: string;
}

export const appealTexts: Record<AppealType, string> = {
  oikaisuvaatimus:
    'Tähän päätökseen tyytymätön voi tehdä kirjallisen oikaisuvaatimuksen. Oikaisuvaatimus tehdään päätöksen tehneelle toimielimelle 14 päivän kuluessa päätöksen tiedoksisaannista (kuntalaki 134 §).',
  kunnallisvalitus:
    'Tähän päätökseen haetaan muutosta kunnallisvalituksella hallinto-oikeudelta. Valitus on tehtävä 30 päivän kuluessa päätöksen tiedoksisaannista (kuntalaki 135 §).',
  ei_muutoksenhakua:
    'Tähän päätökseen ei saa hakea muutosta oikaisuvaatimuksella eikä kunnallisvalituksella, koska päätös koskee vain asian valmistelua tai täytäntöönpanoa (kuntalaki 136 §).',
};
