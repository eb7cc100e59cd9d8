// Runtime validation of the editor's rich-text JSON, node by node and attribute by attribute.
// A wrong attribute is valid JSON but breaks every reader: a number as a live value's text makes
// ProseMirror's renderSpec throw (the editor goes blank) and the Word export fail. So each node
// and mark lists exactly the attributes the editor's extensions define (rich-text/extensions.ts;
// a test builds the editor schema and checks its defaults pass), with their types.
// Attributes may be left out (the editor fills in its defaults), except a live value's query.
import { z } from 'zod';
import { isIsoDate } from '../format/date';
import { headingLevels, isRichTextTooDeep, isSafeHref, liveValueMetrics, orderedListTypes, tableCellAligns } from './rich-text';
import type { RichDoc, RichMark, RichNode, RichNodeType } from './rich-text';
import { tableShapeProblem } from './rich-table';

/** i18n keys (validation.richText.*) carried as zod issue messages. */
export const richTextIssue = {
  invalid: 'validation.richText.invalid',
  link: 'validation.richText.linkInvalid',
  liveValue: 'validation.richText.liveValueInvalid',
  tableTooWide: 'validation.richText.tableTooWide',
  tableSpans: 'validation.richText.tableSpans',
  tooLong: 'validation.text.tooLong',
  tooDeep: 'validation.richText.tooDeep',
} as const;

const bad = { error: richTextIssue.invalid };
const badLive = { error: richTextIssue.liveValue };
const badLink = { error: richTextIssue.link };

const noAttrs = z.strictObject({}, bad);

const headingAttrs = z.strictObject({ level: z.literal(headingLevels, bad).optional() }, bad);

const orderedListAttrs = z.strictObject(
  {
    // Typing "3. " starts a list at 3; any whole number is a valid start.
    start: z.number(bad).int(bad).min(0, bad).optional(),
    type: z.enum(orderedListTypes, bad).nullable().optional(),
  },
  bad,
);

const cellSpan = z.number(bad).int(bad).min(1, bad).max(1000, bad);
const tableCellAttrs = z.strictObject(
  {
    colspan: cellSpan.optional(),
    rowspan: cellSpan.optional(),
    /** Pixel widths of the columns the cell spans; 0 where unknown. */
    colwidth: z.array(z.number(bad).int(bad).min(0, bad).max(100_000, bad), bad).max(1000, bad).nullable().optional(),
    align: z.enum(tableCellAligns, bad).nullable().optional(),
  },
  bad,
);

const liveValueAttrs = z.strictObject(
  {
    metric: z.enum(liveValueMetrics, badLive),
    activeOn: z.string(badLive).refine(isIsoDate, badLive),
    areas: z.array(z.string(badLive).max(50, badLive), badLive).max(10, badLive).optional(),
    frozenText: z.string(badLive).max(100, badLive).nullable().optional(),
    text: z.string(badLive).max(100, badLive).optional(),
  },
  badLive,
);

const nullableText = (max: number) => z.string(bad).max(max, bad).nullable().optional();
const linkAttrs = z.strictObject(
  {
    href: z.string(badLink).max(2000, badLink).refine(isSafeHref, badLink),
    target: nullableText(20),
    rel: nullableText(100),
    class: nullableText(100),
    title: nullableText(500),
  },
  badLink,
);

const richMarkSchema: z.ZodType<RichMark> = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('bold'), attrs: noAttrs.optional() }),
    z.object({ type: z.literal('italic'), attrs: noAttrs.optional() }),
    z.object({ type: z.literal('underline'), attrs: noAttrs.optional() }),
    z.object({ type: z.literal('link'), attrs: linkAttrs }),
    // A review comment's anchor (review.ts): the comment's id; several comments may cover the same text.
    z.object({ type: z.literal('comment'), attrs: z.strictObject({ id: z.string(bad).min(1, bad).max(64, bad) }, bad) }),
  ],
  bad,
);

const marksSchema = z.array(richMarkSchema, bad).max(20, bad).optional();

/** Every node type but text, with its attributes; the Record makes a new type in rich-text.ts a compile error here. */
const elementAttrs: Record<Exclude<RichNodeType, 'text'>, z.ZodType<Record<string, unknown> | undefined>> = {
  doc: noAttrs.optional(),
  paragraph: noAttrs.optional(),
  heading: headingAttrs.optional(),
  bulletList: noAttrs.optional(),
  orderedList: orderedListAttrs.optional(),
  listItem: noAttrs.optional(),
  table: noAttrs.optional(),
  tableRow: noAttrs.optional(),
  tableHeader: tableCellAttrs.optional(),
  tableCell: tableCellAttrs.optional(),
  hardBreak: noAttrs.optional(),
  // Without its query a live value is no figure at all.
  liveValue: liveValueAttrs,
};

export const richNodeSchema: z.ZodType<RichNode> = z.lazy(() => {
  const content = z.array(richNodeSchema, bad).max(100_000, bad).optional();
  // ProseMirror refuses empty text nodes, and Tiptap then opens an empty document instead.
  const textNode = z.object({ type: z.literal('text'), text: z.string(bad).min(1, bad).max(1_000_000, richTextIssue.tooLong), marks: marksSchema });
  const elements = (Object.keys(elementAttrs) as Exclude<RichNodeType, 'text'>[]).map((type) =>
    z.object({ type: z.literal(type), attrs: elementAttrs[type], content, marks: marksSchema }),
  );
  return z.discriminatedUnion('type', [textNode, ...elements], bad);
});

interface TableProblem {
  path: (string | number)[];
  problem: 'tableTooWide' | 'tableSpans';
}

/** The first table (in document order) whose shape Word cannot hold, where it is and what is wrong. */
function tableProblem(nodes: readonly RichNode[], path: (string | number)[]): TableProblem | null {
  for (const [index, node] of nodes.entries()) {
    const here = [...path, index];
    const problem = node.type === 'table' ? tableShapeProblem(node) : null;
    const found = problem !== null ? { path: here, problem } : tableProblem(node.content ?? [], [...here, 'content']);
    if (found !== null) return found;
  }
  return null;
}

const richDocShape = z
  .object(
    {
      type: z.literal('doc', bad),
      content: z.array(richNodeSchema, bad).max(100_000, bad),
    },
    bad,
  )
  // Tables whose spans reach past their grid, or wider than Word's 63 columns, are refused here:
  // the export could only guess at them (the editor itself never makes one; an import could).
  .superRefine((doc, context) => {
    const found = tableProblem(doc.content, ['content']);
    if (found !== null) context.addIssue({ code: 'custom', path: found.path, message: richTextIssue[found.problem] });
  });

/**
 * The nesting is measured first, without recursion (rich-text.ts), and a document deeper than
 * the editor can make is refused there: the schema's own recursion then never meets one deep
 * enough to overflow the stack (1,000 levels did, as INTERNAL; 2,000 as an HTTP 500).
 */
export const richDocSchema: z.ZodType<RichDoc> = z
  .unknown()
  .refine((value) => !isRichTextTooDeep(value), { error: richTextIssue.tooDeep, abort: true })
  .pipe(richDocShape);
