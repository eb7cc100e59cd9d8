// The first page of a meeting's agenda and of its minutes: the meeting's data, who attends (a
// list to mark on the agenda, the record on the minutes), the list of items or the §§, and the
// minutes' signatures, checking and public display.
import { HeadingLevel, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { FileChild } from 'docx';
import type { Meeting, MeetingAttendee } from '../../shared/domain/meeting';
import { meetingNumberText } from '../../shared/domain/meeting';
import { classicLabelLines } from '../../shared/domain/page-geometry';
import { formatFinnishDate } from '../../shared/format/date';
import { meetingDocuments as words } from '../../shared/i18n/fi/meeting-documents';
import { translate } from '../../shared/i18n/translate';
import { textRuns } from './inline';
import { cm, paragraphAfter } from './layout';
import type { LayoutMetrics } from './layout';
import { labelled, labelledLines } from './labelled';
import { meetingTable } from './meeting-table';
import type { MeetingRow } from './meeting-table';
import type { MeetingDocumentSection } from './meeting-types';

export interface CoverContext {
  layout: LayoutMetrics;
  /** The page's text width (margin to margin). */
  textWidth: number;
}


/** "23.1.2024 klo 18.00", with the end time when known ("klo 18.00–20.15"); the date alone before the time is set. */
export function meetingTimeText(meeting: Pick<Meeting, 'date' | 'startTime' | 'endTime'>, withEnd: boolean): string {
  const date = formatFinnishDate(meeting.date);
  const start = meeting.startTime.trim();
  const end = meeting.endTime.trim();
  if (start === '') return date;
  return withEnd && end !== '' ? translate('meetingDocuments.timeRange', { date, start, end }) : translate('meetingDocuments.time', { date, start });
}

function roleText(attendee: MeetingAttendee): string {
  const title = attendee.title.trim();
  return title || words.role[attendee.role];
}

function heading(meeting: Meeting): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(translate('meetingDocuments.meetingHeading', { body: meeting.bodyName, number: meetingNumberText(meeting) })) });
}

function dataRows(meeting: Meeting, ctx: CoverContext, withEnd: boolean): FileChild[] {
  return [...labelledLines(words.label.time, [meetingTimeText(meeting, withEnd)], ctx.layout), ...labelledLines(words.label.place, [meeting.place], ctx.layout)];
}

/** A label on its own row, then a table in the text column; after a table, with the space a table does not leave. */
function labelledTable(label: string, table: FileChild, ctx: CoverContext, afterTable = false): FileChild[] {
  return [...labelled(label, [], ctx.layout, { afterTable }), table];
}

const tableIndent = (ctx: CoverContext) => ctx.layout.textIndent;
const tableWidth = (ctx: CoverContext) => ctx.textWidth - ctx.layout.textIndent;

/** The agenda's first page: the meeting's data, the members and others to mark present, the list of items. */
export function agendaCover(meeting: Meeting, sections: readonly MeetingDocumentSection[], ctx: CoverContext): FileChild[] {
  const members = meeting.attendees.filter((attendee) => attendee.kind === 'member');
  const others = meeting.attendees.filter((attendee) => attendee.kind === 'other');
  const c = words.column;
  const out: FileChild[] = [heading(meeting), ...dataRows(meeting, ctx, false)];
  if (members.length > 0) {
    const rows: MeetingRow[] = members.map((member) => ({ cells: [member.name, roleText(member), member.deputyName, ''] }));
    out.push(...labelledTable(words.label.membersToMark, meetingTable([{ title: c.name, share: 3.7 }, { title: c.role, share: 3.6 }, { title: c.deputy, share: 4 }, { title: c.mark, share: 1.6 }], rows, tableIndent(ctx), tableWidth(ctx)), ctx));
  }
  if (others.length > 0) {
    const rows: MeetingRow[] = others.map((other) => ({ cells: [other.name, roleText(other), ''] }));
    out.push(...labelledTable(words.label.othersToMark, meetingTable([{ title: c.name, share: 4 }, { title: c.role, share: 7.2 }, { title: c.mark, share: 1.7 }], rows, tableIndent(ctx), tableWidth(ctx)), ctx, members.length > 0));
  }
  // The list of items: Asianro and the title only (a confidential item's title is descriptive, never its content).
  // Paragraphs, not a table: the page then ends in text (a table last would leave Word an empty paragraph).
  out.push(...itemList(sections, ctx, members.length + others.length > 0));
  return out;
}

