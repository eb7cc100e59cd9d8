// When two drafts of an item say the same thing. The editor (Tiptap) writes its JSON with every
// attribute filled in ({ start: 1 } on a list, a link's rel, null for the rest) and its marks in
// its own order, while a stored or imported text may leave them out; a register figure's
// refreshed text is not an edit either. Client and service compare through this one module, so
// "nothing changed" means the same on both sides: no save is sent, no version is written, and
// an approved proposal is not "changed" by being shown in the editor.
// A review comment's anchor (the `comment` mark, issue 9) is no change of the text either: a
// comment on an approved proposal does not unfreeze it, and history lists only text changes.
// changedCommentFields tells the service where only the anchors moved.
import type { ItemDraft } from './item-schema';
import type { RichDoc } from './rich-text';
import { commentMarkType } from './review';

/**
 * The editor schema's attribute defaults (renderer/.../rich-text/schema.test.ts holds this table
 * to the schema): an attribute at its default says nothing the missing attribute does not.
 */
export const richTextAttributeDefaults: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  heading: { level: 1 },
  orderedList: { start: 1, type: null },
  tableCell: { colspan: 1, rowspan: 1, colwidth: null, align: null },
  tableHeader: { colspan: 1, rowspan: 1, colwidth: null, align: null },
  liveValue: { metric: 'runningProjectCount', activeOn: '', areas: [], frozenText: null, text: '' },
  link: { href: null, target: null, rel: 'noopener noreferrer nofollow', class: null, title: null },
  comment: { id: null },
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (Array.isArray(value) && value.length === 0) || (isRecord(value) && Object.keys(value).length === 0);
}

/** Keys sorted; null, undefined, [] and {} left out (the editor and the schema add or omit them freely). */
function canonical(value: unknown): Json {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isRecord(value)) return (value ?? null) as Json;
  const entries: [string, Json][] = [];
  for (const key of Object.keys(value).sort()) {
    const inner = canonical(value[key]);
    if (!isEmpty(inner)) entries.push([key, inner]);
  }
  return Object.fromEntries(entries);
}

function withoutDefaults(type: unknown, attrs: unknown): unknown {
  if (!isRecord(attrs)) return attrs;
  const defaults = typeof type === 'string' ? richTextAttributeDefaults[type] : undefined;
  const kept = Object.entries(attrs).filter(([key, value]) => {
    // A live value's text is the register's latest figure, refreshed on every read: not an edit.
    if (type === 'liveValue' && key === 'text') return false;
    return !(defaults && key in defaults && JSON.stringify(canonical(value)) === JSON.stringify(canonical(defaults[key])));
  });
  return Object.fromEntries(kept);
}

/** Whether comment anchors count: never for "is this a change", only when asking where the anchors moved. */
type Anchors = 'ignore' | 'keep';

function normaliseMarks(marks: unknown, anchors: Anchors): unknown {
  if (!Array.isArray(marks)) return marks;
  // A set in meaning: "bold, link" and "link, bold" are the same text.
  return marks
    .filter((mark: unknown) => anchors === 'keep' || !(isRecord(mark) && mark.type === commentMarkType))
    .map((mark: unknown) => (isRecord(mark) ? { ...mark, attrs: withoutDefaults(mark.type, mark.attrs) } : mark))
    .map((mark) => JSON.stringify(canonical(mark)))
    .sort()
    .map((text) => JSON.parse(text) as Json);
}

function normaliseNode(node: unknown, anchors: Anchors): unknown {
  if (!isRecord(node)) return node;
  const next: Record<string, unknown> = { ...node, attrs: withoutDefaults(node.type, node.attrs), marks: normaliseMarks(node.marks, anchors) };
  if (Array.isArray(node.content)) next.content = joinTexts(node.content.map((child) => normaliseNode(child, anchors)));
  return next;
}

function isText(node: Record<string, unknown>): node is Record<string, unknown> & { text: string } {
  return node.type === 'text' && typeof node.text === 'string';
}

/** No marks, [] and a list left empty by the comment anchors taken out are the same. */
const marksKey = (marks: unknown): string => (isEmpty(marks) ? 'null' : JSON.stringify(canonical(marks)));

/** Neighbouring text nodes with the same marks are one text to the editor, which joins them. */
function joinTexts(nodes: unknown[]): unknown[] {
  const joined: unknown[] = [];
  for (const node of nodes) {
    const previous = joined.at(-1);
    if (isRecord(node) && isRecord(previous) && isText(node) && isText(previous) && marksKey(node.marks) === marksKey(previous.marks)) {
      joined[joined.length - 1] = { ...previous, text: previous.text + node.text };
    } else joined.push(node);
  }
  return joined;
}

/** A rich text as the editor would hold it, minus what carries no meaning (comment anchors included); for comparing only. */
export function comparableRichDoc(doc: RichDoc): Json {
  return canonical(normaliseNode(doc, 'ignore'));
}

/** The same, with the comment anchors kept: two texts alike in this say the same and carry the same anchors. */
function comparableWithAnchors(doc: RichDoc | null): string {
  return doc === null ? 'null' : JSON.stringify(canonical(normaliseNode(doc, 'keep')));
}

/** The draft's rich-text fields, compared as the editor means them. */
const richFields: ReadonlySet<keyof ItemDraft> = new Set<keyof ItemDraft>(['background', 'proposal', 'proposalSv', 'decision', 'decisionSv']);

/** Whether two rich texts say the same, as the editor means them. */
export function sameRichText(a: RichDoc, b: RichDoc): boolean {
  return a === b || JSON.stringify(comparableRichDoc(a)) === JSON.stringify(comparableRichDoc(b));
}

function comparable(field: keyof ItemDraft, value: unknown): string {
  if (value === null) return 'null';
  if (richFields.has(field)) return JSON.stringify(comparableRichDoc(value as RichDoc));
  if (field === 'appeal') {
    const appeal = value as ItemDraft['appeal'];
    return JSON.stringify({ textId: appeal.textId, text: comparableRichDoc(appeal.text) });
  }
  return JSON.stringify(canonical(value));
}

const allDraftFields = (before: ItemDraft, after: ItemDraft) => [...new Set([...Object.keys(before), ...Object.keys(after)])] as (keyof ItemDraft)[];

/** The fields (of those given, else all) whose meaning differs between two drafts. */
export function changedDraftFields<Field extends keyof ItemDraft>(before: ItemDraft, after: ItemDraft, fields?: readonly Field[]): Field[] {
  const candidates = (fields ?? allDraftFields(before, after)) as readonly Field[];
  // Unchanged fields usually share the object, so a long background is seldom serialised.
  return candidates.filter((field) => before[field] !== after[field] && comparable(field, before[field]) !== comparable(field, after[field]));
}

export function isSameDraft(before: ItemDraft, after: ItemDraft): boolean {
  return before === after || changedDraftFields(before, after).length === 0;
}

/** The fields that carry comment anchors (review.ts CommentField minus the plain title). */
export const anchoredFields = ['background', 'proposal', 'decision'] as const satisfies readonly (keyof ItemDraft)[];

/**
 * The rich fields whose comment anchors differ (added, removed or moved), whether or not their
 * text changed too. A draft that isSameDraft but has such fields is a comment-only change: the
 * service keeps it (in the latest version's snapshot, no new version), it never drops it.
 */
export function changedCommentFields(before: ItemDraft, after: ItemDraft): (typeof anchoredFields)[number][] {
  return anchoredFields.filter((field) => before[field] !== after[field] && comparableWithAnchors(before[field]) !== comparableWithAnchors(after[field]));
}
