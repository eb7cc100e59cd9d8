// The one undo order of the item editor: form steps and the markers of any number of rich editors.
import { describe, expect, it } from 'vitest';
import { seedAgendaItem } from '../../../../../shared/demo/seed-item';
import { draftOf } from '../../../../../shared/domain/item-schema';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { emptyHistory, forgetEditor, recordFormChange, recordRichChange, redoFormStep, undoFormStep } from './undo-history';
import type { UndoHistory } from './undo-history';

/** A step that must be there: the test fails plainly when it is not. */
function must<T>(value: T | null): T {
  if (value === null) throw new Error('no step to undo or redo');
  return value;
}

const base: ItemDraft = draftOf(seedAgendaItem());
const sources = (history: UndoHistory, stack: 'undo' | 'redo') => history[stack].map((entry) => (entry.source === 'form' ? `form:${entry.step.key ?? ''}` : entry.editor));

describe('form steps', () => {
  it('makes one undo step of quick keystrokes in one field, and separate steps across fields', () => {
    let h = recordFormChange(emptyHistory, base, { ...base, title: 'K1' }, 'title', 1000);
    h = recordFormChange(h, { ...base, title: 'K1' }, { ...base, title: 'K12' }, 'title', 1200);
    h = recordFormChange(h, { ...base, title: 'K12' }, { ...base, title: 'K12', caseNumber: 'KOK/1' }, 'caseNumber', 1300);
    expect(sources(h, 'undo')).toEqual(['form:title', 'form:caseNumber']);
    const first = undoFormStep(h);
    expect(first?.patch).toEqual({ caseNumber: base.caseNumber });
    const second = undoFormStep(must(first).history);
    expect(second?.patch).toEqual({ title: base.title });
    const again = redoFormStep(must(second).history);
    expect(again?.patch).toEqual({ title: 'K12' });
  });

  it('keeps only the changed fields, so undoing a title never rewinds a rich text written since', () => {
    const h = recordFormChange(emptyHistory, base, { ...base, title: 'Uusi' }, 'title', 0);
    expect(Object.keys(must(undoFormStep(h)).patch)).toEqual(['title']);
  });

  it('drops the redo branch after a new change', () => {
    let h = recordFormChange(emptyHistory, base, { ...base, title: 'A' }, 'title', 0);
    h = must(undoFormStep(h)).history;
    expect(h.redo).toHaveLength(1);
    h = recordFormChange(h, base, { ...base, caseNumber: 'X' }, 'caseNumber', 5000);
    expect(h.redo).toEqual([]);
  });
});

describe('rich editors in the same order', () => {
  it('undoes the newest edit wherever it was, across the form and two rich editors', () => {
    let h = recordFormChange(emptyHistory, base, { ...base, title: 'A' }, 'title', 0);
    h = recordRichChange(h, 'background#1', { undo: 0, redo: 0 }, { undo: 1, redo: 0 }, false);
    // Typing on in the same editor step (prosemirror-history grouped it): no new marker.
    h = recordRichChange(h, 'background#1', { undo: 1, redo: 0 }, { undo: 1, redo: 0 }, false);
    h = recordRichChange(h, 'proposal#2', { undo: 0, redo: 0 }, { undo: 1, redo: 0 }, false);
    h = recordFormChange(h, { ...base, title: 'A' }, { ...base, title: 'A', caseNumber: 'K' }, 'caseNumber', 5000);
    expect(sources(h, 'undo')).toEqual(['form:title', 'background#1', 'proposal#2', 'form:caseNumber']);
    // A title keystroke after a rich edit is a step of its own, not the old title step grown.
    const grown = recordFormChange(h, { ...base, caseNumber: 'K' }, { ...base, caseNumber: 'K', title: 'AB' }, 'title', 5100);
    expect(sources(grown, 'undo').at(-1)).toBe('form:title');
    expect(grown.undo).toHaveLength(5);
  });

  it('follows an editor’s own undo and redo (its Ctrl+Z), whichever way the toolbar or the keys moved it', () => {
    let h = recordRichChange(emptyHistory, 'background#1', { undo: 0, redo: 0 }, { undo: 1, redo: 0 }, false);
    h = recordFormChange(h, base, { ...base, title: 'A' }, 'title', 0);
    h = recordRichChange(h, 'background#1', { undo: 1, redo: 0 }, { undo: 2, redo: 0 }, false);
    // The editor undoes its newest step: its newest marker moves to redo, the form's stays.
    h = recordRichChange(h, 'background#1', { undo: 2, redo: 0 }, { undo: 1, redo: 1 }, true);
    expect(sources(h, 'undo')).toEqual(['background#1', 'form:title']);
    expect(sources(h, 'redo')).toEqual(['background#1']);
    h = recordRichChange(h, 'background#1', { undo: 1, redo: 1 }, { undo: 2, redo: 0 }, true);
    expect(sources(h, 'undo')).toEqual(['background#1', 'form:title', 'background#1']);
    expect(h.redo).toEqual([]);
  });

  it('an edit anywhere leaves nothing to redo; a closed editor leaves no markers', () => {
    let h = recordFormChange(emptyHistory, base, { ...base, title: 'A' }, 'title', 0);
    h = must(undoFormStep(h)).history;
    h = recordRichChange(h, 'decision#3', { undo: 0, redo: 0 }, { undo: 1, redo: 0 }, false);
    expect(h.redo).toEqual([]);
    h = forgetEditor(h, 'decision#3');
    expect(h.undo).toEqual([]);
  });
});
