// Review comments' anchors in rich text (issue 9): the `comment` mark with the comment's id
// (review.ts). The editor makes and maps the marks; these functions read them (which comments are
// anchored, the words under one), take them away (what prints and what is compared never has
// them), and place one from outside the editor (a comment read back from a returned Word file,
// found by its quote).
import { sameRichText } from './draft-changes';
import type { ItemDraft } from './item-schema';
import { commentMarkType } from './review';
import type { CommentMarkAttrs } from './review';
import type { RichDoc, RichMark, RichNode } from './rich-text';
import { cutAt, nodesOf, pieceLength, piecesOf } from './rich-inline';
import type { Piece } from './rich-inline';
import { nodeAt, replaceNodeAt, richUnits, unitAt } from './rich-units';
import type { NodePath, RichUnit } from './rich-units';

/** Where a stretch of text is: a unit (by its node's path) and character offsets in the unit's text. */
export interface UnitRange {
  path: NodePath;
  from: number;
  to: number;
}

function isAnchor(mark: RichMark): boolean {
  return (mark.type as string) === commentMarkType;
}

function anchorId(mark: RichMark): string | null {
  const id = (mark.attrs as Partial<CommentMarkAttrs> | undefined)?.id;
  return isAnchor(mark) && typeof id === 'string' ? id : null;
}

/** The ids of the comments anchored in the text, each once, in document order. */
export function commentIdsIn(doc: RichDoc | null): string[] {
  const ids = new Set<string>();
  const walk = (nodes: readonly RichNode[] | undefined) => {
    for (const node of nodes ?? []) {
      for (const mark of node.marks ?? []) {
        const id = anchorId(mark);
        if (id !== null) ids.add(id);
      }
      walk(node.content);
    }
  };
  walk(doc?.content);
  return [...ids];
}

function hasAnchor(nodes: readonly RichNode[] | undefined): boolean {
  return (nodes ?? []).some((node) => (node.marks ?? []).some(isAnchor) || hasAnchor(node.content));
}

function stripNodes(nodes: readonly RichNode[]): RichNode[] {
  const stripped = nodes.map((node): RichNode => {
    if (!(node.marks ?? []).some(isAnchor) && !hasAnchor(node.content)) return node;
    const { marks, content, ...rest } = node;
    const kept = (marks ?? []).filter((mark) => !isAnchor(mark));
    return { ...rest, ...(kept.length > 0 ? { marks: kept } : {}), ...(content ? { content: stripNodes(content) } : {}) };
  });
  // Texts that differed only by an anchor are one text again, as the editor would hold them.
  const inline = stripped.every((node) => node.type === 'text' || node.type === 'liveValue' || node.type === 'hardBreak');
  if (!inline) return stripped;
  const pieces = stripped.map((node): Piece => (node.type === 'text' ? { kind: 'text', text: node.text ?? '', marks: node.marks ?? [] } : { kind: 'atom', node, length: 0 }));
  return nodesOf(pieces);
}

/** The text without any comment anchor (what prints, what is compared); the same object when it has none. */
export function stripCommentMarks(doc: RichDoc): RichDoc;
export function stripCommentMarks(doc: RichDoc | null): RichDoc | null;
export function stripCommentMarks(doc: RichDoc | null): RichDoc | null {
  if (doc === null || !hasAnchor(doc.content)) return doc;
  return { ...doc, content: stripNodes(doc.content) };
}

/** A draft's rich fields without comment anchors. */
export function stripDraftCommentMarks(draft: ItemDraft): ItemDraft {
  return {
    ...draft,
    background: stripCommentMarks(draft.background),
    proposal: stripCommentMarks(draft.proposal),
    proposalSv: stripCommentMarks(draft.proposalSv),
    decision: stripCommentMarks(draft.decision),
    decisionSv: stripCommentMarks(draft.decisionSv),
    appeal: { ...draft.appeal, text: stripCommentMarks(draft.appeal.text) },
  };
}

