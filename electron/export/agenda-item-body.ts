// The body of one agenda item in document order (domain.md, "An agenda item"): title, case number,
// preparers, background, attachments, proposal, decision (minutes), recipients, appeal.
import { HeadingLevel, Paragraph } from 'docx';
import type { FileChild } from 'docx';
import { appealTexts } from '../../shared/domain/item';
import type { AgendaItem, AttachmentRef, Person, PointList } from '../../shared/domain/item';
import { formatFinnishDate } from '../../shared/format/date';
import { ServiceError } from '../../shared/errors';
import { items as itemWords } from '../../shared/i18n/fi/items';
import { textRuns } from './inline';
import { docLabels } from './labels';
import { labelled, labelledLines, numberedPoints } from './labelled';
import type { LayoutMetrics } from './layout';
import { richBlocks } from './rich-blocks';
import { styleIds } from './styles';
import type { AgendaExportKind } from './types';

export interface ItemBodyContext {
  layout: LayoutMetrics;
  textWidth: number;
  presenterTitle: string;
  nextInstance: () => number;
}

/** "Asianro 5" on the agenda, "§ 5" in the minutes; empty while the number is not known. */
export function itemNumberText(item: AgendaItem, kind: AgendaExportKind): string {
  if (kind === 'proposal') return item.agendaNumber === null ? '' : `${docLabels.agendaNumber} ${item.agendaNumber}`;
  return item.sectionNumber === null ? '' : `§ ${item.sectionNumber}`;
}

function metaParagraph(text: string, bold = false): Paragraph {
  return new Paragraph({ style: styleIds.meta, children: bold ? textRuns(text, { bold: true }) : textRuns(text) });
}

function headingParts(item: AgendaItem, kind: AgendaExportKind): FileChild[] {
  const out: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: textRuns(item.title.trim() || itemWords.defaults.newTitle) })];
  if (item.caseNumber.trim()) out.push(metaParagraph(item.caseNumber.trim()));
  if (item.earlierHandling.trim()) out.push(metaParagraph(item.earlierHandling.trim()));
  if (item.publicity.kind === 'confidential') {
    const words = item.publicity.scope === 'whole' ? docLabels.confidentialWhole : docLabels.confidentialPart;
    out.push(metaParagraph(`${words}, ${item.publicity.legalBasis.trim()}`, true));
  }
  // What the page header says, in the body as well (the header alone is not read by everyone).
  const where = [item.bodyName.trim(), item.meetingDate ? formatFinnishDate(item.meetingDate) : '', itemNumberText(item, kind)].filter(Boolean);
  if (where.length > 0) out.push(metaParagraph(where.join(' ')));
  return out;
}

function preparerLine(person: Person): string {
  const phone = person.phone.trim() ? `${docLabels.phone} ${person.phone.trim()}` : '';
  return [person.name, person.title, phone, person.email].map((part) => part.trim()).filter(Boolean).join(', ');
}

function attachmentLines(label: string, refs: AttachmentRef[], ctx: ItemBodyContext, numbered: boolean): FileChild[] {
  const titles = refs.map((ref) => ref.title.trim()).filter(Boolean);
  if (titles.length === 0) return [];
  if (!numbered) return labelledLines(label, titles, ctx.layout);
  return [...labelled(label, [], ctx.layout), ...numberedPoints(titles, ctx.nextInstance(), ctx.layout)];
}

function pointList(label: string, list: PointList, ctx: ItemBodyContext): FileChild[] {
  return [...labelled(label, textRuns(list.opening.trim()), ctx.layout), ...numberedPoints(list.points.map((point) => point.text), ctx.nextInstance(), ctx.layout)];
}

export function agendaItemBody(item: AgendaItem, preparers: Person[], kind: AgendaExportKind, ctx: ItemBodyContext): FileChild[] {
  if (kind === 'minutes' && item.decision === null) {
    throw new ServiceError('VALIDATION', itemWords.error.minutesNeedDecision);
  }
  const out: FileChild[] = [...headingParts(item, kind)];
  out.push(...labelledLines(docLabels.preparers, preparers.map(preparerLine), ctx.layout));
  out.push(
    ...richBlocks(item.background.content, {
      indent: ctx.layout.textIndent,
      width: ctx.textWidth - ctx.layout.textIndent,
      inCell: false,
      format: {},
      nextInstance: ctx.nextInstance,
    }),
  );
  out.push(...attachmentLines(docLabels.attachments, item.attachments, ctx, true));
  out.push(...attachmentLines(docLabels.supplementary, item.supplementary, ctx, false));
  out.push(...pointList(item.presenterTitle.trim() || ctx.presenterTitle, item.proposal, ctx));
  if (kind === 'minutes' && item.decision !== null) out.push(...pointList(docLabels.decision, item.decision, ctx));
  out.push(...labelledLines(docLabels.forInformation, item.forInformation, ctx.layout));
  out.push(...labelledLines(docLabels.implementation, item.implementation, ctx.layout));
  out.push(...labelled(docLabels.appeal, textRuns(appealTexts[item.appeal]), ctx.layout));
  return out;
}

