// The 'comment' mark: a review comment's anchor in the text (shared/domain/review.ts). One mark per
// comment, attrs { id }; `excludes: ''` lets comments overlap, and it is not inclusive, so typing
// at its edges does not grow it while ProseMirror maps it through every other edit (a split
// paragraph keeps it on both halves, text deleted inside shrinks it). It has no HTML parse rule:
// a pasted copy of commented text must not become a second anchor of the same comment.
// The plugin draws two highlights as decorations (never stored): the comment the pane points at,
// and the resolved comments, drawn quieter; and it tells the pane which anchors the pointer or
// the cursor is on.
import { Mark, mergeAttributes } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { commentMarkType } from '../../../../../shared/domain/review';

export interface CommentHighlight {
  /** The comment the pane has in focus or under the pointer. */
  active: string | null;
  resolved: ReadonlySet<string>;
}

interface PluginState extends CommentHighlight {
  decorations: DecorationSet;
}

export interface CommentMarkOptions {
  /** The comments whose anchors the pointer or the cursor is on now (empty when none). */
  onAnchors: (ids: string[]) => void;
}

export const commentHighlightKey = new PluginKey<PluginState>('commentHighlight');

/** Every stretch of text carrying the comment's mark, in document order. */
export function commentRanges(doc: PmNode, id: string): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    if (node.marks.some((mark) => mark.type.name === commentMarkType && mark.attrs.id === id)) {
      const last = ranges.at(-1);
      if (last && last.to === pos) last.to = pos + node.nodeSize;
      else ranges.push({ from: pos, to: pos + node.nodeSize });
    }
    return false;
  });
  return ranges;
}

function decorate(doc: PmNode, highlight: CommentHighlight): DecorationSet {
  if (highlight.active === null && highlight.resolved.size === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    const ids = node.marks.filter((mark) => mark.type.name === commentMarkType).map((mark) => mark.attrs.id as string);
    if (ids.length === 0) return false;
    const classes: string[] = [];
    if (highlight.active !== null && ids.includes(highlight.active)) classes.push('comment-anchor--active');
    // Quiet only when every comment on this text is resolved: an open one still shows.
    if (ids.every((id) => highlight.resolved.has(id))) classes.push('comment-anchor--resolved');
    if (classes.length > 0) decorations.push(Decoration.inline(pos, pos + node.nodeSize, { class: classes.join(' ') }));
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** The comment ids at the cursor: the text after it, or before it at the end of a stretch. */
function idsAtSelection(state: EditorState): string[] {
  const { $from, empty } = state.selection;
  const nodes = empty ? [$from.nodeAfter, $from.nodeBefore] : [$from.nodeAfter];
  const ids = new Set<string>();
  for (const node of nodes) for (const mark of node?.marks ?? []) if (mark.type.name === commentMarkType) ids.add(mark.attrs.id as string);
  return [...ids];
}

function idsInDom(target: EventTarget | null, root: HTMLElement): string[] {
  const ids: string[] = [];
  let element = target instanceof HTMLElement ? target : null;
  while (element && element !== root) {
    const id = element.getAttribute('data-comment-id');
    if (id) ids.push(id);
    element = element.parentElement;
  }
  return ids;
}

/** Sets what the editor highlights (a transaction that changes no text and is no undo step). */
export function highlightTransaction(state: EditorState, highlight: CommentHighlight): Transaction {
  return state.tr.setMeta(commentHighlightKey, highlight).setMeta('addToHistory', false);
}

export const CommentMark = Mark.create<CommentMarkOptions>({
  name: commentMarkType,
  excludes: '',
  inclusive: false,
  spanning: true,

  addOptions() {
    return { onAnchors: () => undefined };
  },

  addAttributes() {
    return {
      id: { default: null, parseHTML: () => null, renderHTML: (attrs) => ({ 'data-comment-id': attrs.id as string }) },
    };
  },

  parseHTML() {
    return [];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ class: 'comment-anchor' }, HTMLAttributes), 0];
  },

  addProseMirrorPlugins() {
    const { onAnchors } = this.options;
    let shown = '';
    const report = (ids: string[]) => {
      const key = ids.join(' ');
      if (key === shown) return;
      shown = key;
      onAnchors(ids);
    };
    return [
      new Plugin<PluginState>({
        key: commentHighlightKey,
        state: {
          init: () => ({ active: null, resolved: new Set(), decorations: DecorationSet.empty }),
          apply: (tr, previous) => {
            const meta = tr.getMeta(commentHighlightKey) as CommentHighlight | undefined;
            if (meta) return { ...meta, decorations: decorate(tr.doc, meta) };
            if (!tr.docChanged) return previous;
            return { ...previous, decorations: decorate(tr.doc, previous) };
          },
        },
        props: {
          decorations: (state) => commentHighlightKey.getState(state)?.decorations ?? DecorationSet.empty,
          handleDOMEvents: {
            mouseover: (view, event) => {
              const ids = idsInDom(event.target, view.dom);
              report(ids.length > 0 || !view.hasFocus() ? ids : idsAtSelection(view.state));
              return false;
            },
            mouseleave: (view) => {
              report(view.hasFocus() ? idsAtSelection(view.state) : []);
              return false;
            },
            blur: () => {
              report([]);
              return false;
            },
          },
        },
        view: () => ({
          update: (view, previous) => {
            if (view.hasFocus() && !previous.selection.eq(view.state.selection)) report(idsAtSelection(view.state));
          },
        }),
      }),
    ];
  },
});
