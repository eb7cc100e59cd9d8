// How a rich text editor takes part in a form that holds the draft (the item editor's store):
// the form may undo, redo or replace the editor's text, and the editor reports every change at
// once. Any number of editors can be linked; each keeps its own history (see undo-history.ts).
import type { RichDoc } from '../../../../../shared/domain/rich-text';

/** A rich editor's own history sizes (prosemirror-history's undoDepth and redoDepth). */
export interface Depths {
  undo: number;
  redo: number;
}

/** What a rich editor lets the form do to it. */
export interface RichEditorControl {
  undo: () => void;
  redo: () => void;
  /** A text from outside (the form's undo of a step that set it, the service): not an undo step. */
  replace: (doc: RichDoc) => void;
  depths: () => Depths;
}

/** What the form gives a linked editor: where its changes go, and how it leaves. */
export interface RichEditorLink {
  /**
   * Every change of the text, as it happens. `read` gives the JSON of that very state whenever
   * someone needs it (ProseMirror documents never change, so reading later reads the same text).
   * `historyStep` is true for the editor's own undo or redo.
   */
  changed: (read: () => RichDoc, depths: Depths, historyStep: boolean) => void;
  unregister: () => void;
}
