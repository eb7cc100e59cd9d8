// A meeting's whole documents (issue 8): the agenda (ESITYSLISTA), the minutes (PÖYTÄKIRJA) and an
// extract of one § (PÖYTÄKIRJANOTE). The cover is one Word section, every item or § another
// (its own number in the header), the appeal instructions a last one; PAGE and NUMPAGES count
// over the whole document, so every page reads "N (M)".
import { HeadingLevel, PageOrientation, Paragraph } from 'docx';
import type { FileChild, ISectionOptions } from 'docx';
import type { AgendaItem } from '../../shared/domain/item';
import type { Meeting, MeetingSection } from '../../shared/domain/meeting';
import { isUnamendedDecision } from '../../shared/domain/resolution';
import { richToPlainText } from '../../shared/domain/rich-text';
import type { RichDoc } from '../../shared/domain/rich-text';
import { ServiceError } from '../../shared/errors';
import { formatFinnishDate } from '../../shared/format/date';
import { itemNumberText } from '../../shared/format/item-document';
import { meetingDocuments as words } from '../../shared/i18n/fi/meeting-documents';
import { translate } from '../../shared/i18n/translate';
import { agendaItemBody, labelledRich } from './agenda-item-body';
import type { ItemBodyContext } from './agenda-item-body';
import { pageHeader } from './header';
import { textRuns } from './inline';
import { labelled } from './labelled';
import { layoutMetrics, margins, pagePortrait, textWidthPortrait } from './layout';
import type { LayoutMetrics } from './layout';
import { appealGroups, sectionAppeal, sectionsText } from './meeting-appeals';
import type { AppealGroup } from './meeting-appeals';
import { agendaCover, minutesCover, signatureRows } from './meeting-cover';
import { meetingNumberText } from '../../shared/domain/meeting';
import type { ExtractCertifier, MeetingDocumentInput, MeetingDocumentSection, MeetingExtractInput } from './meeting-types';
import { instanceCounter, packDocument } from './pack';

type MeetingDocumentType = keyof typeof words.type;

const page = {
  size: { width: pagePortrait.width, height: pagePortrait.height, orientation: PageOrientation.PORTRAIT },
  margin: margins,
};

/** What prints under "Päätös": the outcome's own decision for an item left undecided, else the item's. */
export function printedDecision(section: Pick<MeetingSection, 'outcomeDecision'>, item: Pick<AgendaItem, 'decision'>): RichDoc | null {
  return section.outcomeDecision ?? item.decision;
}

/** The item as the meeting numbers it: Asianro from the position, § from the section, the meeting's date, number and body. */
function itemOnMeeting(section: MeetingDocumentSection, meeting: Meeting): AgendaItem {
  return {
    ...section.item,
    agendaNumber: section.position + 1,
    sectionNumber: section.sectionNumber,
    meetingDate: meeting.date,
    meetingNumber: meetingNumberText(meeting),
    bodyName: meeting.bodyName,
    decision: section.decision,
  };
}

function header(type: MeetingDocumentType, meeting: Meeting, settingsOrganisation: string, number: string) {
  // "PÖYTÄKIRJANOTE 1/2024" would not fit between the type's and the number's tab stops (4.6 cm):
  // the extract's header names the §, and its body line names the meeting ("Kokous 1/2024 § 6").
  const documentNumber = type === 'extract' ? '' : meetingNumberText(meeting);
  return pageHeader(
    { organisation: settingsOrganisation, issuer: meeting.bodyName, documentType: words.type[type], documentNumber, number, date: formatFinnishDate(meeting.date) },
    textWidthPortrait,
  );
}

function section(type: MeetingDocumentType, meeting: Meeting, organisation: string, number: string, children: FileChild[]): ISectionOptions {
  return { properties: { page }, headers: { default: header(type, meeting, organisation, number) }, children };
}

