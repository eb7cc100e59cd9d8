// The proposal's review copy (issue 9): the proposal document as the app exports it, plus
// - custom document properties PykalaItemId, PykalaVersion, PykalaOrganisation (the read-back
//   refuses another item's file, or a file Pykälä did not write),
// - a bookmark around each field (pykala_title, pykala_background, pykala_proposal, pykala_decision),
// - the open comments as Word comments with their replies,
// - the changes since an earlier version as tracked changes (w:ins / w:del), ids from 900000 on
//   so the read-back can tell ours from the reviewer's.
import type { CommentField } from '../../shared/domain/review';
import { commentFields } from '../../shared/domain/review';
import type { ItemReview } from './agenda-item-body';
import { printedTitle } from './agenda-item-body';
import { itemSection } from './agenda-document';
import { layoutMetrics } from './layout';
import { instanceCounter, packDocument } from './pack';
import { openThreads, threadField, titleContent, wordComments } from './review-comments';
import { richFieldPlan, titlePieces } from './review-changes';
import { FieldReview, emptyPlan } from './review-field';
import type { FieldPlan, ReviewShared, ReviewTally } from './review-field';
import { wholePieces } from './review-runs';
import type { ReviewCopyExportInput } from './review-types';
import { ownRevisionIdBase } from './review-types';

/** The names of the custom document properties, shared with the read-back. */
export const reviewProperties = { itemId: 'PykalaItemId', version: 'PykalaVersion', organisation: 'PykalaOrganisation' } as const;

function revisionCounter(): () => number {
  let next = ownRevisionIdBase;
  return () => {
    next += 1;
    return next - 1;
  };
}

export async function exportReviewCopy(input: ReviewCopyExportInput): Promise<Uint8Array> {
  const { item, changes } = input;
  const printed = new Set<CommentField>(['title', 'background', 'proposal', ...(item.decision !== null ? (['decision'] as const) : [])]);
  const threads = openThreads(input.comments ?? []);
  const wordIds = new Map(threads.map((thread) => [thread.comment.id, thread.wordIds]));
  const title = titleContent(printedTitle(item), threads);
  const titleChange = changes ? titlePieces(changes, printedTitle(changes.from.item), title) : null;
  const plans: Record<Exclude<CommentField, 'title'>, FieldPlan> = {
    background: changes ? richFieldPlan('background', changes, item.background) : emptyPlan(),
    proposal: changes ? richFieldPlan('proposal', changes, item.proposal) : emptyPlan(),
    decision: changes ? richFieldPlan('decision', changes, item.decision) : emptyPlan(),
  };
  const tally: ReviewTally = { paragraphs: new Map(), marks: new Map() };
  const render = (shared: ReviewShared, detached: Map<CommentField, number[][]>) => {
    const field = (name: Exclude<CommentField, 'title'>) => new FieldReview(name, plans[name], shared, detached.get(name) ?? []);
    const review: ItemReview = {
      title: { field: new FieldReview('title', emptyPlan(), shared, detached.get('title') ?? []), pieces: titleChange?.pieces ?? wholePieces(title, 'same'), track: titleChange?.track ?? null },
      background: field('background'),
      proposal: field('proposal'),
      decision: printed.has('decision') ? field('decision') : null,
    };
    return itemSection({ ...input, kind: 'proposal' }, { item, preparers: input.preparers }, instanceCounter(), review);
  };
  // First pass: count each field's paragraphs and each comment's pieces of text.
  render({ counting: true, tally, nextRevision: revisionCounter(), wordIds, seen: new Map() }, new Map());
  // A comment none of whose text printed is detached: written at its field's start, with its quote.
  const detachedIds = new Set(threads.filter((thread) => (tally.marks.get(thread.comment.id) ?? 0) === 0).map((thread) => thread.comment.id));
  const detached = new Map<CommentField, number[][]>(commentFields.map((name) => [name, []]));
  for (const thread of threads) if (detachedIds.has(thread.comment.id)) detached.get(threadField(thread, printed))?.push(thread.wordIds);
  const section = render({ counting: false, tally, nextRevision: revisionCounter(), wordIds, seen: new Map() }, detached);
  const comments = wordComments(threads, detachedIds);
  return packDocument(
    {
      title: item.title,
      subject: item.caseNumber.trim(),
      author: input.author,
      ...(comments.length > 0 ? { comments: { children: comments } } : {}),
      custom: [
        { name: reviewProperties.itemId, value: item.id },
        { name: reviewProperties.version, value: String(input.version) },
        { name: reviewProperties.organisation, value: input.settings.organisation },
      ],
    },
    layoutMetrics(input.settings.layout).textIndent,
    [section],
  );
}
