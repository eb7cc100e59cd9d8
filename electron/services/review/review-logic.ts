// The services' one door to the review's pure rules (shared/domain, logic's part of issue 9), plus
// the comparisons only the services need: whether two states of an item differ in their text
// and whether their comment anchors moved.
import type { AgendaItem, Person } from '../../../shared/domain/item';
import type { VersionChangeSummary } from '../../../shared/domain/compare-types';
import { comparedFields } from '../../../shared/domain/compare-types';
import { draftOf } from '../../../shared/domain/item-schema';
import type { ItemDraft } from '../../../shared/domain/item-schema';
import { changedDraftFields, isSameDraft } from '../../../shared/domain/draft-changes';
import type { RichDoc, RichNode } from '../../../shared/domain/rich-text';
import { commentMarkType } from '../../../shared/domain/review';

const richFields = ['background', 'proposal', 'proposalSv', 'decision', 'decisionSv'] as const;

function markIds(node: RichNode): string[] {
  return (node.marks ?? []).flatMap((mark) => ((mark.type as string) === commentMarkType && typeof mark.attrs?.id === 'string' ? [mark.attrs.id] : []));
}

function walk(node: RichNode | RichDoc, visit: (node: RichNode) => void): void {
  for (const child of node.content ?? []) {
    visit(child);
    walk(child, visit);
  }
}

/** The ids of the comment marks in a rich text. */
export function commentIdsIn(doc: RichDoc | null): Set<string> {
  const ids = new Set<string>();
  if (doc !== null) walk(doc, (node) => { for (const id of markIds(node)) ids.add(id); });
  return ids;
}

function stripNode(node: RichNode): RichNode {
  const marks = node.marks?.filter((mark) => (mark.type as string) !== commentMarkType);
  const stripped: RichNode = { ...node };
  if (node.marks !== undefined) {
    if (marks !== undefined && marks.length > 0) stripped.marks = marks;
    else delete stripped.marks;
  }
  if (node.content !== undefined) stripped.content = node.content.map(stripNode);
  return stripped;
}

export function stripCommentMarks(doc: RichDoc): RichDoc {
  return { ...doc, content: doc.content.map(stripNode) };
}

function strippedDraft(draft: ItemDraft): ItemDraft {
  const stripped = { ...draft };
  for (const field of richFields) {
    const doc = draft[field];
    if (doc !== null) stripped[field] = stripCommentMarks(doc);
  }
  return stripped;
}

/** Whether two drafts say the same text, whatever their comment anchors. */
export function isSameTextDraft(before: ItemDraft, after: ItemDraft): boolean {
  return isSameDraft(strippedDraft(before), strippedDraft(after));
}

/**
 * Where the comment anchors stand in a rich text, as one comparable key: the plain-text offset and
 * length of every run carrying comment marks, with their ids. Two texts with the same words and
 * this key have their comments on the same words.
 */
function anchorKey(doc: RichDoc | null): string {
  if (doc === null) return '';
  const parts: string[] = [];
  let offset = 0;
  walk(doc, (node) => {
    const length = node.text?.length ?? (node.type === 'hardBreak' || node.type === 'liveValue' ? 1 : 0);
    const ids = markIds(node);
    if (ids.length > 0) parts.push(`${String(offset)}+${String(length)}:${ids.sort().join(',')}`);
    offset += length;
    // Block boundaries count as one character, so a mark cannot seem to move across paragraphs.
    if (node.text === undefined && node.type !== 'hardBreak' && node.type !== 'liveValue') offset += 1;
  });
  return parts.join(';');
}

/** Whether the comments are anchored on the same words in both drafts (texts assumed the same). */
export function sameCommentAnchors(before: ItemDraft, after: ItemDraft): boolean {
  return richFields.every((field) => anchorKey(before[field]) === anchorKey(after[field]));
}

/** An item's stored snapshot and a new state: the same text (comment anchors aside)? */
export function isSameItemText(before: AgendaItem, after: AgendaItem): boolean {
  return before.status === after.status && isSameTextDraft(draftOf(before), draftOf(after));
}

// ---- until logic's review-rules.ts and version-summary.ts land (issue 9 READY protocol)


/** Presenter by name (trimmed, case-insensitive; an item without one lets any presenter), or a deputy presenter; everyone while nobody is a user. */
export function canReviewItem(user: Pick<Person, 'name' | 'role' | 'deputyPresenter'> | null, presenterName: string, anyUsers: boolean): boolean {
  if (!anyUsers) return true;
  if (user === null) return false;
  if (user.deputyPresenter) return true;
  if (user.role !== 'esittelija') return false;
  const presenter = presenterName.trim().toLocaleLowerCase('fi');
  return presenter === '' || presenter === user.name.trim().toLocaleLowerCase('fi');
}

export function summarizeChange(before: ItemDraft, after: ItemDraft): VersionChangeSummary {
  const a = strippedDraft(before);
  const b = strippedDraft(after);
  const changed = changedDraftFields(a, b) as string[];
  const fields = comparedFields.filter((field) => changed.includes(field)).map((field) => ({ field, changed: 1, added: 0, removed: 0, points: [] }));
  const otherChanged = changed.filter((name) => !(comparedFields as readonly string[]).includes(name));
  return { fields, otherChanged, commentsOnly: changed.length === 0 && !sameCommentAnchors(before, after) };
}
