// One field of the review copy (title, background, proposal, decision) as it is written: every
// paragraph of the field passes through here, in document order, and gets its tracked changes,
// its comment anchors, the field's bookmark (start in the first paragraph, end in the last) and,
// at the field's start, the comments whose text is gone (detached).
//
// The document is built twice: the first pass only counts (the field's paragraphs, the pieces
// each comment mark covers), so that the second knows where a field and a comment end.
import { BookmarkEnd, BookmarkStart, CommentRangeEnd, CommentRangeStart, CommentReference, TextRun, bookmarkUniqueNumericId } from 'docx';
import type { IParagraphRunOptions, ParagraphChild } from 'docx';
type IChangedAttributesProperties = NonNullable<IParagraphRunOptions['insertion']>;
import type { UnitKind } from '../../shared/domain/compare-types';
import type { CommentField } from '../../shared/domain/review';
import type { RichNode } from '../../shared/domain/rich-text';
import type { RunFormat } from './inline';
import { commentIdsOf, pieceRuns, wholePieces } from './review-runs';
import type { Piece, TrackInfo } from './review-runs';

/** A changed or added paragraph of the current text. */
export interface NodePlan {
  /** The word-level parts of a changed paragraph; null: the paragraph is new (all inserted). */
  parts: Piece[] | null;
  track: TrackInfo;
}

/** A paragraph of the compared version that is gone: written as a deleted paragraph. */
export interface RemovedPlan {
  kind: UnitKind;
  content: RichNode[];
  track: TrackInfo;
}

/** What changed in one field since the compared version, keyed by the current text's paragraph nodes. */
export interface FieldPlan {
  nodes: Map<RichNode, NodePlan>;
  /** Removed paragraphs after the paragraph node they followed. */
  removedAfter: Map<RichNode, RemovedPlan[]>;
  /** Removed paragraphs before the field's first printed one. */
  removedAtStart: RemovedPlan[];
}

export const emptyPlan = (): FieldPlan => ({ nodes: new Map(), removedAfter: new Map(), removedAtStart: [] });

/** What the first pass counts and the second reads. */
export interface ReviewTally {
  paragraphs: Map<CommentField, number>;
  /** Pieces of text carrying each comment's mark. */
  marks: Map<string, number>;
}

/** State shared by the fields of one document. */
export interface ReviewShared {
  counting: boolean;
  tally: ReviewTally;
  nextRevision: () => number;
  /** Word comment ids of each exported comment (the comment's own, then its replies'), by the comment's id. */
  wordIds: Map<string, number[]>;
  /** Pieces written so far per comment, to place the range's end after its last piece. */
  seen: Map<string, number>;
}

export interface ReviewedParagraph {
  children: ParagraphChild[];
  /** The paragraph mark's insertion, for a paragraph that is wholly new. */
  run?: IParagraphRunOptions;
}

/** A paragraph written in place of the current text's paragraph: deleted ones before and after it. */
export interface ReviewedBlock {
  before: (ReviewedParagraph & { kind: UnitKind })[];
  main: ReviewedParagraph;
  after: (ReviewedParagraph & { kind: UnitKind })[];
}

export const bookmarkNames: Record<CommentField, string> = {
  title: 'pykala_title',
  background: 'pykala_background',
  proposal: 'pykala_proposal',
  decision: 'pykala_decision',
};

function startComment(ids: readonly number[]): ParagraphChild[] {
  return ids.map((id) => new CommentRangeStart(id));
}

function endComment(ids: readonly number[]): ParagraphChild[] {
  return ids.flatMap((id) => [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]);
}

export class FieldReview {
  private written = 0;
  private readonly bookmarkId: number;

  constructor(
    readonly field: CommentField,
    private readonly plan: FieldPlan,
    private readonly shared: ReviewShared,
    /** Word ids of the comments written at the field's start (their text is gone): one group per comment. */
    private readonly detached: number[][],
  ) {
    this.bookmarkId = bookmarkUniqueNumericId();
  }