function bodyContext(input: Pick<MeetingDocumentInput, 'settings' | 'meeting'>, layout: LayoutMetrics, nextInstance: () => number): ItemBodyContext {
  return {
    layout,
    textWidth: textWidthPortrait,
    presenterTitle: input.settings.presenterTitle,
    proposalLabel: input.settings.proposalLabel,
    bodyName: input.meeting.bodyName,
    nextInstance,
  };
}

function title(type: MeetingDocumentType, meeting: Meeting): string {
  return `${words.title[type]} ${meeting.bodyName} ${meetingNumberText(meeting)}`;
}

/** The whole agenda: the first page with the meeting's data and list of items, then each item's decision proposal. */
export async function exportMeetingAgenda(input: MeetingDocumentInput): Promise<Uint8Array> {
  if (input.sections.length === 0) throw new ServiceError('VALIDATION', 'The meeting has no items', [{ path: 'sections', message: 'meetingDocuments.error.noSections' }]);
  const layout = layoutMetrics(input.settings.layout);
  const nextInstance = instanceCounter();
  const ctx = bodyContext(input, layout, nextInstance);
  const { meeting, settings } = input;
  const sections: ISectionOptions[] = [
    section('agenda', meeting, settings.organisation, '', agendaCover(meeting, input.sections, { layout, textWidth: textWidthPortrait })),
    ...input.sections.map((entry) => {
      const item = { ...itemOnMeeting(entry, meeting), decision: null };
      const number = itemNumberText(item, 'proposal');
      return section('agenda', meeting, settings.organisation, number, agendaItemBody(item, entry.preparers, 'proposal', ctx, { number }));
    }),
  ];
  return packDocument({ title: title('agenda', meeting), subject: meeting.bodyName, author: input.author }, layout.textIndent, sections);
}

/** Refuses minutes with a § not numbered or not decided, naming them for the log. */
function checkMinutes(sections: readonly MeetingDocumentSection[]): void {
  if (sections.length === 0) throw new ServiceError('VALIDATION', 'The meeting has no items', [{ path: 'sections', message: 'meetingDocuments.error.noSections' }]);
  const unnumbered = sections.filter((entry) => entry.sectionNumber === null);
  if (unnumbered.length > 0) {
    throw new ServiceError('VALIDATION', `Sections without a § number: ${unnumbered.map((entry) => entry.sectionId).join(', ')}`, [{ path: 'sections', message: 'meetingDocuments.error.minutesNeedNumbers' }]);
  }
  const undecided = sections.filter((entry) => entry.decision === null);
  if (undecided.length > 0) {
    throw new ServiceError('VALIDATION', `Sections without a decision: § ${undecided.map((entry) => String(entry.sectionNumber)).join(', ')}`, [{ path: 'sections', message: 'meetingDocuments.error.minutesNeedDecisions' }]);
  }
  // Approved as amended, the proposal is not the decision: printing it as one would misstate the board.
  const unamended = sections.find((entry) => isUnamendedDecision(entry.outcome, entry.item));
  if (unamended) {
    throw new ServiceError('VALIDATION', `Section ${unamended.sectionId} approved as amended still has the proposal as its decision`, [{ path: 'sections', message: 'meetingDocuments.error.amendedDecisionUnchanged', params: { section: `§ ${String(unamended.sectionNumber)}` } }]);
  }
}

/** One § as the minutes print it: the § and title as the heading, the body, Käsittely and Päätös. */
function minutesSection(entry: MeetingDocumentSection, meeting: Meeting, ctx: ItemBodyContext, appeal: RichDoc | null): FileChild[] {
  const item = itemOnMeeting(entry, meeting);
  if (appeal !== null) item.appeal = { ...item.appeal, text: appeal };
  return agendaItemBody(item, entry.preparers, 'minutes', ctx, { number: itemNumberText(item, 'minutes'), handling: entry.handling, appeal: appeal !== null });
}

