import { describe, expect, it } from 'vitest';
import { paragraphsDoc } from '../../../../../shared/domain/rich-text';
import type { ItemDraft } from '../../../../../shared/domain/item-schema';
import { applyChange, redo, startHistory, undo } from './item-draft';

const base: ItemDraft = {
  title: 'Katsaus',
  titleSv: '',
  caseNumber: '',
  earlierHandling: '',
  bodyName: 'Sivistyslautakunta',
  meetingDate: null,
  meetingNumber: '',
  agendaNumber: null,
  sectionNumber: null,
  preparerIds: [],
  background: paragraphsDoc(['a']),
  attachments: [],
  supplementary: [],
  presenterTitle: 'Sivistysjohtaja',
  presenterName: '',
  proposal: { opening: 'Lautakunta päättää', openingSv: '', points: [] },
  decision: null,
  forInformation: [],
  implementation: [],
  appeal: 'ei_muutoksenhakua',
  publicity: { kind: 'public' },
};

describe('form undo history', () => {
  it('makes one undo step of quick keystrokes in one field, and separate steps across fields', () => {
    let h = startHistory(base);
    h = applyChange(h, { ...base, title: 'K1' }, 'title', 1000);
    h = applyChange(h, { ...base, title: 'K12' }, 'title', 1200);
    h = applyChange(h, { ...base, title: 'K12', caseNumber: 'KOK/1' }, 'caseNumber', 1300);
    h = undo(h);
    expect(h.present.caseNumber).toBe('');
    expect(h.present.title).toBe('K12');
    h = undo(h);
    expect(h.present.title).toBe('Katsaus');
    h = redo(redo(h));
    expect(h.present.caseNumber).toBe('KOK/1');
  });

  it('does not rewind the rich text, which has its own history', () => {
    let h = startHistory(base);
    h = applyChange(h, { ...base, title: 'Uusi' }, 'title', 1000);
    h = applyChange(h, { ...h.present, background: paragraphsDoc(['b']) }, null, 1100, false);
    h = undo(h);
    expect(h.present.title).toBe('Katsaus');
    expect(h.present.background).toEqual(paragraphsDoc(['b']));
  });

  it('drops the redo branch after a new change', () => {
    let h = startHistory(base);
    h = applyChange(h, { ...base, title: 'A' }, 'title', 0);
    h = undo(h);
    h = applyChange(h, { ...base, caseNumber: 'X' }, 'caseNumber', 5000);
    expect(redo(h)).toBe(h);
  });
});
