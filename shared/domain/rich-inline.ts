// A paragraph's inline content as pieces that can be cut at any character and put back together:
// the one place where text-change.ts (a Word change applied) and comment-marks.ts (an anchor
// added) edit inline nodes, so both keep marks the same way and give back what the editor itself
// would hold (no empty text nodes, neighbouring texts with the same marks joined).
import type { RichMark, RichNode } from './rich-text';
import { liveValueText } from './rich-text';

export type Piece =
  | { kind: 'text'; text: string; marks: readonly RichMark[] }
  /** A live value or a hard break: one node that cannot be cut; `length` is its text's. */
  | { kind: 'atom'; node: RichNode; length: number };

export function pieceLength(piece: Piece): number {
  return piece.kind === 'text' ? piece.text.length : piece.length;
}

export function pieceMarks(piece: Piece): readonly RichMark[] {
  return piece.kind === 'text' ? piece.marks : (piece.node.marks ?? []);
}

/** The block's inline nodes as pieces; null when it holds something else (malformed JSON: never guessed at). */
export function piecesOf(block: RichNode): Piece[] | null {
  const pieces: Piece[] = [];
  for (const node of block.content ?? []) {
    if (node.type === 'text') pieces.push({ kind: 'text', text: node.text ?? '', marks: node.marks ?? [] });
    else if (node.type === 'liveValue') pieces.push({ kind: 'atom', node, length: liveValueText(node).length });
    else if (node.type === 'hardBreak') pieces.push({ kind: 'atom', node, length: 1 });
    else return null;
  }
  return pieces;
}

/**
 * The pieces cut so that `offset` falls between two of them; null when it would cut an atom
 * (a live value's figure is one thing: half of it cannot change).
 */
export function cutAt(pieces: readonly Piece[], offset: number): Piece[] | null {
  const out: Piece[] = [];
  let at = 0;
  for (const piece of pieces) {
    const length = pieceLength(piece);
    if (offset > at && offset < at + length) {
      if (piece.kind === 'atom') return null;
      out.push({ ...piece, text: piece.text.slice(0, offset - at) }, { ...piece, text: piece.text.slice(offset - at) });
    } else out.push(piece);
    at += length;
  }
  return out;
}

/** The pieces as inline nodes: empty texts dropped, neighbours with the same marks joined. */
export function nodesOf(pieces: readonly Piece[]): RichNode[] {
  const out: RichNode[] = [];
  let previousKey: string | null = null;
  for (const piece of pieces) {
    if (piece.kind === 'atom') {
      out.push(piece.node);
      previousKey = null;
      continue;
    }
    if (piece.text === '') continue;
    const key = JSON.stringify(piece.marks);
    const last = out.at(-1);
    if (last?.type === 'text' && key === previousKey) {
      out[out.length - 1] = { ...last, text: (last.text ?? '') + piece.text };
      continue;
    }
    out.push({ type: 'text', text: piece.text, ...(piece.marks.length > 0 ? { marks: [...piece.marks] } : {}) });
    previousKey = key;
  }
  return out;
}