/** "§§ 1–5, 7–8: Muutoksenhakukielto"; the § list alone when the text opens with a heading of the same name. */
function groupHeading(group: AppealGroup): string {
  const sections = sectionsText(group.sectionNumbers);
  const opening = group.text.content[0];
  const sameName = opening?.type === 'heading' && richToPlainText(opening).trim().toLocaleLowerCase('fi-FI') === group.name.toLocaleLowerCase('fi-FI');
  return sameName ? sections : translate('meetingDocuments.appealGroup', { sections, name: group.name });
}

/** The appeal instructions: each distinct text once, headed by the §§ it applies to. */
function appealPart(input: MeetingDocumentInput, ctx: ItemBodyContext): FileChild[] {
  const groups = appealGroups(input.sections, input.appealTexts);
  if (groups.length === 0) return [];
  const out: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(words.appealHeading) })];
  for (const group of groups) {
    out.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        children: textRuns(groupHeading(group)),
        indent: { left: ctx.layout.headingIndent },
        spacing: { before: 240 },
      }),
      ...labelledRich('', group.text, ctx, false),
    );
  }
  return out;
}

/** The whole minutes: the cover, every § in order, the appeal instructions at the end. */
export async function exportMeetingMinutes(input: MeetingDocumentInput): Promise<Uint8Array> {
  checkMinutes(input.sections);
  const layout = layoutMetrics(input.settings.layout);
  const ctx = bodyContext(input, layout, instanceCounter());
  const { meeting, settings } = input;
  const ordered = [...input.sections].sort((a, b) => a.position - b.position);
  const appeals = appealPart({ ...input, sections: ordered }, ctx);
  const sections: ISectionOptions[] = [
    section('minutes', meeting, settings.organisation, '', minutesCover(meeting, ordered, { layout, textWidth: textWidthPortrait })),
    ...ordered.map((entry) => section('minutes', meeting, settings.organisation, `§ ${String(entry.sectionNumber)}`, minutesSection(entry, meeting, ctx, null))),
    ...(appeals.length > 0 ? [section('minutes', meeting, settings.organisation, '', appeals)] : []),
  ];
  return packDocument({ title: title('minutes', meeting), subject: meeting.bodyName, author: input.author }, layout.textIndent, sections);
}

/** "Otteen oikeaksi todistaa": the date beside the label, then a line to sign with the name and title. */
function certification(certifier: ExtractCertifier, layout: LayoutMetrics): FileChild[] {
  return [...labelled(words.label.certified, textRuns(formatFinnishDate(certifier.date)), layout), ...signatureRows([{ name: certifier.name, role: certifier.title.trim() }], layout)];
}

/** An extract of one §: as in the minutes, with its appeal instructions and the certification. */
export async function exportMeetingExtract(input: MeetingExtractInput): Promise<Uint8Array> {
  const entry = input.section;
  if (entry.sectionNumber === null) throw new ServiceError('VALIDATION', `Section ${entry.sectionId} has no § number`, [{ path: 'sectionNumber', message: 'meetingDocuments.error.minutesNeedNumbers' }]);
  if (entry.decision === null) throw new ServiceError('VALIDATION', `Section ${entry.sectionId} has no decision`, [{ path: 'decision', message: 'meetingDocuments.error.extractNeedsDecision' }]);
  const layout = layoutMetrics(input.settings.layout);
  const ctx = bodyContext(input, layout, instanceCounter());
  const { meeting, settings } = input;
  const appeal = sectionAppeal(entry, input.appealTexts).text;
  const children = [...minutesSection(entry, meeting, ctx, appeal), ...certification(input.certifier, layout)];
  const number = `§ ${String(entry.sectionNumber)}`;
  return packDocument(
    { title: `${words.title.extract} ${meeting.bodyName} ${meetingNumberText(meeting)} ${number}`, subject: entry.item.title, author: input.author },
    layout.textIndent,
    [section('extract', meeting, settings.organisation, number, children)],
  );
}
