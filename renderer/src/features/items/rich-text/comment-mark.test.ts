// The comment anchor through the edits a writer makes around it, in the editor's real schema:
// typing at its edges does not grow it, text before it moves it, deleting across it shrinks it,
// a split paragraph keeps it on both halves, and comments overlap.
import { getSchema } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import type { Plugin } from '@tiptap/pm/state';
import { describe, expect, it } from 'vitest';
import { richTextExtensions } from './extensions';
import { CommentMark, commentHighlightKey, commentRanges, highlightTransaction } from './comment-mark';
import type { CommentMarkOptions } from './comment-mark';

const schema = getSchema(richTextExtensions());
const commentMark = schema.marks.comment ?? (() => { throw new Error('no comment mark'); })();

function stateWith(text: string, commented: string, id = 'c1'): EditorState {
  const start = text.indexOf(commented);
  const doc = schema.nodeFromJSON({
    type: 'doc',
    content: [{
      type: 'paragraph',
      content: [
        { type: 'text', text: text.slice(0, start) },
        { type: 'text', text: commented, marks: [{ type: 'comment', attrs: { id } }] },
        { type: 'text', text: text.slice(start + commented.length) },
      ].filter((node) => node.text !== ''),
    }],
  });
  return EditorState.create({ schema, doc, plugins: [] });
}

function anchoredText(state: EditorState, id = 'c1'): string[] {
  return commentRanges(state.doc, id).map(({ from, to }) => state.doc.textBetween(from, to, '|'));
}

describe('the comment mark', () => {
  it('is not extended by typing at either edge', () => {
    let state = stateWith('Lautakunta hyväksyy suunnitelman.', 'hyväksyy');
    const [range] = commentRanges(state.doc, 'c1');
    expect(range).toBeDefined();
    if (!range) return;
    state = state.apply(state.tr.insertText('X', range.to));
    state = state.apply(state.tr.insertText('Y', range.from));
    expect(state.doc.textContent).toBe('Lautakunta YhyväksyyX suunnitelman.');
    expect(anchoredText(state)).toEqual(['hyväksyy']);
  });

  it('moves with text typed before it and shrinks when text inside it is deleted', () => {
    let state = stateWith('Lautakunta hyväksyy suunnitelman.', 'hyväksyy suunnitelman');
    state = state.apply(state.tr.insertText('Kasvatus- ja opetus', 1));
    const [range] = commentRanges(state.doc, 'c1');
    if (!range) throw new Error('anchor lost');
    // Delete across the anchor's start: "lautakunta hyv" goes, "äksyy suunnitelman" stays anchored.
    state = state.apply(state.tr.delete(range.from - 5, range.from + 3));
    expect(anchoredText(state)).toEqual(['äksyy suunnitelman']);
  });

  it('keeps the anchor on both halves of a split paragraph', () => {
    let state = stateWith('Lautakunta hyväksyy suunnitelman.', 'hyväksyy suunnitelman');
    const [range] = commentRanges(state.doc, 'c1');
    if (!range) throw new Error('anchor lost');
    state = state.apply(state.tr.split(range.from + 'hyväksyy'.length));
    expect(state.doc.childCount).toBe(2);
    expect(anchoredText(state)).toEqual(['hyväksyy', ' suunnitelman']);
  });

  it('disappears with its words, leaving the rest of the text', () => {
    let state = stateWith('Lautakunta hyväksyy suunnitelman.', 'hyväksyy');
    const [range] = commentRanges(state.doc, 'c1');
    if (!range) throw new Error('anchor lost');
    state = state.apply(state.tr.delete(range.from, range.to));
    expect(commentRanges(state.doc, 'c1')).toEqual([]);
    expect(state.doc.textContent).toBe('Lautakunta  suunnitelman.');
  });

  it('lets two comments overlap on the same words', () => {
    let state = stateWith('Lautakunta hyväksyy suunnitelman.', 'hyväksyy suunnitelman');
    const from = 1 + 'Lautakunta hyväksyy '.length;
    state = state.apply(state.tr.addMark(from, from + 'suunnitelman'.length, commentMark.create({ id: 'c2' })));
    expect(anchoredText(state, 'c1')).toEqual(['hyväksyy suunnitelman']);
    expect(anchoredText(state, 'c2')).toEqual(['suunnitelman']);
  });

  it('stores its id in the JSON and reads it back', () => {
    const state = stateWith('Lautakunta hyväksyy.', 'hyväksyy', '7b0c6a8e-52a4-4d55-9d4b-6f0d3c1f1e2a');
    const json = state.doc.toJSON() as { content: { content: { marks?: unknown[] }[] }[] };
    expect(json.content[0]?.content[1]?.marks).toEqual([{ type: 'comment', attrs: { id: '7b0c6a8e-52a4-4d55-9d4b-6f0d3c1f1e2a' } }]);
    expect(schema.nodeFromJSON(json).eq(state.doc)).toBe(true);
  });

  it('highlights the active and the resolved anchors as decorations, never in the text', () => {
    const base = EditorState.create({ schema, doc: stateWith('Lautakunta hyväksyy suunnitelman.', 'hyväksyy').doc, plugins: [commentPlugin()] });
    let state = base.apply(base.tr.addMark(21, 33, commentMark.create({ id: 'c2' })));
    state = state.apply(highlightTransaction(state, { active: 'c1', resolved: new Set(['c2']) }));
    const shown = (commentHighlightKey.getState(state)?.decorations.find() ?? []).map((decoration) => [state.doc.textBetween(decoration.from, decoration.to), (decoration as unknown as { type: { attrs: { class: string } } }).type.attrs.class]);
    expect(shown).toEqual([['hyväksyy', 'comment-anchor--active'], ['suunnitelman', 'comment-anchor--resolved']]);
    expect(state.doc.eq(base.apply(base.tr.addMark(21, 33, commentMark.create({ id: 'c2' }))).doc)).toBe(true);
    // The highlight follows the text as it is edited.
    state = state.apply(state.tr.insertText('Nyt ', 1));
    expect((commentHighlightKey.getState(state)?.decorations.find() ?? []).map((decoration) => state.doc.textBetween(decoration.from, decoration.to))).toEqual(['hyväksyy', 'suunnitelman']);
  });
});

/** The mark's ProseMirror plugin, as Tiptap would install it. */
function commentPlugin(): Plugin {
  const add = CommentMark.config.addProseMirrorPlugins as unknown as (this: { options: CommentMarkOptions }) => Plugin[];
  const [plugin] = add.call({ options: { onAnchors: () => undefined } });
  if (!plugin) throw new Error('no plugin');
  return plugin;
}
