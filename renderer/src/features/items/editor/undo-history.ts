// The item editor's one undo order. Form fields keep their steps here (what each step changed,
// before and after); every rich text editor keeps its own history (Tiptap's, which knows how to
// undo inside a table or a list) and this history keeps only a marker of whose step came when.
// So the toolbar's Kumoa undoes the newest edit wherever it was, with any number of rich editors,
// and Ctrl+Z inside an editor stays that editor's own undo: the markers follow the editor's undo
// depth, whichever way it moved. Pure functions, unit-tested in undo-history.test.ts.
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import type { Depths } from '../rich-text/editor-link';

export interface FormStep {
  /** The changed fields' values before the step, and after it. */
  before: Partial<ItemDraft>;
  after: Partial<ItemDraft>;
  key: string | null;
  at: number;
}

export type UndoEntry = { source: 'form'; step: FormStep } | { source: 'rich'; editor: string };

export interface UndoHistory {
  /** Oldest first; the last is undone next. */
  undo: UndoEntry[];
  /** The last is redone next. */
  redo: UndoEntry[];
}


/** Keystrokes in one field within a moment form one undo step, not one step per letter. */
export const coalesceMs = 1000;
const maxSteps = 200;

export const emptyHistory: UndoHistory = { undo: [], redo: [] };

function changedKeys(before: ItemDraft, after: ItemDraft): (keyof ItemDraft)[] {
  return (Object.keys(after) as (keyof ItemDraft)[]).filter((key) => before[key] !== after[key]);
}

function pick(draft: ItemDraft, keys: readonly (keyof ItemDraft)[]): Partial<ItemDraft> {
  const picked: Partial<ItemDraft> = {};
  for (const key of keys) Object.assign(picked, { [key]: draft[key] });
  return picked;
}

/** A change of form fields: a new step, or the same field's step of a moment ago grown. */
export function recordFormChange(history: UndoHistory, before: ItemDraft, after: ItemDraft, key: string | null, now: number): UndoHistory {
  const keys = changedKeys(before, after);
  if (keys.length === 0) return history;
  const top = history.undo.at(-1);
  if (key !== null && top?.source === 'form' && top.step.key === key && now - top.step.at < coalesceMs) {
    const newKeys = keys.filter((k) => !(k in top.step.before));
    const step: FormStep = { before: { ...top.step.before, ...pick(before, newKeys) }, after: { ...top.step.after, ...pick(after, keys) }, key, at: now };
    return { undo: [...history.undo.slice(0, -1), { source: 'form', step }], redo: [] };
  }
  const step: FormStep = { before: pick(before, keys), after: pick(after, keys), key, at: now };
  return { undo: [...history.undo, { source: 'form' as const, step }].slice(-maxSteps), redo: [] };
}

/** Undoes the newest form step, if that is the newest step: the patch to apply to the draft. */
export function undoFormStep(history: UndoHistory): { history: UndoHistory; patch: Partial<ItemDraft> } | null {
  const top = history.undo.at(-1);
  if (top?.source !== 'form') return null;
  return { history: { undo: history.undo.slice(0, -1), redo: [...history.redo, top] }, patch: top.step.before };
}

export function redoFormStep(history: UndoHistory): { history: UndoHistory; patch: Partial<ItemDraft> } | null {
  const top = history.redo.at(-1);
  if (top?.source !== 'form') return null;
  // A redone step is not grown by the next keystroke: that one is a step of its own.
  const step: FormStep = { ...top.step, at: 0 };
  return { history: { undo: [...history.undo, { source: 'form', step }], redo: history.redo.slice(0, -1) }, patch: top.step.after };
}

/** Removes the newest `count` markers of `editor` from a stack. */
function removeMarkers(stack: readonly UndoEntry[], editor: string, count: number): UndoEntry[] {
  const next = [...stack];
  let left = count;
  for (let i = next.length - 1; i >= 0 && left > 0; i -= 1) {
    const entry = next[i];
    if (entry?.source === 'rich' && entry.editor === editor) {
      next.splice(i, 1);
      left -= 1;
    }
  }
  return next;
}

const markers = (editor: string, count: number): UndoEntry[] => Array.from({ length: Math.max(0, count) }, () => ({ source: 'rich' as const, editor }));

/**
 * A rich editor's text changed and its history moved from `before` to `after`. `historyStep` is
 * true for the editor's own undo or redo (from the toolbar or its Ctrl+Z); anything else is an
 * edit, which (as everywhere) leaves nothing to redo.
 */
export function recordRichChange(history: UndoHistory, editor: string, before: Depths, after: Depths, historyStep: boolean): UndoHistory {
  const grew = after.undo - before.undo;
  if (historyStep && grew < 0) {
    return { undo: removeMarkers(history.undo, editor, -grew), redo: [...history.redo, ...markers(editor, -grew)] };
  }
  if (historyStep && grew > 0) {
    return { undo: [...history.undo, ...markers(editor, grew)].slice(-maxSteps), redo: removeMarkers(history.redo, editor, grew) };
  }
  if (historyStep) return history;
  // An edit: the editor's own history merged it into its newest step (grew 0) or made new ones.
  // Most keystrokes are the first kind: the same history object, nothing copied.
  if (grew <= 0 && history.redo.length === 0) return history;
  return { undo: [...history.undo, ...markers(editor, grew)].slice(-maxSteps), redo: [] };
}

/** An editor that went away (its part was removed, or the form restarted) leaves no markers. */
export function forgetEditor(history: UndoHistory, editor: string): UndoHistory {
  const keep = (entry: UndoEntry) => !(entry.source === 'rich' && entry.editor === editor);
  return { undo: history.undo.filter(keep), redo: history.redo.filter(keep) };
}
