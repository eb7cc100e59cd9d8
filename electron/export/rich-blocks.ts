// Block content of the editor's JSON (RichDoc) → Word paragraphs and tables. Headings map one
// level down (editor level 1 → Heading 2) so the item's title stays the only Heading 1.
import { AlignmentType, HeadingLevel, Paragraph, Table } from 'docx';
import type { IParagraphRunOptions, ParagraphChild } from 'docx';
import type { UnitKind } from '../../shared/domain/compare-types';
import type { RichNode, TableCellAlign } from '../../shared/domain/rich-text';
import { assertNever } from '../../shared/errors';
import { hasPrintableText, inlineRuns } from './inline';
import type { RunFormat } from './inline';
import type { FieldReview } from './review-field';
import { afterTableGap, listStep, numberingRefs, styleIds } from './styles';
import { tableBlock } from './rich-table';

export interface BlockContext {
  /** Left indent of body paragraphs: the text column in the body, 0 inside table cells. */
  indent: number;
  /** Left indent of headings: the text column, except in the 2024 layout's body, where headings hang at the margin. */
  headingIndent: number;
  /** Width available from the indent to the right margin, for tables. */
  width: number;
  inCell: boolean;
  /** Run formatting inherited from the container (header cells are bold). */
  format: RunFormat;
  /** A fresh numbering instance, so that every ordered list starts again from 1. */
  nextInstance: () => number;
  /** The proposal's and decision's own numbered list: the seed's points ("1" at the text column), not "1." lists. */
  topListAsPoints?: boolean;
  /** The alignment of a table cell's text (numbers right), from the editor's cell attribute. */
  align?: TableCellAlign;
  /** The review copy's field (issue 9): tracked changes, comment anchors and the field's bookmark. */
  review?: FieldReview;
}

const alignments = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Paragraph options every block shares: the cell style and alignment inside a table, the gap after a table. */
function common(ctx: BlockContext, afterTable: boolean) {
  return {
    ...(ctx.inCell ? { style: styleIds.tableText } : {}),
    ...(ctx.align ? { alignment: alignments[ctx.align] } : {}),
    ...(afterTable ? { spacing: afterTableGap } : {}),
  };
}

/** How far a point's text stands right of its number (styles.ts numbers points 1 cm left of the text). */
const pointHang = 567;

const maxListLevel = 8;

/** What rich text becomes: paragraphs and tables (both usable in the body and in table cells). */
export type Block = Paragraph | Table;


type MakeParagraph = (children: ParagraphChild[], run?: IParagraphRunOptions) => Paragraph;

/**
 * A text block's paragraph. In the review copy, with the deleted paragraphs that stood around it:
 * one of the same kind takes the same paragraph options (a removed list item stays a list item).
 */
function textParagraphs(node: RichNode, ctx: BlockContext, kind: UnitKind, make: MakeParagraph): Paragraph[] {
  if (ctx.review === undefined) return [make(inlineRuns(node.content, ctx.format))];
  const block = ctx.review.block(node, ctx.format);
  const removed = ({ kind: removedKind, children, run }: (typeof block.before)[number]) =>
    removedKind === kind ? make(children, run) : new Paragraph({ children, ...(run ? { run } : {}), indent: { left: ctx.indent }, ...common(ctx, false) });
  return [...block.before.map(removed), make(block.main.children, block.main.run), ...block.after.map(removed)];
}

const withRun = (run: IParagraphRunOptions | undefined) => (run ? { run } : {});

function paragraph(node: RichNode, ctx: BlockContext, afterTable = false): Paragraph[] {
  if (!hasPrintableText(node.content)) return [];
  return textParagraphs(node, ctx, ctx.inCell ? 'tableCell' : 'paragraph', (children, run) =>
    new Paragraph({
      children,
      indent: { left: ctx.indent },
      ...common(ctx, afterTable),
      ...withRun(run),
    }),
  );
}

function heading(node: RichNode, ctx: BlockContext): Paragraph[] {
  if (!hasPrintableText(node.content)) return [];
  const level = typeof node.attrs?.level === 'number' && node.attrs.level >= 2 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2;
  return textParagraphs(node, ctx, 'heading', (children, run) => new Paragraph({ heading: level, children, indent: { left: ctx.headingIndent }, spacing: { before: 240 }, ...withRun(run) }));
}

function list(node: RichNode, parent: BlockContext, level: number, afterTable = false): Block[] {
  const ordered = node.type === 'orderedList';
  const asPoints = ordered && level === 0 && parent.topListAsPoints === true;
  // Lists inside a point are indented from the point's text, as ordinary lists are from the column.
  const ctx: BlockContext = asPoints ? { ...parent, indent: parent.indent + pointHang - listStep, topListAsPoints: false } : { ...parent, topListAsPoints: false };
  const reference = asPoints ? numberingRefs.points : ordered ? numberingRefs.ordered : numberingRefs.bullets;
  const instance = ordered ? ctx.nextInstance() : 0;
  const lvl = asPoints ? 0 : Math.min(level, maxListLevel);
  const textIndent = asPoints ? parent.indent + pointHang : ctx.indent + listStep * (lvl + 1);
  const hanging = asPoints ? pointHang : listStep;
  const out: Block[] = [];
  for (const item of node.content ?? []) {
    let numbered = false;
    const children = item.type === 'listItem' ? (item.content ?? []) : [item];
    for (const child of children) {
      if (child.type === 'bulletList' || child.type === 'orderedList') {
        out.push(...list(child, ctx, level + 1, afterTable && out.length === 0));
      } else if (!numbered && (child.type === 'paragraph' || child.type === 'heading') && hasPrintableText(child.content)) {
        numbered = true;
        const first = out.length === 0;
        out.push(
          ...textParagraphs(child, ctx, 'listItem', (children, run) =>
            new Paragraph({
              children,
              numbering: { reference, level: lvl, instance },
              indent: { left: textIndent, hanging },
              ...common(ctx, afterTable && first),
              ...withRun(run),
            }),
          ),
        );
      } else {
        // A heading inside a list item stays with the item's text.
        out.push(...richBlocks([child], { ...ctx, indent: textIndent, headingIndent: textIndent, width: ctx.width - (textIndent - ctx.indent) }));
      }
    }
  }
  return out;
}

/** Paragraphs and tables for a list of block nodes; empty paragraphs are dropped. */
export function richBlocks(nodes: readonly RichNode[] | undefined, ctx: BlockContext): Block[] {
  const out: Block[] = [];
  for (const node of nodes ?? []) {
    const afterTable = out.at(-1) instanceof Table;
    switch (node.type) {
      case 'paragraph':
        out.push(...paragraph(node, ctx, afterTable));
        break;
      case 'heading':
        out.push(...(ctx.inCell ? paragraph(node, { ...ctx, format: { ...ctx.format, bold: true } }, afterTable) : heading(node, ctx)));
        break;
      case 'bulletList':
      case 'orderedList':
        out.push(...list(node, ctx, 0, afterTable));
        break;
      case 'table':
        out.push(...tableBlock(node, ctx));
        break;
      // Containers found out of place (malformed or pasted JSON): keep their text.
      case 'doc':
      case 'listItem':
      case 'tableRow':
      case 'tableHeader':
      case 'tableCell':
        out.push(...richBlocks(node.content, ctx));
        break;
      // Inline nodes at block level: give them a paragraph of their own rather than lose them.
      case 'text':
      case 'hardBreak':
      case 'liveValue':
        out.push(...paragraph({ type: 'paragraph', content: [node] }, ctx));
        break;
      default:
        assertNever(node.type);
    }
  }
  return out;
}
