// A version's summary: the numbers stored with it, and the Finnish line the history shows.
import { describe, expect, it } from 'vitest';
import type { VersionChangeSummary } from '../../../shared/domain/compare-types';
import { summarizeChange } from '../../../shared/domain/version-summary';
import { formatVersionSummary, unitPlaceLabel } from '../../../shared/format/version-summary-text';
import { bold, comment, docOf, draft, listItem, ordered, para, paragraphNode, proposalOpening, table, text } from './fixtures';

const background = (...paragraphs: string[]) => docOf(...paragraphs.map(paragraphNode));
const proposal = (...points: (string | [string, string[]])[]) =>
  docOf(paragraphNode(proposalOpening), ordered(...points.map((point) => (typeof point === 'string' ? listItem(point) : listItem(point[0], ordered(...point[1].map((sub) => listItem(sub))))))));

const base = ['Kouluverkkoselvitys valmistui keväällä 2024.', 'Selvityksessä arvioitiin kahdeksan koulun tilat.', 'Oppilasmäärä laskee 12 % vuoteen 2030.', 'Huoltajia kuultiin toukokuussa.'];

describe('summarizeChange', () => {
  it('counts changed paragraphs and names the changed points of the proposal', () => {
    const before = draft({ background: background(...base), proposal: proposal('hyväksyä selvityksen', ['jatkaa valmistelua', ['Ykspihlajan koulun osalta', 'Kaustarin koulun osalta']], 'antaa tiedoksi') });
    const after = draft({
      background: background(base[0] ?? '', 'Selvityksessä arvioitiin yhdeksän koulun tilat.', 'Oppilasmäärä laskee 14 % vuoteen 2030.', 'Huoltajia kuultiin kesäkuussa.'),
      proposal: proposal('hyväksyä selvityksen', ['jatkaa valmistelua', ['Ykspihlajan koulun osalta', 'Kaustarin ja Halkokarin koulujen osalta']], 'antaa päätöksen tiedoksi'),
    });
    const summary = summarizeChange(before, after);
    expect(summary.fields).toEqual([
      { field: 'background', changed: 3, added: 0, removed: 0, points: [], pointsAdded: [], pointsRemoved: [] },
      { field: 'proposal', changed: 2, added: 0, removed: 0, points: ['2.2', '3'], pointsAdded: [], pointsRemoved: [] },
    ]);
    expect(summary.commentsOnly).toBe(false);
    expect(formatVersionSummary(summary)).toBe('Selostus: 3 kappaletta muutettu; Päätösehdotus: kohdat 2.2 ja 3 muutettu');
  });

  it('says "kohta 2 muutettu", "1 kappale lisätty", "2 kappaletta poistettu" and "Otsikko muutettu"', () => {
    const before = draft({ title: 'Kouluverkko', background: background(...base), proposal: proposal('hyväksyä', 'antaa tiedoksi') });
    const after = draft({ title: 'Kouluverkkoselvitys', background: background(base[0] ?? '', base[1] ?? '', 'Selvitys on liitteenä.'), proposal: proposal('hyväksyä', 'antaa tiedoksi rehtoreille') });
    // base[2] and base[3] removed, one added: the added one pairs with base[2] as a change.
    expect(formatVersionSummary(summarizeChange(before, after))).toBe('Otsikko muutettu; Selostus: 1 kappale muutettu, 1 kappale poistettu; Päätösehdotus: kohta 2 muutettu');
    const longer = draft({ background: background(...base, 'Uusi kappale.', 'Toinen uusi kappale.') });
    expect(formatVersionSummary(summarizeChange(draft({ background: background(...base) }), longer))).toBe('Selostus: 2 kappaletta lisätty');
  });

  it('names points added and removed by number', () => {
    const before = draft({ proposal: proposal('hyväksyä', 'antaa tiedoksi') });
    const after = draft({ proposal: proposal('hyväksyä', 'antaa tiedoksi', 'valtuuttaa sivistysjohtajan') });
    expect(formatVersionSummary(summarizeChange(before, after))).toBe('Päätösehdotus: kohta 3 lisätty');
    expect(formatVersionSummary(summarizeChange(after, before))).toBe('Päätösehdotus: kohta 3 poistettu');
  });

  it('counts table cells, formatting, other fields and comment anchors as what they are', () => {
    const before = draft({ background: docOf(table([['Koulu', 'Oppilaita'], ['Ykspihlaja', '245']])) });
    const after = draft({ background: docOf(table([['Koulu', 'Oppilaita'], ['Ykspihlaja', '251']])), caseNumber: 'SIV/200/2024', presenterName: 'Anna Virtanen' });
    expect(formatVersionSummary(summarizeChange(before, after))).toBe('Selostus: 1 kappale muutettu; Diaarinumero ja esittelijän nimi muutettu');
    const plain = draft({ background: docOf(para(text('Hanke jatkuu vuoden 2025 loppuun.'))) });
    const formatted = draft({ background: docOf(para(text('Hanke jatkuu '), text('vuoden 2025 loppuun', bold), text('.'))) });
    expect(formatVersionSummary(summarizeChange(plain, formatted))).toBe('Selostus: muotoilu muutettu');
    const commented = draft({ background: docOf(para(text('Hanke jatkuu '), text('vuoden 2025 loppuun', comment('c1')), text('.'))) });
    const onlyAnchors = summarizeChange(plain, commented);
    expect(onlyAnchors).toEqual({ fields: [], otherChanged: [], commentsOnly: true });
    expect(formatVersionSummary(onlyAnchors)).toBe('Vain kommenttien kohdat muuttuneet');
    expect(formatVersionSummary(summarizeChange(plain, draft({ background: docOf(para(text('Hanke jatkuu vuoden 2025 loppuun.'))) })))).toBe('Ei tekstimuutoksia');
    expect(formatVersionSummary(null)).toBe('Ensimmäinen versio');
  });

  it('reads a summary stored before added and removed points were counted', () => {
    const stored: VersionChangeSummary = { fields: [{ field: 'decision', changed: 1, added: 2, removed: 0, points: [] }], otherChanged: [], commentsOnly: false };
    expect(formatVersionSummary(stored)).toBe('Päätös: 1 kappale muutettu, 2 kappaletta lisätty');
  });
});

describe('unitPlaceLabel', () => {
  it('names every kind of place in Finnish', () => {
    expect(unitPlaceLabel({ kind: 'paragraph', index: [3] })).toBe('kappale 3');
    expect(unitPlaceLabel({ kind: 'heading', index: [1] })).toBe('väliotsikko 1');
    expect(unitPlaceLabel({ kind: 'listItem', index: [2, 1] })).toBe('kohta 2.1');
    expect(unitPlaceLabel({ kind: 'tableCell', index: [1], row: 3, column: 2 })).toBe('taulukko 1, rivi 3, sarake 2');
    expect(unitPlaceLabel({ kind: 'title', index: [1] })).toBe('otsikko');
  });
});
