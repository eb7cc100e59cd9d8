// "Irrallaan" as the form holds the text now, by the service's rule: a rich field's comment is
// detached when no mark with its id is left, a title comment when the title lost its quote. The
// pane follows the text as it is typed, without waiting for a save and a new read.
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import type { RichDoc, RichNode } from '../../../../../shared/domain/rich-text';
import type { ItemComment } from '../../../../../shared/domain/review';
import { commentMarkType } from '../../../../../shared/domain/review';

function collectIds(node: RichDoc | RichNode, into: Set<string>): Set<string> {
  for (const mark of 'marks' in node ? node.marks ?? [] : []) {
    if ((mark.type as string) === commentMarkType && typeof mark.attrs?.id === 'string') into.add(mark.attrs.id);
  }
  for (const child of node.content ?? []) collectIds(child, into);
  return into;
}

/** The comment ids anchored in each rich field of the draft. */
export function anchoredIds(draft: ItemDraft): Record<'background' | 'proposal' | 'decision', ReadonlySet<string>> {
  return {
    background: collectIds(draft.background, new Set()),
    proposal: collectIds(draft.proposal, new Set()),
    decision: draft.decision ? collectIds(draft.decision, new Set()) : new Set(),
  };
}

export function isDetached(comment: ItemComment, draft: ItemDraft, anchored: ReturnType<typeof anchoredIds>): boolean {
  if (comment.field === 'title') return comment.quote === '' || !draft.title.includes(comment.quote);
  return !anchored[comment.field].has(comment.id);
}
