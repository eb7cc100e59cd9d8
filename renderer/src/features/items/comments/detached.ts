// "Irrallaan" as the form holds the text now, by the service's rule: a rich field's comment is
// detached when no mark with its id is left, a title comment when the title lost its quote. The
// pane follows the text as it is typed, without waiting for a save and a new read.
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { commentIdsIn } from '../../../../../shared/domain/comment-marks';
import type { ItemComment } from '../../../../../shared/domain/review';

/** The comment ids anchored in each rich field of the draft. */
export function anchoredIds(draft: ItemDraft): Record<'background' | 'proposal' | 'decision', ReadonlySet<string>> {
  return {
    background: new Set(commentIdsIn(draft.background)),
    proposal: new Set(commentIdsIn(draft.proposal)),
    decision: new Set(commentIdsIn(draft.decision)),
  };
}

export function isDetached(comment: ItemComment, draft: ItemDraft, anchored: ReturnType<typeof anchoredIds>): boolean {
  if (comment.field === 'title') return comment.quote === '' || !draft.title.includes(comment.quote);
  return !anchored[comment.field].has(comment.id);
}
