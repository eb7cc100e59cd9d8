// The body of one agenda item in document order (domain.md, "An agenda item"): title, case number,
// preparers, background, attachments, proposal, decision (minutes), recipients, appeal.
import { HeadingLevel, Paragraph, Tab, TabStopType, Table, TextRun } from 'docx';
import type { FileChild, ParagraphChild } from 'docx';
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
import type { FieldReview, ReviewedParagraph } from './review-field';
import type { Piece, TrackInfo } from './review-runs';
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
  /** The proposal's review copy (issue 9): each field's tracked changes, comments and bookmark. */
  review?: ItemReview;
}

/** The review copy's fields; the decision only when the item has one. */
export interface ItemReview {
  title: { field: FieldReview; pieces: Piece[]; track: TrackInfo | null };
  background: FieldReview;
  proposal: FieldReview;
  decision: FieldReview | null;
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

/** The title as printed: a new item's placeholder when it has none yet. */
export function printedTitle(item: AgendaItem): string {
  return item.title.trim() || itemWords.defaults.newTitle;
}

function metaParagraph(text: string, bold = false): Paragraph {
  return new Paragraph({ style: styleIds.meta, children: bold ? textRuns(text, { bold: true }) : textRuns(text) });
}

/** The title, and the Swedish title as its second line in a run marked sv-FI (so readers pronounce it as Swedish). */
function titleParagraph(item: AgendaItem, number: string, layout: LayoutMetrics, review: ItemReview | undefined): Paragraph {
  const swedish = item.titleSv.trim();
  const children = [
    ...(review ? review.title.field.pieces(review.title.pieces, {}, review.title.track).children : textRuns(printedTitle(item))),
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

function headingParts(item: AgendaItem, kind: AgendaExportKind, ctx: ItemBodyContext, number: string): FileChild[] {
  const { bodyName, layout } = ctx;
  const out: FileChild[] = [titleParagraph(item, number, layout, ctx.review)];
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
export function labelledRich(label: string, doc: RichDoc, ctx: ItemBodyContext, points: boolean, options: LabelledOptions = {}, review?: FieldReview): FileChild[] {
  const blocks = doc.content.filter((node) => node.type === 'table' || hasPrintableText([node]));
  const [opening, ...rest] = blocks;
  const beside = opening?.type === 'paragraph' ? opening : undefined;
  // The review copy writes its paragraphs in document order: the one beside the label first.
  let first: ParagraphChild[] = [];
  let besideRemoved: ReviewedParagraph[] = [];
  if (beside && review) {
    const block = review.block(beside, {}, true);
    first = block.main.children;
    besideRemoved = block.after;
  } else if (beside) first = inlineRuns(beside.content, {});
  const body = [
    ...besideRemoved.map(({ children, run }) => new Paragraph({ children, ...(run ? { run } : {}), indent: { left: ctx.layout.textIndent } })),
    ...richBlocks(beside ? rest : blocks, {
      indent: ctx.layout.textIndent,
      headingIndent: ctx.layout.textIndent,
      width: ctx.textWidth - ctx.layout.textIndent,
      inCell: false,
      format: {},
      nextInstance: ctx.nextInstance,
      ...(points ? { topListAsPoints: true } : {}),
      ...(review ? { review } : {}),
    }),
    ...reviewFinish(review, ctx.layout),
  ];
  // Under a row that already has the label ("Esittelijä"), the text simply continues in the column.
  if (label === '') return [...(beside ? [bodyParagraph(first, ctx.layout)] : []), ...body];
  return [...labelled(label, first, ctx.layout, options), ...body];
}

/** The paragraphs that hold a review field's bookmark when nothing of the field printed. */
function reviewFinish(review: FieldReview | undefined, layout: LayoutMetrics): Paragraph[] {
  return (review?.finish({}) ?? []).map(({ children, run }) => new Paragraph({ children, ...(run ? { run } : {}), indent: { left: layout.textIndent } }));
}

/** The proposal with its label and presenter as the body's practice has it (settings' proposal label). */
function proposalPart(item: AgendaItem, ctx: ItemBodyContext, options: LabelledOptions): FileChild[] {
  const { presenterRow, proposalLabel } = proposalLabelling(item, { presenterTitle: ctx.presenterTitle, proposalLabel: ctx.proposalLabel });
  const review = ctx.review?.proposal;
  if (presenterRow === null) return labelledRich(proposalLabel, item.proposal, ctx, true, options, review);
  return [...labelled(presenterRow.label, textRuns(presenterRow.line), ctx.layout, options), ...labelledRich(proposalLabel, item.proposal, ctx, true, {}, review)];
}

export function agendaItemBody(item: AgendaItem, preparers: Person[], kind: AgendaExportKind, ctx: ItemBodyContext, parts: ItemBodyParts = {}): FileChild[] {
  if (kind === 'minutes' && item.decision === null) {
    throw new ServiceError('VALIDATION', itemWords.error.minutesNeedDecision);
  }
  const out: FileChild[] = [...headingParts(item, kind, ctx, parts.number ?? '')];
  out.push(...labelledLines(docLabels.preparers, preparers.map(preparerLine), ctx.layout));
  out.push(
    ...richBlocks(item.background.content, {
      indent: ctx.layout.textIndent,
      headingIndent: ctx.layout.headingIndent,
      width: ctx.textWidth - ctx.layout.textIndent,
      inCell: false,
      format: {},
      nextInstance: ctx.nextInstance,
      ...(ctx.review ? { review: ctx.review.background } : {}),
    }),
    ...(ctx.review ? reviewFinish(ctx.review.background, ctx.layout) : []),
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
  // The review copy shows a decision already written, so that its comments and changes have a place.
  const decisionReview = ctx.review?.decision ?? null;
  if (kind === 'proposal' && decision !== null && decisionReview !== null) part((options) => labelledRich(docLabels.decision, decision, ctx, true, options, decisionReview));
  part((options) => labelledLines(docLabels.forInformation, item.forInformation, ctx.layout, options));
  part((options) => labelledLines(docLabels.implementation, item.implementation, ctx.layout, options));
  if (parts.appeal !== false) part((options) => labelledRich(docLabels.appeal, item.appeal.text, ctx, false, options));
  return out;
}

