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

/** The texts edited in a rich-text editor, which keeps its own undo history (Tiptap's). */
export type RichField = 'background' | 'proposal' | 'decision' | 'appeal';

/**
 * A rich text's new value carried into an earlier or later form state, so that the form's undo
 * never rewinds typing that the editor's own undo owns: only where that state has the same text
 * slot (a decision that exists, the same chosen appeal text).
 */
function withRichText(draft: ItemDraft, next: ItemDraft, field: RichField): ItemDraft {
  switch (field) {
    case 'background':
      return { ...draft, background: next.background };
    case 'proposal':
      return { ...draft, proposal: next.proposal };
    case 'decision':
      return draft.decision === null ? draft : { ...draft, decision: next.decision };
    case 'appeal':
      return draft.appeal.textId === next.appeal.textId ? { ...draft, appeal: { ...draft.appeal, text: next.appeal.text } } : draft;
  }
}

/**
 * Applies a change. A rich text has Tiptap's own undo inside its editor, so its change is not a
 * form step (key null and record false); the form's undo never rewinds it.
 */
export function applyChange(history: History, next: ItemDraft, key: string | null, now: number, record: boolean | RichField = true): History {
  if (record !== true) {
    const field = record === false ? 'background' : record;
    return { ...history, present: next, past: history.past.map((d) => withRichText(d, next, field)), future: history.future.map((d) => withRichText(d, next, field)) };
  }
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
