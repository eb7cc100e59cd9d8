// Comment anchors through real edits: an anchor placed by addCommentMark (as a comment read back
// from Word is placed), loaded into ProseMirror with the editor's own node set (StarterKit and
// the table, configured as rich-text/extensions.ts does; that module itself needs the DOM
// library, which the Node-side tests do not have), carried through
// transactions (text typed before it, a deletion across it, its paragraph split), and read back
// from the editor's JSON by quoteOfComment / commentIdsIn, the way the service and the review copy
// read them.
import { getSchema, Mark } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import type { Node as PmNode } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { addCommentMark, commentIdsIn, commentRanges, quoteOfComment, stripCommentMarks } from '../../../shared/domain/comment-marks';
import { isSameDraft } from '../../../shared/domain/draft-changes';
import { richDocSchema } from '../../../shared/domain/rich-text-schema';
import type { RichDoc } from '../../../shared/domain/rich-text';
import { richUnits } from '../../../shared/domain/rich-units';
import { docOf, draft, paragraphNode } from './fixtures';

/** The editor's comment mark's spec (renderer/.../rich-text/comment-mark.ts): attrs { id }, overlapping, not inclusive. */
const CommentMark = Mark.create({ name: 'comment', excludes: '', inclusive: false, addAttributes: () => ({ id: { default: null } }) });
const schema = getSchema([
  StarterKit.configure({ blockquote: false, code: false, codeBlock: false, strike: false, horizontalRule: false, trailingNode: false, heading: { levels: [1, 2] } }),
  Table,
  TableRow,
  TableHeader,
  TableCell,
  CommentMark,
]);

const sentence = 'Sivistyslautakunta hyväksyy kouluverkkoselvityksen jatkovalmistelun pohjaksi.';
const quote = 'kouluverkkoselvityksen jatkovalmistelun';

function anchored(): { state: EditorState; from: number; to: number } {
  const doc = docOf(paragraphNode('Esittelijä: sivistysjohtaja'), paragraphNode(sentence));
  const unit = richUnits(doc)[1];
  if (!unit) throw new Error('no unit');
  const start = sentence.indexOf(quote);
  const marked = addCommentMark(doc, unit.path, start, start + quote.length, 'c1');
  if (!marked) throw new Error('not marked');
  const state = EditorState.create({ schema, doc: schema.nodeFromJSON(marked) });
  // Position of the sentence's first character: after the first paragraph and inside the second.
  const base = (state.doc.firstChild?.nodeSize ?? 0) + 1;
  return { state, from: base + start, to: base + start + quote.length };
}

const json = (doc: PmNode) => doc.toJSON() as RichDoc;

describe('comment anchors through ProseMirror edits', () => {
  it('loads into the editor and comes back as the same JSON', () => {
    const { state } = anchored();
    expect(quoteOfComment(json(state.doc), 'c1')).toBe(quote);
    expect(richDocSchema.safeParse(json(state.doc)).success).toBe(true);
  });

  it('moves with text typed before it', () => {
    const { state, from } = anchored();
    const next = state.apply(state.tr.insertText('yksimielisesti ', from - 'hyväksyy '.length));
    expect(richUnits(json(next.doc))[1]?.text).toBe('Sivistyslautakunta yksimielisesti hyväksyy kouluverkkoselvityksen jatkovalmistelun pohjaksi.');
    expect(quoteOfComment(json(next.doc), 'c1')).toBe(quote);
  });

  it('shrinks to what is left when a deletion crosses its start, and goes when its words go', () => {
    const { state, from, to } = anchored();
    const crossed = state.apply(state.tr.delete(from - 'hyväksyy '.length, from + 'kouluverkko'.length));
    expect(quoteOfComment(json(crossed.doc), 'c1')).toBe('selvityksen jatkovalmistelun');
    const gone = state.apply(state.tr.delete(from, to));
    expect(quoteOfComment(json(gone.doc), 'c1')).toBeNull();
    expect(commentIdsIn(json(gone.doc))).toEqual([]);
  });

  it('stays on both halves when its paragraph is split inside it', () => {
    const { state, from } = anchored();
    const split = state.apply(state.tr.split(from + 'kouluverkkoselvityksen'.length));
    const doc = json(split.doc);
    expect(richUnits(doc).map((unit) => unit.text)).toEqual(['Esittelijä: sivistysjohtaja', 'Sivistyslautakunta hyväksyy kouluverkkoselvityksen', ' jatkovalmistelun pohjaksi.']);
    expect(commentRanges(doc, 'c1').map((range) => range.path)).toEqual([[1], [2]]);
    expect(quoteOfComment(doc, 'c1')).toBe('kouluverkkoselvityksen\n jatkovalmistelun');
  });

  it('is no change of the draft when the editor saves it, and strips to the editor\'s own text', () => {
    const { state } = anchored();
    const withAnchor = json(state.doc);
    const plain = json(EditorState.create({ schema, doc: schema.nodeFromJSON(docOf(paragraphNode('Esittelijä: sivistysjohtaja'), paragraphNode(sentence))) }).doc);
    expect(isSameDraft(draft({ background: plain }), draft({ background: withAnchor }))).toBe(true);
    expect(schema.nodeFromJSON(stripCommentMarks(withAnchor)).eq(schema.nodeFromJSON(plain))).toBe(true);
  });
});
