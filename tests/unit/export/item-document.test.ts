// The page words shared by the Word export and the editor's preview (shared/format/item-document.ts).
import { describe, expect, it } from 'vitest';
import { seedAgendaItem, seedPreparer } from '../../../shared/demo/seed-item';
import {
  confidentialityLine,
  documentKindOf,
  documentTypeText,
  itemMetaLine,
  itemNumberText,
  preparerLine,
} from '../../../shared/format/item-document';

describe('item document words', () => {
  it('prints the minutes section once a decision exists, else the agenda item', () => {
    const item = seedAgendaItem();
    expect(documentKindOf(item)).toBe('minutes');
    expect(documentKindOf({ ...item, decision: null })).toBe('proposal');
    expect(documentTypeText('proposal')).toBe('ESITYSLISTA');
    expect(documentTypeText('minutes')).toBe('PÖYTÄKIRJA');
    expect(itemNumberText(item, 'proposal')).toBe('Asianro 5');
    expect(itemNumberText({ ...item, sectionNumber: null }, 'minutes')).toBe('');
  });

  it('repeats the header under the title and leaves out what is not known yet', () => {
    const item = seedAgendaItem();
    expect(itemMetaLine(item, 'minutes', 'Opetuslautakunta')).toBe('Sivistyslautakunta 23.1.2024 Kokous 1/2024 § 5');
    const bare = { ...item, bodyName: '  ', meetingDate: null, meetingNumber: ' ', agendaNumber: null };
    expect(itemMetaLine(bare, 'proposal', 'Opetuslautakunta')).toBe('Opetuslautakunta');
  });

  it('writes the phone after "puh." and skips empty parts of a preparer', () => {
    expect(preparerLine(seedPreparer())).toBe('Maria Esimerkki, kehittämispäällikkö, puh. 040 123 4567, maria.esimerkki@example.fi');
    expect(preparerLine({ name: 'Outi Opettaja', title: '', phone: ' ', email: 'outi@example.fi' })).toBe('Outi Opettaja, outi@example.fi');
  });

  it('says whether the whole item or a part is confidential, and nothing for a public item', () => {
    expect(confidentialityLine({ kind: 'public' })).toBeNull();
    expect(confidentialityLine({ kind: 'confidential', scope: 'whole', legalBasis: 'JulkL 24.1 § 25 k' })).toBe('Salassa pidettävä, JulkL 24.1 § 25 k');
    expect(confidentialityLine({ kind: 'confidential', scope: 'part', legalBasis: ' ' })).toBe('Osittain salassa pidettävä');
  });
});
