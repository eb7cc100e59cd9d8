// Moving a list item (a proposal's point) up or down among its siblings: Alt+ArrowUp/Down in the
// text, or the toolbar's buttons. The points editor offered this before points became rich text.
// Pure ProseMirror transactions, so undo takes a move back as one step.
import { Extension } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { EditorState, Transaction } from '@tiptap/pm/state';

export type MoveDirection = 'up' | 'down';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    listItemMove: {
      /** Swaps the list item holding the cursor with its neighbour; false at either end. */
      moveListItem: (direction: MoveDirection) => ReturnType;
    };
  }
}

export interface MovedListItem {
  /** 1-based position after the move, and the number of items in its list. */
  index: number;
  count: number;
}

/** The transaction that moves the cursor's list item, or null when there is nothing to move. */
export function moveListItemTransaction(state: EditorState, direction: MoveDirection): { tr: Transaction; moved: MovedListItem } | null {
  const { $from, from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    if ($from.node(depth).type.name !== 'listItem') continue;
    const list = $from.node(depth - 1);
    const index = $from.index(depth - 1);
    const item = $from.node(depth);
    const start = $from.before(depth);
    const end = $from.after(depth);
    const neighbourIndex = direction === 'up' ? index - 1 : index + 1;
    const neighbour = neighbourIndex >= 0 && neighbourIndex < list.childCount ? list.child(neighbourIndex) : null;
    if (!neighbour) return null;
    const tr = state.tr;
    if (direction === 'up') {
      // The neighbour before the item moves after it; the item (and the cursor) shift left by its size.
      tr.delete(start - neighbour.nodeSize, start);
      tr.insert(start - neighbour.nodeSize + item.nodeSize, neighbour);
      tr.setSelection(TextSelection.create(tr.doc, from - neighbour.nodeSize));
    } else {
      tr.delete(end, end + neighbour.nodeSize);
      tr.insert(start, neighbour);
      tr.setSelection(TextSelection.create(tr.doc, from + neighbour.nodeSize));
    }
    return { tr: tr.scrollIntoView(), moved: { index: neighbourIndex + 1, count: list.childCount } };
  }
  return null;
}

export const ListItemMove = Extension.create<{ onMoved: (moved: MovedListItem) => void }>({
  name: 'listItemMove',
  addOptions() {
    return { onMoved: () => undefined };
  },
  addCommands() {
    return {
      moveListItem:
        (direction) =>
        ({ state, dispatch }) => {
          const result = moveListItemTransaction(state, direction);
          if (!result) return false;
          if (dispatch) {
            dispatch(result.tr);
            this.options.onMoved(result.moved);
          }
          return true;
        },
    };
  },
  addKeyboardShortcuts() {
    return {
      'Alt-ArrowUp': () => this.editor.commands.moveListItem('up'),
      'Alt-ArrowDown': () => this.editor.commands.moveListItem('down'),
    };
  },
});
