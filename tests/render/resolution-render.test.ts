// Proposals and decisions as boards write them, as LibreOffice lays them out and pandoc reads
// them: a one-sentence decision beside its label with no number; points as real numbering;
// bullets as real bullets (never numbers); a table; the presenter printed as the body's practice
// has it; the appeal instructions in full with their headings and lists; no date in the header
// of an item whose meeting is not known yet.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportAgendaItem } from '../../electron/export';
import { appealPreset } from '../../shared/domain/appeal-presets';
import type { RichDoc } from '../../shared/domain/rich-text';
import { bulletListNode, docOf, openingWithPoints, paragraphNode } from '../../shared/domain/rich-text-build';
import { richTable, seedInput } from '../unit/export/fixtures';
import { convertToPdf, lineOf, pandocBlocks, pandocText, pdfWords, renderDir, requireTools } from './render-tools';
import type { PdfLayout, PandocBlock } from './render-tools';

const outDir = path.join(renderDir, '..', 'render-resolution');
const pointsPerCm = 72 / 2.54;
const margin = 2 * pointsPerCm;
const textColumn = margin + 4.6 * pointsPerCm;
const tolerance = 0.1 * pointsPerCm;
const headerBottom = 3.2 * pointsPerCm;

const bulletsProposal: RichDoc = docOf(
  paragraphNode('Lautakunta päättää myöntää koulujen kerhotoimintaan avustukset seuraavasti:'),
  bulletListNode(['Koivulan koulu 1 200 €', 'Mäntylän koulu 800 €']),
  paragraphNode('Yhteensä 2 000 €.'),
  paragraphNode('Avustukset maksetaan kerhokauden päätyttyä.'),
);
const tableDecision: RichDoc = docOf(paragraphNode('Lautakunta päätti tuntikehyksestä seuraavasti:'), richTable(['Koulu', 'Tunteja'], [['Koivula', '124'], ['Mäntylä', '98']]));

let pdfs: Record<string, string> = {};
const docx = (name: string) => path.join(outDir, `${name}.docx`);

beforeAll(async () => {
  requireTools();
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const seed = seedInput('minutes');
  const rectification = appealPreset('appeal-oikaisuvaatimus')?.text() ?? docOf();
  pdfs = convertToPdf(
    {
      'one-sentence': await exportAgendaItem({ ...seed, item: { ...seed.item, decision: docOf(paragraphNode('Hyväksyttiin yksimielisesti.')) } }),
      bullets: await exportAgendaItem({ ...seed, kind: 'proposal', item: { ...seed.item, proposal: bulletsProposal } }),
      table: await exportAgendaItem({ ...seed, item: { ...seed.item, decision: tableDecision } }),
      presenter: await exportAgendaItem({ ...seed, kind: 'proposal', settings: { ...seed.settings, proposalLabel: 'proposal' } }),
      appeal: await exportAgendaItem({ ...seed, kind: 'proposal', documentDate: null, item: { ...seed.item, meetingDate: null, appeal: { textId: 'appeal-oikaisuvaatimus', text: rectification } } }),
      points: await exportAgendaItem({ ...seed, item: { ...seed.item, decision: openingWithPoints('Lautakunta päätti', ['hyväksyä tuntijaon', 'lähettää päätöksen kouluille']) } }),
    },
    outDir,
  );
}, 180_000);

function lineStarting(layout: PdfLayout, text: string) {
  const found = layout.words.find((word) => word.text === text && word.yMin > headerBottom);
  if (!found) throw new Error(`"${text}" not on the page`);
  return lineOf(layout, found);
}

function blocksOf(name: string, type: string): PandocBlock[] {
  return pandocBlocks(docx(name)).filter((block) => block.t === type);
}

function listItems(block: PandocBlock | undefined): string[] {
  const items = block?.t === 'OrderedList' ? (block.c as [unknown, unknown[]])[1] : (block?.c as unknown[] | undefined) ?? [];
  return items.map((item) => pandocText(item));
}

