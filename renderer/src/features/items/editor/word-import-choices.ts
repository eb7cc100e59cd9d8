// What the user may choose from a returned review copy (review:readWord's report). Nothing is
// applied silently: no change starts accepted, each matched one is ticked by the user (or all at
// once with "Valitse kaikki löytyneet muutokset"); a change that did not match cannot be accepted.
// The comments are imported together (one checkbox, ticked at the start: a comment changes no text),
// except those already in the item.
import type { WordReviewReport } from '../../../../../shared/domain/word-review';

/** The changes that can be accepted: found at one place in the item as it is now. */
export function acceptableChangeIds(report: WordReviewReport): string[] {
  return report.changes.filter((change) => change.match === 'matched').map((change) => change.id);
}

/** The comments that would be imported: anchored where found, or kept detached with their quote. */
export function importableCommentIds(report: WordReviewReport): string[] {
  return report.comments.filter((comment) => comment.match !== 'alreadyPresent').map((comment) => comment.id);
}

/** What review:applyWord is asked to do with the user's choices; only acceptable changes pass. */
export function applyChoices(report: WordReviewReport, accepted: ReadonlySet<string>, importComments: boolean): { acceptChangeIds: string[]; importCommentIds: string[] } {
  return {
    acceptChangeIds: acceptableChangeIds(report).filter((id) => accepted.has(id)),
    importCommentIds: importComments ? importableCommentIds(report) : [],
  };
}
