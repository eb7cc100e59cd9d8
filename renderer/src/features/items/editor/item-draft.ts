// The editable part of an item, and the undo history of the form fields. Pure functions so the
// rules (coalescing keystrokes, keeping the rich text's own history apart) are easy to read.
import type { ItemDraft } from '../../../../../shared/domain/item-schema';

export { draftOf as toDraft } from '../../../../../shared/domain/item-schema';

export interface History {
  past: ItemDraft[];
  present: ItemDraft;
  future: ItemDraft[];
  /** Keystrokes in one field within a moment form one undo step, not one step per letter. */
  lastKey: string | null;
  lastAt: number;
}

const coalesceMs = 1000;
const maxSteps = 200;

export function startHistory(draft: ItemDraft): History {
  return { past: [], present: draft, future: [], lastKey: null, lastAt: 0 };
}

/**
 * Applies a change. The background has Tiptap's own undo inside the editor, so a background
 * change is not a form step (key null and record false); the form's undo never rewinds it.
 */
export function applyChange(history: History, next: ItemDraft, key: string | null, now: number, record = true): History {
  if (!record) return { ...history, present: next, past: history.past.map((d) => ({ ...d, background: next.background })), future: history.future.map((d) => ({ ...d, background: next.background })) };
  const coalesce = key !== null && key === history.lastKey && now - history.lastAt < coalesceMs;
  const past = coalesce ? history.past : [...history.past, history.present].slice(-maxSteps);
  return { past, present: next, future: [], lastKey: key, lastAt: now };
}

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], lastKey: null, lastAt: 0 };
}

export function redo(history: History): History {
  const next = history.future[0];
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: history.future.slice(1), lastKey: null, lastAt: 0 };
}