describe('a decision as boards write it, rendered', () => {
  it('prints a one-sentence decision beside "Päätös" at the text column, with no number', () => {
    const line = lineStarting(pdfWords(pdfs['one-sentence'] ?? ''), 'Päätös');
    expect(line.map((word) => word.text)).toEqual(['Päätös', 'Hyväksyttiin', 'yksimielisesti.']);
    expect(Math.abs((line[1]?.xMin ?? 0) - textColumn)).toBeLessThanOrEqual(tolerance);
  });

  it('prints bullets as bullets, not numbered points, and the totals and closing lines as paragraphs', () => {
    const layout = pdfWords(pdfs.bullets ?? '');
    for (const school of ['Koivulan', 'Mäntylän']) {
      const line = lineStarting(layout, school).map((word) => word.text);
      expect(line.slice(0, 2), school).toEqual(['•', school]);
    }
    expect(Math.abs((lineStarting(layout, 'Yhteensä')[0]?.xMin ?? 0) - textColumn)).toBeLessThanOrEqual(tolerance);
    expect(blocksOf('bullets', 'BulletList').map(listItems)).toEqual([['Koivulan koulu 1 200 €', 'Mäntylän koulu 800 €']]);
    // The seed's background has no lists: the proposal's bullets are the only list in the file.
    expect(blocksOf('bullets', 'OrderedList')).toEqual([]);
  });

  it('prints numbered points as real numbering and a table as a table', () => {
    expect(blocksOf('points', 'OrderedList').map(listItems).at(-1)).toEqual(['hyväksyä tuntijaon', 'lähettää päätöksen kouluille']);
    const table = blocksOf('table', 'Table')[0];
    expect(pandocText(table?.c)).toContain('Koivula124Mäntylä98'.replace(/(\D)(\d)/gu, '$1$2'));
    expect(lineStarting(pdfWords(pdfs.table ?? ''), 'Mäntylä').map((word) => word.text)).toEqual(['Mäntylä', '98']);
  });
});

describe('the presenter and the appeal, rendered', () => {
  it('prints "Esittelijä" with the presenter\'s name and title, then "Päätösehdotus", as the body\'s practice has it', () => {
    const layout = pdfWords(pdfs.presenter ?? '');
    expect(lineStarting(layout, 'Esittelijä').map((word) => word.text)).toEqual(['Esittelijä', 'Mikko', 'Saari,', 'sivistysjohtaja']);
    const proposal = lineStarting(layout, 'Päätösehdotus');
    expect(proposal.map((word) => word.text)).toEqual(['Päätösehdotus', 'Lautakunta', 'päättää']);
    expect(Math.abs((proposal[0]?.xMin ?? 0) - margin)).toBeLessThanOrEqual(tolerance);
  });

  it('prints the appeal instructions in full, with their headings and the lists of what a request must contain', () => {
    const headings = blocksOf('appeal', 'Header').map((block) => pandocText((block.c as unknown[])[2]));
    expect(headings).toEqual(expect.arrayContaining(['Oikaisuvaatimusohje', 'Oikaisuvaatimusoikeus', 'Oikaisuvaatimusaika', 'Oikaisuvaatimuksen muoto ja sisältö']));
    const lists = blocksOf('appeal', 'BulletList').map(listItems);
    expect(lists.some((items) => items.includes('miten päätöstä halutaan oikaistavaksi'))).toBe(true);
    const text = pdfWords(pdfs.appeal ?? '').words.map((word) => word.text).join(' ');
    expect(text).toContain('14 päivän kuluessa');
  });

  it('leaves the date out of the header while the meeting is not known, rather than print the day of export', () => {
    const header = pdfWords(pdfs.appeal ?? '').words.filter((word) => word.page === 1 && word.yMin < headerBottom).map((word) => word.text);
    expect(header).toContain('ESITYSLISTA');
    expect(header.filter((text) => /^\d{1,2}\.\d{1,2}\.\d{4}$/u.test(text))).toEqual([]);
    const dated = pdfWords(pdfs.presenter ?? '').words.filter((word) => word.page === 1 && word.yMin < headerBottom).map((word) => word.text);
    expect(dated).toContain('23.1.2024');
  });
});
