// The body of one agenda item in document order (domain.md, "An agenda item"): title, case number,
// preparers, background, attachments, proposal, decision (minutes), recipients, appeal.
import { HeadingLevel, Paragraph, Tab, TabStopType, Table, TextRun } from 'docx';
import type { FileChild } from 'docx';
import type { AgendaItem, AttachmentRef, Person } from '../../shared/domain/item';
import type { RichDoc } from '../../shared/domain/rich-text';
import type { ProposalLabelStyle } from '../../shared/domain/settings';
import { confidentialityLine, itemMetaLine, preparerLine, proposalLabelling } from '../../shared/format/item-document';
import { ServiceError } from '../../shared/errors';
import { items as itemWords } from '../../shared/i18n/fi/items';
import { hasPrintableText, inlineRuns, textRuns } from './inline';
import { docLabels } from './labels';
import { bodyParagraph, labelled, labelledLines, numberedPoints } from './labelled';
import type { LabelledOptions } from './labelled';
import type { LayoutMetrics } from './layout';
import { richBlocks } from './rich-blocks';
import { styleIds } from './styles';
import type { AgendaExportKind } from './types';

export interface ItemBodyContext {
  layout: LayoutMetrics;
  textWidth: number;
  presenterTitle: string;
  /** How the body labels the proposal and names its presenter (settings). */
  proposalLabel: ProposalLabelStyle;
  /** The settings' body name, for an item without its own. */
  bodyName: string;
  nextInstance: () => number;
}

/**
 * What a meeting's documents add to or take from an item's body (issue 8): the minutes print the
 * § before the title, the Käsittely before the decision, and the appeal instructions once at the
 * end of the whole minutes instead of under each §.
 */
export interface ItemBodyParts {
  /** "§ 5" before the title, in the title's heading. */
  number?: string;
  /** The Käsittely text; null or nothing printable prints no Käsittely part. */
  handling?: RichDoc | null;
  /** false: no "Muutoksenhaku" part (printed elsewhere). */
  appeal?: boolean;
}

function metaParagraph(text: string, bold = false): Paragraph {
  return new Paragraph({ style: styleIds.meta, children: bold ? textRuns(text, { bold: true }) : textRuns(text) });
}

/** The title, and the Swedish title as its second line in a run marked sv-FI (so readers pronounce it as Swedish). */
function titleParagraph(item: AgendaItem, number: string, layout: LayoutMetrics): Paragraph {
  const swedish = item.titleSv.trim();
  const children = [
    ...textRuns(item.title.trim() || itemWords.defaults.newTitle),
    ...(swedish ? [new TextRun({ break: 1 }), ...textRuns(swedish, { language: 'sv-FI' })] : []),
  ];
  if (number === '') return new Paragraph({ heading: HeadingLevel.HEADING_1, children });
  // The § at the margin and the title in the text column (classic), as labels and their text stand.
  const numberRuns = [...textRuns(number), new TextRun({ children: layout.labelsInline ? [new Tab()] : [' '] })];
  const hanging = layout.labelsInline
    ? { indent: { left: layout.textIndent, hanging: layout.textIndent }, tabStops: [{ type: TabStopType.LEFT, position: layout.textIndent }] }
    : {};
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [...numberRuns, ...children], ...hanging });
}

function headingParts(item: AgendaItem, kind: AgendaExportKind, bodyName: string, number: string, layout: LayoutMetrics): FileChild[] {
  const out: FileChild[] = [titleParagraph(item, number, layout)];
  if (item.caseNumber.trim()) out.push(metaParagraph(item.caseNumber.trim()));
  if (item.earlierHandling.trim()) out.push(metaParagraph(item.earlierHandling.trim()));
  const confidential = confidentialityLine(item.publicity);
  if (confidential !== null) out.push(metaParagraph(confidential, true));
  // What the page header says, in the body as well (the header alone is not read by everyone).
  const where = itemMetaLine(item, kind, bodyName);
  if (where) out.push(metaParagraph(where));
  return out;
}

