// One text change applied to a unit of a rich text: a tracked change read back from a returned
// Word review copy, accepted by the user (issue 9). The change says what it deletes; if the unit
// does not hold exactly that at the offset, the text has moved on since the copy was exported
// and nothing is applied (null): a change is never placed by guessing.
import type { RichMark, RichNode } from './rich-text';
import type { RichDoc } from './rich-text';
import { commentMarkType } from './review';
import { cutAt, nodesOf, pieceLength, pieceMarks, piecesOf } from './rich-inline';
import type { Piece } from './rich-inline';
import { nodeAt, replaceNodeAt, unitAt } from './rich-units';
import type { NodePath } from './rich-units';

const isAnchor = (mark: RichMark) => (mark.type as string) === commentMarkType;

/** Marks carry over by type and attributes (a comment by its id). */
const sameMark = (a: RichMark, b: RichMark) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The marks inserted text takes: the formatting of the character before it (of the one after,
 * at the start of a paragraph), and a comment anchor only when the text on both sides carries
 * it, as the editor's comment mark is not inclusive: typing at an anchor's edge does not grow it.
 */
function insertedMarks(before: readonly RichMark[] | null, after: readonly RichMark[] | null): RichMark[] {
  const formatting = (before ?? after ?? []).filter((mark) => !isAnchor(mark));
  const anchors = (before ?? []).filter((mark) => isAnchor(mark) && (after ?? []).some((other) => sameMark(mark, other)));
  return [...formatting, ...anchors];
}

/** "\n" in inserted text is a line break, as a unit's text writes a hard break. */
function insertedPieces(text: string, marks: RichMark[]): Piece[] {
  return text.split('\n').flatMap((line, index): Piece[] => [
    ...(index > 0 ? [{ kind: 'atom', node: { type: 'hardBreak' }, length: 1 } as Piece] : []),
    { kind: 'text', text: line, marks },
  ]);
}

/** The marks of the piece that holds the character just before `offset` (or just after, with `after`). */
function marksAround(pieces: readonly Piece[], offset: number, after: boolean): readonly RichMark[] | null {
  let at = 0;
  for (const piece of pieces) {
    const length = pieceLength(piece);
    if (after ? at === offset && length > 0 : at + length === offset && length > 0) return pieceMarks(piece);
    at += length;
  }
  return null;
}

/**
 * The doc with `deleted` at `offset` of the unit's text replaced by `inserted`, the marks of the
 * text around kept; null when the unit is not there, its text at the offset is not `deleted`, or
 * the change would cut a live value in two or join two paragraphs.
 */
export function applyTextChange(doc: RichDoc, unitPath: NodePath, offset: number, deleted: string, inserted: string): RichDoc | null {
  const unit = unitAt(doc, unitPath);
  if (unit === null || !Number.isInteger(offset) || offset < 0 || unit.text.slice(offset, offset + deleted.length) !== deleted || offset + deleted.length > unit.text.length) return null;
  if (deleted === '' && inserted === '') return doc;
  const end = offset + deleted.length;
  const block = unit.blocks.find((candidate) => candidate.from <= offset && end <= candidate.to);
  const node: RichNode | undefined = block === undefined ? undefined : nodeAt(doc, block.path);
  const pieces = node === undefined ? null : piecesOf(node);
  if (block === undefined || node === undefined || pieces === null) return null;
  const from = offset - block.from;
  const to = end - block.from;
  const cut = cutAt(pieces, from);
  const cutBoth = cut === null ? null : cutAt(cut, to);
  if (cutBoth === null) return null;
  let at = 0;
  const kept: Piece[] = [];
  const tail: Piece[] = [];
  for (const piece of cutBoth) {
    // Cut at both ends, every piece lies wholly before, inside or after the deleted text.
    if (at < from) kept.push(piece);
    else if (at >= to) tail.push(piece);
    at += pieceLength(piece);
  }
  const marks = insertedMarks(marksAround(cutBoth, from, false), marksAround(cutBoth, to, true));
  const content = nodesOf([...kept, ...insertedPieces(inserted, marks), ...tail]);
  return replaceNodeAt(doc, block.path, { ...node, content });
}
