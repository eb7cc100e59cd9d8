// The runs of one paragraph in the review copy: its text cut into pieces (unchanged, inserted,
// deleted) that keep the bold, italic, underline and link of the text they come from, and the
// comment anchors each piece carries.
import { DeletedTextRun, ExternalHyperlink, InsertedTextRun, TextRun } from 'docx';
import type { IRunOptions, ParagraphChild } from 'docx';
import type { DiffPart } from '../../shared/domain/compare-types';
import { commentMarkType } from '../../shared/domain/review';
import type { RichMark, RichNode } from '../../shared/domain/rich-text';
import { applyMarks, liveValueText, runOptions } from './inline';
import type { RunFormat } from './inline';

/** Who made a tracked change and when (Word's w:author and w:date). */
export interface TrackInfo {
  author: string;
  date: string;
}

export interface Piece {
  op: DiffPart['op'];
  text: string;
  marks: RichMark[];
}

interface Segment {
  text: string;
  marks: RichMark[];
}

/** Inline content as text segments with their marks: a line break is "\n", a live value its printed text. */
export function segmentsOf(nodes: readonly RichNode[] | undefined): Segment[] {
  const out: Segment[] = [];
  for (const node of nodes ?? []) {
    if (node.type === 'text') out.push({ text: node.text ?? '', marks: node.marks ?? [] });
    else if (node.type === 'liveValue') out.push({ text: liveValueText(node), marks: node.marks ?? [] });
    else if (node.type === 'hardBreak') out.push({ text: '\n', marks: [] });
    else out.push(...segmentsOf(node.content));
  }
  return out.filter((segment) => segment.text !== '');
}

/** Takes text from segments, piece by piece, keeping each piece's marks. */
class Cursor {
  private index = 0;
  private offset = 0;

  constructor(private readonly segments: Segment[]) {}

  take(length: number, op: Piece['op']): Piece[] | null {
    const out: Piece[] = [];
    let left = length;
    while (left > 0) {
      const segment = this.segments[this.index];
      if (segment === undefined) return null;
      const count = Math.min(left, segment.text.length - this.offset);
      out.push({ op, text: segment.text.slice(this.offset, this.offset + count), marks: segment.marks });
      left -= count;
      this.offset += count;
      if (this.offset >= segment.text.length) {
        this.index += 1;
        this.offset = 0;
      }
    }
    return out;
  }

  get done(): boolean {
    return this.index >= this.segments.length;
  }
}

/**
 * The pieces of a changed paragraph: the diff's unchanged and inserted parts taken from the new
 * content, the deleted parts from the old. Null when the parts do not add up to the two texts
 * (then the caller writes the whole paragraph as deleted and inserted).
 */
export function diffPieces(parts: readonly DiffPart[], oldContent: readonly RichNode[] | undefined, newContent: readonly RichNode[] | undefined): Piece[] | null {
  const before = new Cursor(segmentsOf(oldContent));
  const after = new Cursor(segmentsOf(newContent));
  const out: Piece[] = [];
  for (const part of parts) {
    const length = part.text.length;
    if (part.op === 'same') {
      const taken = after.take(length, 'same');
      if (taken === null || before.take(length, 'same') === null) return null;
      out.push(...taken);
    } else {
      const taken = (part.op === 'ins' ? after : before).take(length, part.op);
      if (taken === null) return null;
      out.push(...taken);
    }
  }
  return before.done && after.done ? out : null;
}

/** Every piece of the content with one op (an unchanged, a wholly inserted or a wholly deleted paragraph). */
export function wholePieces(content: readonly RichNode[] | undefined, op: Piece['op']): Piece[] {
  return segmentsOf(content).map((segment) => ({ op, text: segment.text, marks: segment.marks }));
}

export function commentIdsOf(marks: readonly RichMark[]): string[] {
  return marks.filter((mark) => mark.type === commentMarkType && typeof mark.attrs?.id === 'string').map((mark) => String(mark.attrs?.id));
}

/** The runs of one piece: plain, or inside w:ins / w:del with its own revision ids; a link stays a link. */
export function pieceRuns(piece: Piece, base: RunFormat, track: TrackInfo | null, nextRevision: () => number): ParagraphChild[] {
  const { format, href } = applyMarks(piece.marks, base);
  const options = runOptions(piece.text, href === null ? format : { ...format, style: 'Hyperlink' });
  const make = (option: IRunOptions): ParagraphChild => {
    if (piece.op === 'same' || track === null) return new TextRun(option);
    const revision = { ...option, id: nextRevision(), author: track.author, date: track.date };
    return piece.op === 'ins' ? new InsertedTextRun(revision) : new DeletedTextRun(revision);
  };
  const runs = options.map(make);
  if (href === null || runs.length === 0) return runs;
  return [new ExternalHyperlink({ link: href, children: runs })];
}
