// What accepting changes and importing comments from a review copy does to the item, as a pure
// plan: the changes applied unit by unit (logic's applyTextChange, which refuses anything whose
// text is not where the file says), the comments' anchors added (addCommentMark), the comment rows
// to write. The service writes the plan in one transaction; nothing here touches the database.
import type { ComparedField } from '../../../shared/domain/compare-types';
import { addCommentMark } from '../../../shared/domain/comment-marks';
import type { AgendaItem } from '../../../shared/domain/item';
import type { CommentField } from '../../../shared/domain/review';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { applyTextChange } from '../../../shared/domain/text-change';
import type { WordComment } from '../../../shared/domain/word-review';
import type { ChangePlacement, CommentPlacement, MatchedReview } from './word-match';
import { fieldDoc } from './word-units';

/** A comment row to write: the file's comment, its new id, its parent's id in the item. */
export interface CommentImport {
  word: WordComment;
  id: string;
  parentId: string | null;
  field: CommentField;
  /** The quote as anchored (a reply: ''). */
  quote: string;
}

export interface ApplyPlan {
  item: AgendaItem;
  appliedChangeIds: string[];
  failedChangeIds: string[];
  imports: CommentImport[];
  /** The fields whose text changed (for the freeze rules). */
  changedFields: Set<ComparedField>;
  /** Whether any comment anchor was added to the rich text. */
  marksAdded: boolean;
}

interface Accepted {
  id: string;
  placement: ChangePlacement;
}

function withField(item: AgendaItem, field: ComparedField, doc: RichDoc | string): AgendaItem {
  switch (field) {
    case 'title':
      return { ...item, title: doc as string };
    case 'background':
      return { ...item, background: doc as RichDoc };
    case 'proposal':
      return { ...item, proposal: doc as RichDoc };
    case 'decision':
      return { ...item, decision: doc as RichDoc };
  }
}

/** The title is plain text: a change is a splice, refused like applyTextChange when the text is not there. */
function applyToTitle(title: string, placement: ChangePlacement): string | null {
  const { offset, deleted, inserted } = placement;
  if (!title.startsWith(deleted, offset) || offset > title.length) return null;
  return title.slice(0, offset) + inserted + title.slice(offset + deleted.length);
}

/**
 * The accepted changes, last first in each unit so that earlier offsets stay right; two changes
 * over the same text (possible only when a paragraph was found by context twice) leave the second
 * unapplied.
 */
function applyChanges(item: AgendaItem, accepted: readonly Accepted[], applied: string[], failed: string[], changedFields: Set<ComparedField>): AgendaItem {
  const sorted = [...accepted].sort((a, b) => {
    const unitA = a.placement.unit;
    const unitB = b.placement.unit;
    if (unitA.field !== unitB.field) return unitA.field.localeCompare(unitB.field);
    const pathA = unitA.unitPath.join('.');
    const pathB = unitB.unitPath.join('.');
    if (pathA !== pathB) return pathA.localeCompare(pathB);
    return unitB.base + b.placement.offset - (unitA.base + a.placement.offset);
  });
  let next = item;
  const lowest = new Map<string, number>();
  for (const { id, placement } of sorted) {
    const { unit } = placement;
    const key = `${unit.field}:${unit.unitPath.join('.')}`;
    const start = unit.base + placement.offset;
    const end = start + placement.deleted.length;
    const floor = lowest.get(key);
    if (floor !== undefined && end > floor) {
      failed.push(id);
      continue;
    }
    const result =
      unit.field === 'title'
        ? applyToTitle(next.title, placement)
        : (() => {
            const doc = fieldDoc(next, unit.field);
            return doc === null ? null : applyTextChange(doc, unit.unitPath, start, placement.deleted, placement.inserted);
          })();
    if (result === null) {
      failed.push(id);
      continue;
    }
    next = withField(next, unit.field, result);
    lowest.set(key, start);
    applied.push(id);
    changedFields.add(unit.field);
  }
  return next;
}

/** Anchors a comment on every block its range spans; false (nothing added) when one of them cannot be. */
function anchor(item: AgendaItem, placements: readonly CommentPlacement[], id: string): AgendaItem | null {
  let next = item;
  for (const { unit, from, to } of placements) {
    if (unit.field === 'title') continue;
    const doc = fieldDoc(next, unit.field);
    const marked = doc === null ? null : addCommentMark(doc, unit.unitPath, unit.base + from, unit.base + to, id);
    if (marked === null) return null;
    next = withField(next, unit.field, marked);
  }
  return next;
}

/**
 * Plans the import. Comments first (their anchors are placed on the text as it is now, and the
 * changes applied after carry the marks along), then the accepted changes. A chosen comment is
 * imported anchored when matched, detached with its quote when not found (or when its anchor
 * cannot be placed after all), never when already present or outside the four fields; a reply
 * only with its parent (imported now, or already in the item).
 */
export function planApply(item: AgendaItem, matched: MatchedReview, acceptChangeIds: readonly string[], importCommentIds: readonly string[], newId: () => string): ApplyPlan {
  const appliedChangeIds: string[] = [];
  const failedChangeIds: string[] = [];
  const changedFields = new Set<ComparedField>();
  const imports: CommentImport[] = [];
  const chosen = new Set(importCommentIds);
  const itemIdOf = new Map<string, string>();
  for (const [wordId, existing] of matched.existingComment) itemIdOf.set(wordId, existing.id);
  let next = item;
  let marksAdded = false;
  for (const comment of matched.comments) {
    if (!chosen.has(comment.id) || comment.match === 'alreadyPresent' || comment.field === null) continue;
    const id = newId();
    if (comment.parentId !== null) {
      const parent = itemIdOf.get(comment.parentId);
      if (parent === undefined) continue;
      imports.push({ word: comment, id, parentId: parent, field: comment.field, quote: '' });
    } else {
      const placements = matched.commentPlacements.get(comment.id);
      const anchored = placements === undefined ? null : anchor(next, placements, id);
      if (anchored !== null && placements?.some((placement) => placement.unit.field !== 'title')) marksAdded = true;
      if (anchored !== null) next = anchored;
      imports.push({ word: comment, id, parentId: null, field: comment.field, quote: comment.quote });
    }
    itemIdOf.set(comment.id, id);
  }
  const accepted: Accepted[] = [];
  for (const changeId of new Set(acceptChangeIds)) {
    const placement = matched.changePlacements.get(changeId);
    if (placement === undefined) failedChangeIds.push(changeId);
    else accepted.push({ id: changeId, placement });
  }
  next = applyChanges(next, accepted, appliedChangeIds, failedChangeIds, changedFields);
  const order = (id: string) => Number(id.slice(1));
  appliedChangeIds.sort((a, b) => order(a) - order(b));
  failedChangeIds.sort((a, b) => order(a) - order(b));
  return { item: next, appliedChangeIds, failedChangeIds, imports, changedFields, marksAdded };
}
