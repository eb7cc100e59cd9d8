// The editor cannot make what the service refuses: Tab (sink) in the twentieth list level, or a
// replacement that would nest deeper, is not applied. Built on the editor's real schema and the
// real plugin, without a DOM.
import { getSchema } from '@tiptap/core';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { sinkListItem } from '@tiptap/pm/schema-list';
import { describe, expect, it } from 'vitest';
import { isRichTextTooDeep, maxListLevels } from '../../../../../shared/domain/rich-text';
import type { RichNode } from '../../../../../shared/domain/rich-text';
import { richTextExtensions } from './extensions';
import { isDocTooDeep, nestingLimitPlugin } from './nesting-limit';

const schema = getSchema(richTextExtensions());

/** Lists nested `levels` deep; the deepest list has two items, so the second can be sunk. */
function nested(levels: number): RichNode {
  const item = (text: string): RichNode => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
  let list: RichNode = { type: 'bulletList', content: [item('eka'), item('toka')] };
  for (let level = 1; level < levels; level += 1) list = { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: `taso ${String(level)}` }] }, list] }] };
  return list;
}

function stateWith(levels: number): EditorState {
  const doc = schema.nodeFromJSON({ type: 'doc', content: [nested(levels)] });
  return EditorState.create({ schema, doc, plugins: [nestingLimitPlugin()] });
}

/** Puts the cursor in the last text ("toka") and presses Tab (sinkListItem). */
function sinkLast(state: EditorState): EditorState {
  let end = 0;
  state.doc.descendants((node, pos) => {
    if (node.isText && node.text === 'toka') end = pos + 1;
  });
  const at = state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)));
  const listItem = schema.nodes.listItem;
  if (!listItem) throw new Error('the editor schema has no listItem');
  let next = at;
  sinkListItem(listItem)(at, (tr) => { next = at.apply(tr); });
  return next;
}

describe('the editor’s nesting limit', () => {
  it(`Tab in list level ${String(maxListLevels - 1)} makes level ${String(maxListLevels)}`, () => {
    const state = stateWith(maxListLevels - 1);
    const next = sinkLast(state);
    expect(next.doc.eq(state.doc)).toBe(false);
    expect(isDocTooDeep(next.doc)).toBe(false);
    expect(isRichTextTooDeep(next.doc.toJSON())).toBe(false);
  });

  it(`Tab in list level ${String(maxListLevels)} does nothing: level ${String(maxListLevels + 1)} would be refused by the service`, () => {
    const state = stateWith(maxListLevels);
    const next = sinkLast(state);
    expect(next.doc.eq(state.doc)).toBe(true);
    // Without the plugin the same Tab would have made a document the service refuses.
    const unguarded = EditorState.create({ schema, doc: state.doc });
    const sunk = sinkLast(unguarded);
    expect(isRichTextTooDeep(sunk.doc.toJSON())).toBe(true);
  });

  it('a replacement (a paste) that would nest too deep is not applied; typing still is', () => {
    const state = stateWith(1);
    const deep = schema.nodeFromJSON(nested(maxListLevels + 1));
    expect(state.apply(state.tr.replaceWith(0, state.doc.content.size, deep)).doc.eq(state.doc)).toBe(true);
    const typed = state.apply(state.tr.insertText('!', 4));
    expect(typed.doc.textContent).toContain('e!ka');
  });

  it('a document that was already too deep can still be edited', () => {
    const doc = schema.nodeFromJSON({ type: 'doc', content: [nested(maxListLevels + 2)] });
    const state = EditorState.create({ schema, doc, plugins: [nestingLimitPlugin()] });
    // The outermost item's text ("taso 21") starts at 3 (doc > list > item > paragraph).
    const next = state.apply(state.tr.delete(3, 5));
    expect(next.doc.eq(state.doc)).toBe(false);
    expect(next.doc.textContent).toMatch(/^so \d+/u);
  });
});
