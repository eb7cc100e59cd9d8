// Inputs of a meeting's Word documents (issue 8): the whole agenda, the whole minutes and an
// extract of one §. Plain values, no database: the services load them (electron/services/meetings/
// meeting-export.ts), tests and the bench build them by hand.
import type { AppealText } from '../../shared/domain/appeal';
import type { AgendaItem, Person } from '../../shared/domain/item';
import type { Meeting, SectionOutcome, StandardItemKind } from '../../shared/domain/meeting';
import type { RichDoc } from '../../shared/domain/rich-text';
import type { OrganisationSettings } from '../../shared/domain/settings';

/** One entry of the agenda / one § of the minutes, in the meeting's order. */
export interface MeetingDocumentSection {
  sectionId: string;
  /** 0-based; Asianro = position + 1. */
  position: number;
  /** § number; null before the meeting opened (the agenda needs none, the minutes need all). */
  sectionNumber: number | null;
  standardKind: StandardItemKind | null;
  outcome: SectionOutcome | null;
  item: AgendaItem;
  /** The item's preparers, resolved from its preparerIds (in that order). */
  preparers: Person[];
  /** The Käsittely text: the secretary's edited text or the one written from the handling record; null or empty prints none. */
  handling: RichDoc | null;
  /** What prints under "Päätös": the outcome's own decision (tabled, returned, removed) or the item's decision; null = not decided yet. */
  decision: RichDoc | null;
}

export interface MeetingDocumentInput {
  settings: OrganisationSettings;
  meeting: Meeting;
  sections: MeetingDocumentSection[];
  /** The body's standard appeal texts: they name the groups of the minutes' appeal instructions. */
  appealTexts: AppealText[];
  /** File properties' creator and lastModifiedBy. */
  author: string;
}

/** Who certifies an extract ("Otteen oikeaksi todistaa"). */
export interface ExtractCertifier {
  name: string;
  title: string;
  /** ISO date of the certification. */
  date: string;
}

export interface MeetingExtractInput {
  settings: OrganisationSettings;
  meeting: Meeting;
  section: MeetingDocumentSection;
  /** The body's standard appeal texts: a tabled or returned § prints the "no appeal" one. */
  appealTexts: AppealText[];
  certifier: ExtractCertifier;
  author: string;
}
