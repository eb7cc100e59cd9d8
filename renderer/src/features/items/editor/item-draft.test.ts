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
  proposal: paragraphsDoc(['Lautakunta päättää']),
  proposalSv: null,
  decision: null,
  decisionSv: null,
  forInformation: [],
  implementation: [],
  appeal: { textId: 'appeal-ei-136', text: paragraphsDoc(['Ei muutoksenhakua.']) },
  publicity: { kind: 'public' },
  yearToCheck: null,
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

describe('rich texts in the form history', () => {
  it('carries a rich text into earlier states, so the form undo never rewinds what its editor owns', () => {
    let h = startHistory(base);
    h = applyChange(h, { ...base, title: 'T' }, 'title', 1000);
    const proposal = paragraphsDoc(['Lautakunta päättää hyväksyä.']);
    h = applyChange(h, { ...h.present, proposal }, null, 1100, 'proposal');
    h = undo(h);
    expect([h.present.title, h.present.proposal]).toEqual(['Katsaus', proposal]);
  });

  it('keeps a decision removed by undo removed, and an appeal text with the standard text it was typed in', () => {
    let h = startHistory(base);
    const decision = paragraphsDoc(['Hyväksyttiin.']);
    h = applyChange(h, { ...base, decision }, 'decision', 1000);
    h = applyChange(h, { ...h.present, decision: paragraphsDoc(['Hyväksyttiin yksimielisesti.']) }, null, 1100, 'decision');
    h = undo(h);
    expect(h.present.decision).toBeNull();
    const other = { textId: 'appeal-oikaisuvaatimus', text: paragraphsDoc(['Oikaisuvaatimus.']) };
    h = applyChange(h, { ...h.present, appeal: other }, 'appeal', 2000);
    h = applyChange(h, { ...h.present, appeal: { ...other, text: paragraphsDoc(['Oikaisuvaatimus 14 päivässä.']) } }, null, 2100, 'appeal');
    h = undo(h);
    expect(h.present.appeal).toEqual(base.appeal);
    h = redo(h);
    expect(h.present.appeal.text).toEqual(paragraphsDoc(['Oikaisuvaatimus 14 päivässä.']));
  });
});