/** Whether two texts say the same, whatever comments are anchored in them. */
export function isSameIgnoringComments(a: RichDoc | null, b: RichDoc | null): boolean {
  if (a === null || b === null) return a === b;
  return sameRichText(a, b);
}

function markedIn(unit: RichUnit, id: string): { from: number; to: number } | null {
  const marked = unit.segments.filter((segment) => segment.marks.some((mark) => anchorId(mark) === id));
  const first = marked[0];
  const last = marked.at(-1);
  return first === undefined || last === undefined ? null : { from: first.from, to: last.to };
}

/** Where the comment's anchor is: per unit, from its first to its last marked character. */
export function commentRanges(doc: RichDoc | null, id: string): UnitRange[] {
  return richUnits(doc).flatMap((unit) => {
    const range = markedIn(unit, id);
    return range === null ? [] : [{ path: unit.path, ...range }];
  });
}

/** The words a comment is anchored on now ("\n" between units), or null when its anchor is gone. */
export function quoteOfComment(doc: RichDoc | null, id: string): string | null {
  const units = richUnits(doc);
  const parts = units.flatMap((unit) => {
    const range = markedIn(unit, id);
    return range === null ? [] : [unit.text.slice(range.from, range.to)];
  });
  return parts.length === 0 ? null : parts.join('\n');
}

/**
 * The one place where `quote` stands in the text (inside one unit), or null when it is not there
 * or stands in more than one place: a comment read back from Word is anchored only where it is
 * sure, else kept detached with its quote.
 */
export function findQuote(doc: RichDoc | null, quote: string): UnitRange | null {
  if (quote === '') return null;
  let found: UnitRange | null = null;
  for (const unit of richUnits(doc)) {
    for (let at = unit.text.indexOf(quote); at >= 0; at = unit.text.indexOf(quote, at + 1)) {
      if (found !== null) return null;
      found = { path: unit.path, from: at, to: at + quote.length };
    }
  }
  return found;
}

function markPieces(pieces: readonly Piece[], from: number, to: number, mark: RichMark): { pieces: Piece[]; marked: boolean } {
  let at = 0;
  let marked = false;
  const out = pieces.map((piece): Piece => {
    const start = at;
    at += pieceLength(piece);
    const inside = piece.kind === 'text' ? start >= from && at <= to && at > start : start < to && at > from && piece.node.type === 'liveValue';
    if (!inside) return piece;
    marked = true;
    if (piece.kind === 'text') return { ...piece, marks: [...piece.marks, mark] };
    return { ...piece, node: { ...piece.node, marks: [...(piece.node.marks ?? []), mark] } };
  });
  return { pieces: out, marked };
}

/**
 * The doc with a comment's anchor on characters `from`–`to` of the unit's text (a live value
 * touched is anchored whole); null when the unit is not there, the range is empty or outside its
 * text, or the comment is anchored in the text already (one anchor per comment).
 */
export function addCommentMark(doc: RichDoc, unitPath: NodePath, from: number, to: number, id: string): RichDoc | null {
  const unit = unitAt(doc, unitPath);
  if (unit === null || id === '' || !Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to <= from || to > unit.text.length) return null;
  if (commentIdsIn(doc).includes(id)) return null;
  const mark = { type: commentMarkType, attrs: { id } } as unknown as RichMark;
  let next = doc;
  let marked = false;
  for (const block of unit.blocks) {
    const start = Math.max(from, block.from) - block.from;
    const end = Math.min(to, block.to) - block.from;
    if (end <= start) continue;
    const node = nodeAt(next, block.path);
    const pieces = node === undefined ? null : piecesOf(node);
    // A live value at either end is anchored whole rather than cut.
    const cut = pieces === null ? null : (cutAt(pieces, start) ?? pieces);
    const cutBoth = cut === null ? null : (cutAt(cut, end) ?? cut);
    if (node === undefined || cutBoth === null) return null;
    const result = markPieces(cutBoth, start, end, mark);
    marked ||= result.marked;
    next = replaceNodeAt(next, block.path, { ...node, content: nodesOf(result.pieces) });
  }
  return marked ? next : null;
}
