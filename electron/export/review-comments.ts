// The item's open comments as Word comments: each top-level comment that is not resolved, on the
// words its mark covers (a title comment on the first occurrence of its quote in the title), its
// replies as Word replies (threaded through commentsExtended.xml), a detached comment at its
// field's start with its quote as the comment's first paragraph.
import { Paragraph, TextRun } from 'docx';
import type { ICommentOptions } from 'docx';
import { commentMarkType } from '../../shared/domain/review';
import type { CommentField, ItemComment } from '../../shared/domain/review';
import type { RichMark, RichNode } from '../../shared/domain/rich-text';
import { translate } from '../../shared/i18n/translate';
import { reviewWord } from '../../shared/i18n/fi/review-word';
import { xmlSafe } from './sanitize';

export interface CommentThread {
  comment: ItemComment;
  replies: ItemComment[];
  /** Word ids: the comment's own first, then its replies'. */
  wordIds: number[];
}

const byTime = (a: ItemComment, b: ItemComment) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** The open top-level comments with their replies, numbered for Word from 0 in the order they were made. */
export function openThreads(comments: readonly ItemComment[]): CommentThread[] {
  const open = comments.filter((comment) => comment.parentId === null && comment.resolvedAt === null).sort(byTime);
  let next = 0;
  return open.map((comment) => {
    const replies = comments.filter((reply) => reply.parentId === comment.id).sort(byTime);
    const wordIds = [comment, ...replies].map(() => {
      next += 1;
      return next - 1;
    });
    return { comment, replies, wordIds };
  });
}

/** "Mikko Saari" → "MS": Word shows the initials in the comment's balloon. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase())
    .join('')
    .slice(0, 9);
}

function paragraphsOf(text: string): Paragraph[] {
  const lines = xmlSafe(text).split(/\r\n|\n|\r/u);
  return lines.map((line) => new Paragraph({ children: [new TextRun({ text: line })] }));
}

function wordComment(comment: ItemComment, id: number, parentId: number | null, quote: string | null): ICommentOptions {
  const author = comment.author.name.trim() || reviewWord.unknownAuthor;
  const date = new Date(comment.createdAt);
  return {
    id,
    author: xmlSafe(author),
    initials: xmlSafe(initialsOf(author)),
    ...(Number.isNaN(date.getTime()) ? {} : { date }),
    ...(parentId === null ? {} : { parentId }),
    children: [...(quote === null ? [] : paragraphsOf(translate('reviewWord.detachedQuote', { quote: comment.quote }))), ...paragraphsOf(comment.body)],
  };
}

/** The Word comments of the threads; a detached one carries its quote first. */
export function wordComments(threads: readonly CommentThread[], detached: ReadonlySet<string>): ICommentOptions[] {
  return threads.flatMap(({ comment, replies, wordIds }) => {
    const [ownId = 0, ...replyIds] = wordIds;
    return [
      wordComment(comment, ownId, null, detached.has(comment.id) ? comment.quote : null),
      ...replies.map((reply, index) => wordComment(reply, replyIds[index] ?? 0, ownId, null)),
    ];
  });
}

/**
 * The printed title as text nodes, the open title comments' marks on the first occurrence of each
 * quote (the title is plain text: its comments are anchored by quote).
 */
export function titleContent(title: string, threads: readonly CommentThread[]): RichNode[] {
  const ranges = threads
    .filter(({ comment }) => comment.field === 'title' && comment.quote !== '')
    .map(({ comment }) => ({ id: comment.id, from: title.indexOf(comment.quote), to: title.indexOf(comment.quote) + comment.quote.length }))
    .filter((range) => range.from >= 0);
  const cuts = [...new Set([0, title.length, ...ranges.flatMap((range) => [range.from, range.to])])].sort((a, b) => a - b);
  const out: RichNode[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const from = cuts[index] ?? 0;
    const to = cuts[index + 1] ?? 0;
    if (to <= from) continue;
    const marks: RichMark[] = ranges
      .filter((range) => range.from <= from && range.to >= to)
      .map((range) => ({ type: commentMarkType, attrs: { id: range.id } }));
    out.push(marks.length > 0 ? { type: 'text', text: title.slice(from, to), marks } : { type: 'text', text: title.slice(from, to) });
  }
  return out;
}

/** The field a thread is written in: its own when printed, else the title's start (detached). */
export function threadField(thread: CommentThread, printed: ReadonlySet<CommentField>): CommentField {
  return printed.has(thread.comment.field) ? thread.comment.field : 'title';
}