/** "1  Kokouksen avaus": Asianro at the text column, the title 1 cm further, a long title wrapping under itself. */
function itemList(sections: readonly MeetingDocumentSection[], ctx: CoverContext, afterTable: boolean): Paragraph[] {
  const numberWidth = cm(1);
  const titleAt = ctx.layout.textIndent + numberWidth;
  const line = (section: MeetingDocumentSection) => [...textRuns(String(section.position + 1)), new TextRun({ children: [new Tab()] }), ...textRuns(section.item.title.trim())];
  const [head, ...rest] = sections;
  if (!head) return [];
  const label = labelled(words.label.agendaList, ctx.layout.labelsInline ? line(head) : [], ctx.layout, { afterTable });
  const first = label.at(-1);
  // The classic label's row carries the first item: its tab stops are the label's and the title's.
  const rows = ctx.layout.labelsInline ? rest : sections;
  const listed = rows.map(
    (section) =>
      new Paragraph({
        children: line(section),
        indent: { left: titleAt, hanging: numberWidth },
        tabStops: [{ type: TabStopType.LEFT, position: titleAt }],
        spacing: { after: 60 },
      }),
  );
  if (ctx.layout.labelsInline && first) {
    return [
      ...label.slice(0, -1),
      new Paragraph({
        children: [...textRuns(classicLabelLines(words.label.agendaList).at(-1) ?? words.label.agendaList), new TextRun({ children: [new Tab()] }), ...line(head)],
        indent: { left: titleAt, hanging: titleAt },
        tabStops: [
          { type: TabStopType.LEFT, position: ctx.layout.textIndent },
          { type: TabStopType.LEFT, position: titleAt },
        ],
        keepNext: true,
        spacing: { after: 60, ...(label.length === 1 && afterTable ? { before: paragraphAfter } : {}) },
      }),
      ...listed,
    ];
  }
  return [...label, ...listed];
}

/** An arrival or departure as the attendance table notes it: "saapui klo 18.20, § 3". */
function eventNotes(meeting: Meeting, attendeeId: string, sectionNumbers: ReadonlyMap<string, number | null>): string {
  return meeting.events
    .filter((event) => event.attendeeId === attendeeId)
    .map((event) => {
      const what = translate(event.kind === 'arrived' ? 'meetingDocuments.arrived' : 'meetingDocuments.left', { time: event.time });
      const number = event.sectionId === null ? null : (sectionNumbers.get(event.sectionId) ?? null);
      return number === null ? what : translate('meetingDocuments.atSection', { event: what, section: number });
    })
    .join('; ');
}

/** The attendance record: members present, deputies present in a member's place, members absent, others present. */
export function attendanceRows(meeting: Meeting, sections: readonly MeetingDocumentSection[]): MeetingRow[] {
  const numbers = new Map(sections.map((section) => [section.sectionId, section.sectionNumber]));
  const members = meeting.attendees.filter((attendee) => attendee.kind === 'member');
  const notes = (attendee: MeetingAttendee) => eventNotes(meeting, attendee.id, numbers);
  const present = members.filter((member) => member.presence === 'present').map((member) => ({ cells: [member.name, roleText(member), notes(member)] }));
  const deputies = members
    .filter((member) => member.presence === 'deputy')
    .map((member) => ({ cells: [member.deputyName, translate('meetingDocuments.deputyFor', { name: member.name }), notes(member)] }));
  const absent = members
    .filter((member) => member.presence !== 'present')
    .map((member) => ({ cells: [member.name, roleText(member), member.presence === 'deputy' && member.deputyName ? translate('meetingDocuments.replacedBy', { name: member.deputyName }) : ''] }));
  const others = meeting.attendees
    .filter((attendee) => attendee.kind === 'other' && attendee.presence !== 'absent')
    .map((other) => ({ cells: [other.name, roleText(other), notes(other)] }));
  const group = (title: string, rows: MeetingRow[]): MeetingRow[] => (rows.length > 0 ? [{ group: title }, ...rows] : []);
  return [
    ...group(words.group.membersPresent, present),
    ...group(words.group.deputiesPresent, deputies),
    ...group(words.group.membersAbsent, absent),
    ...group(words.group.othersPresent, others),
  ];
}

export interface Signer {
  name: string;
  role: string;
}

/**
 * Signatures two to a row, as minutes print them: room to sign, a line (an underlined tab, so no
 * characters and no border that Word would merge with the next one's), the name, the role. Real
 * paragraphs with tab stops, no layout table; each row keeps together.
 */