  /**
   * The current text's paragraph, with the deleted paragraphs around it. `startAfter`: the paragraph
   * stands beside its label, so paragraphs removed from the field's start follow it instead.
   */
  block(node: RichNode, format: RunFormat, startAfter = false): ReviewedBlock {
    const atStart = this.written === 0 ? this.plan.removedAtStart : [];
    const before = startAfter ? [] : atStart.map((removed) => this.removed(removed, format));
    const plan = this.plan.nodes.get(node);
    const pieces = plan === undefined ? wholePieces(node.content, 'same') : plan.parts ?? wholePieces(node.content, 'ins');
    const track = plan?.track ?? null;
    const main = this.paragraph(pieces, format, track);
    if (plan !== undefined && plan.parts === null) main.run = { insertion: { id: this.shared.nextRevision(), author: plan.track.author, date: plan.track.date } };
    const after = [...(startAfter ? atStart : []), ...(this.plan.removedAfter.get(node) ?? [])].map((removed) => this.removed(removed, format));
    return { before, main, after };
  }

  /**
   * A table row's insertion when every paragraph in it is new (a row added since the compared
   * version), so that rejecting it takes the row away rather than leave it empty.
   */
  rowInsertion(blocks: readonly RichNode[]): IChangedAttributesProperties | null {
    const plans = blocks.map((block) => this.plan.nodes.get(block));
    const [firstPlan] = plans;
    if (firstPlan === undefined || plans.some((plan) => plan === undefined || plan.parts !== null)) return null;
    return { id: this.shared.nextRevision(), author: firstPlan.track.author, date: firstPlan.track.date };
  }

  /** The title: plain text pieces (with the comment anchors placed by quote). */
  pieces(pieces: Piece[], format: RunFormat, track: TrackInfo | null): ReviewedParagraph {
    return this.paragraph(pieces, format, track);
  }

  /**
   * At the end of the field: when nothing of it was printed, the removed paragraphs (or one empty
   * paragraph) that hold its bookmark, so the read-back still knows where the field is.
   */
  finish(format: RunFormat): (ReviewedParagraph & { kind: UnitKind })[] {
    if (this.written > 0) return [];
    const removed = this.plan.removedAtStart.map((plan) => this.removed(plan, format));
    return removed.length > 0 ? removed : [{ kind: 'paragraph', ...this.paragraph([], format, null) }];
  }

  private removed(removed: RemovedPlan, format: RunFormat): ReviewedParagraph & { kind: UnitKind } {
    const paragraph = this.paragraph(wholePieces(removed.content, 'del'), format, removed.track);
    return { kind: removed.kind, ...paragraph, run: { deletion: { id: this.shared.nextRevision(), author: removed.track.author, date: removed.track.date } } };
  }

  private paragraph(pieces: Piece[], format: RunFormat, track: TrackInfo | null): ReviewedParagraph {
    const index = this.written;
    this.written += 1;
    if (this.shared.counting) {
      this.shared.tally.paragraphs.set(this.field, this.written);
      for (const piece of pieces) if (piece.op !== 'del') for (const id of commentIdsOf(piece.marks)) this.shared.tally.marks.set(id, (this.shared.tally.marks.get(id) ?? 0) + 1);
      return { children: [] };
    }
    const children: ParagraphChild[] = [];
    if (index === 0) {
      children.push(new BookmarkStart(bookmarkNames[this.field], this.bookmarkId) as unknown as ParagraphChild);
      for (const ids of this.detached) children.push(...startComment(ids), ...endComment(ids));
    }
    for (const piece of pieces) {
      const ids = piece.op === 'del' ? [] : commentIdsOf(piece.marks).filter((id) => this.shared.wordIds.has(id));
      for (const id of ids) if ((this.shared.seen.get(id) ?? 0) === 0) children.push(...startComment(this.shared.wordIds.get(id) ?? []));
      children.push(...pieceRuns(piece, format, track, this.shared.nextRevision));
      for (const id of ids) {
        const seen = (this.shared.seen.get(id) ?? 0) + 1;
        this.shared.seen.set(id, seen);
        if (seen === this.shared.tally.marks.get(id)) children.push(...endComment(this.shared.wordIds.get(id) ?? []));
      }
    }
    if (index === (this.shared.tally.paragraphs.get(this.field) ?? 0) - 1) children.push(new BookmarkEnd(this.bookmarkId) as unknown as ParagraphChild);
    return { children };
  }
}