function attachmentLines(label: string, refs: AttachmentRef[], ctx: ItemBodyContext, numbered: boolean, options: LabelledOptions): FileChild[] {
  const titles = refs.map((ref) => ref.title.trim()).filter(Boolean);
  if (titles.length === 0) return [];
  if (!numbered) return labelledLines(label, titles, ctx.layout, options);
  return [...labelled(label, [], ctx.layout, options), ...numberedPoints(titles, ctx.nextInstance(), ctx.layout)];
}

/**
 * A proposal, decision or appeal text under its label: a first paragraph stands beside the label
 * (classic layout), everything else follows in the text column; the proposal's and decision's
 * top-level numbered list prints as the seed's points ("1" at the text column).
 */
export function labelledRich(label: string, doc: RichDoc, ctx: ItemBodyContext, points: boolean, options: LabelledOptions = {}): FileChild[] {
  const blocks = doc.content.filter((node) => node.type === 'table' || hasPrintableText([node]));
  const [opening, ...rest] = blocks;
  const beside = opening?.type === 'paragraph' ? opening : undefined;
  const body = richBlocks(beside ? rest : blocks, {
    indent: ctx.layout.textIndent,
    headingIndent: ctx.layout.textIndent,
    width: ctx.textWidth - ctx.layout.textIndent,
    inCell: false,
    format: {},
    nextInstance: ctx.nextInstance,
    ...(points ? { topListAsPoints: true } : {}),
  });
  const first = beside ? inlineRuns(beside.content, {}) : [];
  // Under a row that already has the label ("Esittelijä"), the text simply continues in the column.
  if (label === '') return [...(beside ? [bodyParagraph(first, ctx.layout)] : []), ...body];
  return [...labelled(label, first, ctx.layout, options), ...body];
}

/** The proposal with its label and presenter as the body's practice has it (settings' proposal label). */
function proposalPart(item: AgendaItem, ctx: ItemBodyContext, options: LabelledOptions): FileChild[] {
  const { presenterRow, proposalLabel } = proposalLabelling(item, { presenterTitle: ctx.presenterTitle, proposalLabel: ctx.proposalLabel });
  if (presenterRow === null) return labelledRich(proposalLabel, item.proposal, ctx, true, options);
  return [...labelled(presenterRow.label, textRuns(presenterRow.line), ctx.layout, options), ...labelledRich(proposalLabel, item.proposal, ctx, true)];
}

export function agendaItemBody(item: AgendaItem, preparers: Person[], kind: AgendaExportKind, ctx: ItemBodyContext, parts: ItemBodyParts = {}): FileChild[] {
  if (kind === 'minutes' && item.decision === null) {
    throw new ServiceError('VALIDATION', itemWords.error.minutesNeedDecision);
  }
  const out: FileChild[] = [...headingParts(item, kind, ctx.bodyName, parts.number ?? '', ctx.layout)];
  out.push(...labelledLines(docLabels.preparers, preparers.map(preparerLine), ctx.layout));
  out.push(
    ...richBlocks(item.background.content, {
      indent: ctx.layout.textIndent,
      headingIndent: ctx.layout.headingIndent,
      width: ctx.textWidth - ctx.layout.textIndent,
      inCell: false,
      format: {},
      nextInstance: ctx.nextInstance,
    }),
  );
  // Each labelled part learns whether it follows a table (the background may end with one).
  const part = (make: (options: LabelledOptions) => FileChild[]) => { out.push(...make({ afterTable: out.at(-1) instanceof Table })); };
  part((options) => attachmentLines(docLabels.attachments, item.attachments, ctx, true, options));
  part((options) => attachmentLines(docLabels.supplementary, item.supplementary, ctx, false, options));
  part((options) => proposalPart(item, ctx, options));
  const handling = parts.handling;
  if (kind === 'minutes' && handling && hasPrintableText(handling.content)) part((options) => labelledRich(docLabels.handling, handling, ctx, false, options));
  const decision = item.decision;
  if (kind === 'minutes' && decision !== null) part((options) => labelledRich(docLabels.decision, decision, ctx, true, options));
  part((options) => labelledLines(docLabels.forInformation, item.forInformation, ctx.layout, options));
  part((options) => labelledLines(docLabels.implementation, item.implementation, ctx.layout, options));
  if (parts.appeal !== false) part((options) => labelledRich(docLabels.appeal, item.appeal.text, ctx, false, options));
  return out;
}