export function signatureRows(signers: readonly Signer[], layout: LayoutMetrics): Paragraph[] {
  const left = layout.textIndent;
  const lineEnd = left + cm(5.8);
  const second = left + cm(6.6);
  const secondEnd = left + cm(12.4);
  const out: Paragraph[] = [];
  for (let index = 0; index < signers.length; index += 2) {
    const pair = signers.slice(index, index + 2);
    const [a, b] = pair;
    if (!a) break;
    const line = [new TextRun({ underline: {}, children: [new Tab()] }), ...(b ? [new TextRun({ children: [new Tab()] }), new TextRun({ underline: {}, children: [new Tab()] })] : [])];
    const row = (text: (signer: Signer) => string, last: boolean) =>
      new Paragraph({
        children: [...textRuns(text(a)), ...(b ? [new TextRun({ children: [new Tab()] }), ...textRuns(text(b))] : [])],
        indent: { left },
        tabStops: [{ type: TabStopType.LEFT, position: second }],
        spacing: { after: last ? paragraphAfter : 0 },
        keepLines: true,
        ...(last ? {} : { keepNext: true }),
      });
    out.push(
      new Paragraph({
        children: line,
        indent: { left },
        tabStops: [lineEnd, second, secondEnd].map((position) => ({ type: TabStopType.LEFT, position })),
        spacing: { before: 600, after: 0 },
        keepNext: true,
      }),
      row((signer) => signer.name.trim(), false),
      row((signer) => signer.role, true),
    );
  }
  return out;
}

function attendeeName(meeting: Meeting, id: string | null): string {
  return meeting.attendees.find((attendee) => attendee.id === id)?.name ?? '';
}

/** "Pöytäkirja on pidetty yleisesti nähtävänä kaupungin verkkosivuilla 30.1.2024." */
function publicDisplayText(meeting: Meeting): string {
  const given = meeting.publicDisplay.trim();
  if (given === '') return `${words.publicDisplay} `;
  if (given.toLocaleLowerCase('fi-FI').startsWith(words.publicDisplay.toLocaleLowerCase('fi-FI'))) return given;
  const sentence = `${words.publicDisplay} ${given}`;
  return /[.!?]$/u.test(sentence) ? sentence : `${sentence}.`;
}

/** The minutes' cover: data, attendance, §§, signatures, checking and public display. */
export function minutesCover(meeting: Meeting, sections: readonly MeetingDocumentSection[], ctx: CoverContext): FileChild[] {
  const c = words.column;
  const out: FileChild[] = [heading(meeting), ...dataRows(meeting, ctx, true)];
  const rows = attendanceRows(meeting, sections);
  if (rows.length > 0) {
    out.push(...labelledTable(words.label.attendance, meetingTable([{ title: c.name, share: 4.2 }, { title: c.role, share: 4.2 }, { title: c.note, share: 4.5 }], rows, tableIndent(ctx), tableWidth(ctx)), ctx));
  }
  const numbers = sections.map((section) => section.sectionNumber).filter((number): number is number => number !== null);
  const afterTable = rows.length > 0;
  if (numbers.length > 0) {
    const first = Math.min(...numbers);
    const last = Math.max(...numbers);
    const range = first === last ? translate('meetingDocuments.oneSection', { number: first }) : translate('meetingDocuments.manySections', { numbers: `${String(first)}–${String(last)}` });
    out.push(...labelled(words.label.sections, textRuns(range), ctx.layout, { afterTable }));
  }
  out.push(...labelled(words.label.signatures, [], ctx.layout, { afterTable: afterTable && numbers.length === 0 }));
  out.push(...signatureRows([{ name: attendeeName(meeting, meeting.chairId), role: words.chair }, { name: attendeeName(meeting, meeting.secretaryId), role: words.secretary }], ctx.layout));
  const checked = meeting.minutesChecked;
  const checkedLine = checked ? translate('meetingDocuments.checkedAt', { place: checked.place.trim(), date: formatFinnishDate(checked.date) }).trim() : words.checkToFill;
  out.push(...labelled(words.label.checking, textRuns(checked ? `${words.checked}\n${checkedLine}` : checkedLine), ctx.layout));
  const checkers = meeting.checkerIds.map((id) => attendeeName(meeting, id));
  out.push(...signatureRows((checkers.length > 0 ? checkers : ['', '']).map((name) => ({ name, role: words.checker })), ctx.layout));
  out.push(...labelled(words.label.publicDisplay, textRuns(publicDisplayText(meeting)), ctx.layout));
  return out;
}
