// What joins the item's text editors and its comments pane: the rich editors register here, so
// the pane can select a comment's anchor, highlight it, and remove it with the comment; an editor
// (or the title field) asks here for a new comment on its selection, and the editor screen shows
// the comment form for it. A plain object with subscribe/snapshot, read with useSyncExternalStore.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { closeHistory } from '@tiptap/pm/history';
import type { CommentField, ItemComment } from '../../../../../shared/domain/review';
import { commentMarkType } from '../../../../../shared/domain/review';
import { commentRanges, highlightTransaction } from '../rich-text/comment-mark';
import type { CommentHighlight } from '../rich-text/comment-mark';

export type RichCommentField = Exclude<CommentField, 'title'>;

/** A selection someone wants to comment on: its field, its text, and how to anchor it. */
export interface CommentTarget {
  field: CommentField;
  quote: string;
  /** Puts the anchor (the comment mark) on the selection as one undo step; false when the text changed meanwhile. */
  anchor: (id: string) => boolean;
}

export interface BridgeSnapshot {
  /** The selection waiting for its comment (the form is open), or null. */
  pending: CommentTarget | null;
  /** The comments whose anchors the pointer or the cursor is on. */
  anchorIds: readonly string[];
}

const emptyResolved: ReadonlySet<string> = new Set();

/** The selection of a rich editor as a comment target, or null when nothing is selected. */
export function richTarget(editor: Editor, field: RichCommentField): CommentTarget | null {
  const { state } = editor;
  const { from, to, empty } = state.selection;
  if (empty) return null;
  const quote = state.doc.textBetween(from, to, '\n', (leaf) => ((leaf.attrs.frozenText ?? leaf.attrs.text ?? '') as string)).trim();
  if (quote === '') return null;
  const doc = state.doc;
  return {
    field,
    quote,
    anchor: (id) => {
      // The form is modal, so the text cannot change under it; if it somehow did, the positions are stale.
      if (!editor.state.doc.eq(doc)) return false;
      const mark = editor.schema.marks[commentMarkType]?.create({ id });
      if (!mark) return false;
      // closeHistory: the anchor is its own undo step, not merged into typing just before it.
      editor.view.dispatch(closeHistory(editor.state.tr.addMark(from, to, mark)));
      return true;
    },
  };
}

export class CommentBridge {
  private readonly editors = new Map<RichCommentField, Editor>();
  private titleInput: (() => HTMLInputElement | null) | null = null;
  private snapshot: BridgeSnapshot = { pending: null, anchorIds: [] };
  private highlight: CommentHighlight = { active: null, resolved: emptyResolved };
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  };

  getSnapshot = (): BridgeSnapshot => this.snapshot;

  private publish(next: Partial<BridgeSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...next };
    for (const listener of this.listeners) listener();
  }

  registerEditor(field: RichCommentField, editor: Editor): () => void {
    this.editors.set(field, editor);
    this.paint(editor);
    return () => {
      if (this.editors.get(field) === editor) this.editors.delete(field);
    };
  }

  registerTitle(input: () => HTMLInputElement | null): () => void {
    this.titleInput = input;
    return () => { if (this.titleInput === input) this.titleInput = null; };
  }

  request(target: CommentTarget): void {
    this.publish({ pending: target });
  }

  done(): void {
    this.publish({ pending: null });
  }

  setAnchors(ids: readonly string[]): void {
    const same = ids.length === this.snapshot.anchorIds.length && ids.every((id, index) => this.snapshot.anchorIds[index] === id);
    if (!same) this.publish({ anchorIds: ids });
  }

  /** The comment the pane points at, and the resolved ones: drawn in the editors. */
  setHighlight(next: Partial<CommentHighlight>): void {
    this.highlight = { ...this.highlight, ...next };
    for (const editor of this.editors.values()) this.paint(editor);
  }

  private paint(editor: Editor): void {
    if (!editor.isDestroyed) editor.view.dispatch(highlightTransaction(editor.state, this.highlight));
  }

  /** Selects the comment's words in its field and brings them into view; false when they are gone. */
  reveal(comment: ItemComment): boolean {
    if (comment.field === 'title') {
      const input = this.titleInput?.() ?? null;
      const at = input ? input.value.indexOf(comment.quote) : -1;
      if (!input || at < 0 || comment.quote === '') return false;
      input.focus();
      input.setSelectionRange(at, at + comment.quote.length);
      input.scrollIntoView({ block: 'center' });
      return true;
    }
    const editor = this.editors.get(comment.field);
    if (!editor || editor.isDestroyed) return false;
    const ranges = commentRanges(editor.state.doc, comment.id);
    const first = ranges[0];
    const last = ranges.at(-1);
    if (!first || !last) return false;
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, first.from, last.to)).setMeta('addToHistory', false));
    editor.view.focus();
    const element = editor.view.domAtPos(first.from).node;
    (element instanceof HTMLElement ? element : element.parentElement)?.scrollIntoView({ block: 'center' });
    return true;
  }

  /**
   * A deleted comment's anchor leaves the text. Not an undo step: undo must not bring back the
   * anchor of a comment that no longer exists. The autosave stores the text without it.
   */
  removeAnchor(field: CommentField, id: string): void {
    if (field === 'title') return;
    const editor = this.editors.get(field);
    const type = editor?.schema.marks[commentMarkType];
    if (!editor || editor.isDestroyed || !type) return;
    const ranges = commentRanges(editor.state.doc, id);
    if (ranges.length === 0) return;
    const tr = editor.state.tr;
    for (const range of ranges) tr.removeMark(range.from, range.to, type.create({ id }));
    editor.view.dispatch(tr.setMeta('addToHistory', false));
  }
}

export const CommentBridgeContext = createContext<CommentBridge | null>(null);

export function useCommentBridge(): CommentBridge | null {
  return useContext(CommentBridgeContext);
}

const emptySnapshot: BridgeSnapshot = { pending: null, anchorIds: [] };
const noSubscribe = () => () => undefined;

export function useBridgeSnapshot(bridge: CommentBridge | null): BridgeSnapshot {
  return useSyncExternalStore(bridge?.subscribe ?? noSubscribe, bridge ? bridge.getSnapshot : () => emptySnapshot);
}
