// Two versions compared as a reader compares them: word by word in Finnish, unit by unit.
import { describe, expect, it } from 'vitest';
import type { DiffPart, FieldDiff, UnitDiff } from '../../../shared/domain/compare-types';
import { compareItems } from '../../../shared/domain/item-compare';
import { diffTokens, wordDiff } from '../../../shared/domain/word-diff';
import { bold, comment, docOf, draft, listItem, ordered, para, paragraphNode, proposalOpening, table, text } from './fixtures';

const field = (fields: FieldDiff[], name: FieldDiff['field']): FieldDiff => {
  const found = fields.find((candidate) => candidate.field === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
};
const changedOnly = (units: UnitDiff[]) => units.filter((unit) => unit.change !== 'same');
const ops = (parts: DiffPart[]) => parts.filter((part) => part.op !== 'same').map((part) => `${part.op}:${part.text}`);
const rebuilt = (parts: DiffPart[], side: 'before' | 'after') => parts.filter((part) => part.op === 'same' || part.op === (side === 'before' ? 'del' : 'ins')).map((part) => part.text).join('');

describe('word diffs in Finnish', () => {
  it('keeps ä, ö, å, hyphenated words, dates, sums with thousands and OKM:n as words', () => {
    expect(diffTokens('Myönnetään 12 500 € lukio-opetukseen 12.3.2024 OKM:n päätöksellä; Åbo')).toEqual([
      'Myönnetään', ' ', '12 500', ' ', '€', ' ', 'lukio-opetukseen', ' ', '12.3.2024', ' ', 'OKM:n', ' ', 'päätöksellä', ';', ' ', 'Åbo',
    ]);
  });

  it('shows a changed sum and a changed compound word whole, and rebuilds both texts', () => {
    const before = 'Lautakunta myöntää Kokkolan lukiolle 12 500 € etä-opetuksen kehittämiseen.';
    const after = 'Lautakunta myöntää Kokkolan lukiolle 13 000 € lähi-opetuksen kehittämiseen.';
    const parts = wordDiff(before, after);
    expect(ops(parts)).toEqual(['del:12 500', 'ins:13 000', 'del:etä-opetuksen', 'ins:lähi-opetuksen']);
    expect(rebuilt(parts, 'before')).toBe(before);
    expect(rebuilt(parts, 'after')).toBe(after);
  });
});

describe('compareItems', () => {
  const proposal = (...points: string[]) => docOf(paragraphNode(proposalOpening), ordered(...points.map((point) => listItem(point))));

  it('diffs a changed proposal point word by word and names it by its number', () => {
    const before = draft({ proposal: proposal('hyväksyä perusopetuksen tuntijaon liitteen mukaisesti', 'antaa päätöksen tiedoksi rehtoreille') });
    const after = draft({ proposal: proposal('hyväksyä perusopetuksen tuntijaon muutetun liitteen mukaisesti', 'antaa päätöksen tiedoksi rehtoreille') });
    const diff = field(compareItems(before, after).fields, 'proposal');
    expect(diff).toMatchObject({ changed: 1, added: 0, removed: 0 });
    const [point] = changedOnly(diff.units);
    expect(point?.place).toEqual({ kind: 'listItem', index: [1] });
    expect(ops(point?.parts ?? [])).toEqual(['ins:muutetun ']);
  });

  it('sees a point inserted in the middle as one added point, the later ones renumbered but not changed', () => {
    const before = draft({ proposal: proposal('hyväksyä tuntijaon', 'antaa tiedoksi rehtoreille') });
    const after = draft({ proposal: proposal('hyväksyä tuntijaon', 'valtuuttaa sivistysjohtajan tekemään tarvittavat muutokset', 'antaa tiedoksi rehtoreille') });
    const diff = field(compareItems(before, after).fields, 'proposal');
    expect(diff).toMatchObject({ changed: 0, added: 1, removed: 0 });
    expect(diff.units.map((unit) => [unit.change, unit.place.index.join('.')])).toEqual([
      ['same', '1'],
      ['same', '1'],
      ['added', '2'],
      ['same', '3'],
    ]);
  });

  it('reads a paragraph split in two as its first half changed and the second added', () => {
    const before = draft({ background: docOf(paragraphNode('Kouluverkkoselvitys valmistui keväällä. Lautakunta käsittelee sitä kesäkuussa.')) });
    const after = draft({ background: docOf(paragraphNode('Kouluverkkoselvitys valmistui keväällä.'), paragraphNode('Lautakunta käsittelee sitä kesäkuussa.')) });
    const diff = field(compareItems(before, after).fields, 'background');
    expect(diff.units.map((unit) => [unit.change, unit.place.index[0]])).toEqual([
      ['changed', 1],
      ['added', 2],
    ]);
    expect(ops(diff.units[0]?.parts ?? [])).toEqual(['del: Lautakunta käsittelee sitä kesäkuussa.']);
  });

  it('compares a table of the same shape cell by cell', () => {
    const rows = (pupils: string, grant: string) => [
      ['Koulu', 'Oppilaita', 'Avustus'],
      ['Ykspihlajan koulu', pupils, grant],
      ['Kaustarin koulu', '312', '8 000 €'],
    ];
    const before = draft({ background: docOf(paragraphNode('Koulujen avustukset:'), table(rows('245', '12 500 €'))) });
    const after = draft({ background: docOf(paragraphNode('Koulujen avustukset:'), table(rows('251', '13 000 €'))) });
    const diff = field(compareItems(before, after).fields, 'background');
    expect(diff).toMatchObject({ changed: 2, added: 0, removed: 0 });
    expect(changedOnly(diff.units).map((unit) => [unit.place, ops(unit.parts)])).toEqual([
      [{ kind: 'tableCell', index: [1], row: 2, column: 2 }, ['del:245', 'ins:251']],
      [{ kind: 'tableCell', index: [1], row: 2, column: 3 }, ['del:12 500', 'ins:13 000']],
    ]);
    expect(diff.units).toHaveLength(1 + 9);
  });

  it('removes and adds a table whose shape changed, cell by cell', () => {
    const before = draft({ background: docOf(table([['Koulu', 'Oppilaita'], ['Ykspihlaja', '245']])) });
    const after = draft({ background: docOf(table([['Koulu', 'Oppilaita', 'Luokkia'], ['Ykspihlaja', '245', '12']])) });
    const diff = field(compareItems(before, after).fields, 'background');
    expect(diff).toMatchObject({ changed: 0, removed: 4, added: 6 });
  });

  it('compares the title and a decision written for the first time, and names other fields that changed', () => {
    const before = draft({ title: 'Lukion opetussuunnitelman päivitys' });
    const after = draft({ title: 'Lukion opetussuunnitelman päivitys 2025', decision: docOf(paragraphNode('Hyväksyttiin päätösehdotuksen mukaisesti.')), caseNumber: 'SIV/124/2024' });
    const result = compareItems(before, after);
    expect(ops(field(result.fields, 'title').units[0]?.parts ?? [])).toEqual(['ins: 2025']);
    expect(field(result.fields, 'decision')).toMatchObject({ added: 1, changed: 0, removed: 0 });
    expect(result.otherChanged).toEqual(['caseNumber']);
  });

  it('lists a field whose only change is formatting, and ignores comment anchors altogether', () => {
    const plain = draft({ background: docOf(para(text('Hanke jatkuu vuoden 2025 loppuun.'))) });
    const formatted = draft({ background: docOf(para(text('Hanke jatkuu '), text('vuoden 2025 loppuun', bold), text('.'))) });
    const commented = draft({ background: docOf(para(text('Hanke jatkuu '), text('vuoden 2025 loppuun', comment('c1')), text('.'))) });
    expect(compareItems(plain, formatted).otherChanged).toEqual(['background']);
    const withComment = compareItems(plain, commented);
    expect(withComment.otherChanged).toEqual([]);
    expect(withComment.fields.every((diff) => diff.changed + diff.added + diff.removed === 0)).toBe(true);
  });

  it('takes stored snapshots with their item fields and compares only the draft fields', () => {
    const before = { ...draft({}), id: 'a1', status: 'luonnos', version: 3, updatedAt: '2024-01-01T10:00:00.000Z' };
    const after = { ...draft({}), id: 'a1', status: 'tarkastettavana', version: 4, updatedAt: '2024-01-02T10:00:00.000Z' };
    expect(compareItems(before, after).otherChanged).toEqual([]);
  });
});
