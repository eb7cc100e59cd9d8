// The editor makes no deeper nesting than the service accepts (shared/domain/rich-text.ts: 20
// list levels, 100 node levels): Tab in the twentieth list level, or a paste of a deeper list,
// simply does nothing, instead of an autosave the service would refuse.
import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { maxListLevels, maxNodeDepth } from '../../../../../shared/domain/rich-text';

/** The same measure as isRichTextTooDeep, on the editor's own nodes (no JSON copy per keystroke). */
export function isDocTooDeep(doc: PmNode): boolean {
  const stack: { node: PmNode; depth: number; lists: number }[] = [{ node: doc, depth: 0, lists: 0 }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { node, depth, lists } = entry;
    for (let index = 0; index < node.childCount; index += 1) {
      const child = node.child(index);
      const childLists = lists + (child.type.name === 'bulletList' || child.type.name === 'orderedList' ? 1 : 0);
      if (depth + 1 > maxNodeDepth || childLists > maxListLevels) return true;
      if (child.childCount > 0) stack.push({ node: child, depth: depth + 1, lists: childLists });
    }
  }
  return false;
}

/** Typing and deleting inside one paragraph cannot nest anything deeper: no walk for those. */
function onlyTextEdits(tr: Transaction): boolean {
  return tr.steps.every((step, index) => {
    if (!(step instanceof ReplaceStep)) return false;
    const { content } = step.slice;
    for (let child = 0; child < content.childCount; child += 1) {
      if (!content.child(child).isInline) return false;
    }
    const before = tr.docs[index];
    if (before === undefined) return false;
    const from = before.resolve(step.from);
    return from.parent.isTextblock && from.sameParent(before.resolve(step.to));
  });
}

export function nestingLimitPlugin(): Plugin {
  return new Plugin({
    key: new PluginKey('nestingLimit'),
    // A document that came in too deep (stored before the limit) may still be edited and made shallower.
    filterTransaction: (tr) => !tr.docChanged || onlyTextEdits(tr) || !isDocTooDeep(tr.doc) || isDocTooDeep(tr.before),
  });
}

export const NestingLimit = Extension.create({
  name: 'nestingLimit',
  addProseMirrorPlugins() {
    return [nestingLimitPlugin()];
  },
});
