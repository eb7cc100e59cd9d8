// The exported files as LibreOffice lays them out and pandoc reads them: labels at the margin,
// text at margin + 4.6 cm (± 1 mm), "1 (N)" … "N (N)" in the header, headings, lists and tables.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportAgendaItem, exportProjectSummary } from '../../electron/export';
import { demoProjectList, longItemInput, seedInput, settingsWith } from '../unit/export/fixtures';
import { convertToPdf, lineOf, pandocBlocks, pandocText, pdfWords, renderDir, renderPngs, requireTools } from './render-tools';
import type { PdfLayout, Word } from './render-tools';

const pointsPerCm = 72 / 2.54;
const margin = 2 * pointsPerCm;
const tolerance = 0.1 * pointsPerCm;
const labels = ['Valmistelija', 'Oheismateriaali', 'Sivistysjohtaja', 'Päätös', 'Tiedoksi', 'Muutoksenhaku'];
const headerBottom = 3.2 * pointsPerCm;

let pdfs: Record<string, string> = {};
const docx = (name: string) => path.join(renderDir, `${name}.docx`);

function word(layout: PdfLayout, text: string, page = 1): Word {
  const found = layout.words.find((candidate) => candidate.text === text && candidate.page === page && candidate.yMin > headerBottom);
  if (!found) throw new Error(`"${text}" not found on page ${page}`);
  return found;
}

/** "1 (3)": the page number and the count, read from the header line of each page. */
function headerPages(layout: PdfLayout): string[] {
  return layout.pages.map((_, index) => {
    const top = layout.words.filter((candidate) => candidate.page === index + 1 && candidate.yMin < headerBottom);
    const count = top.find((candidate) => /^\(\d+\)$/u.test(candidate.text));
    const number = count && lineOf(layout, count).filter((candidate) => candidate.xMin < count.xMin).at(-1);
    return `${number?.text ?? '?'} ${count?.text ?? '?'}`;
  });
}

beforeAll(async () => {
  requireTools();
  rmSync(renderDir, { recursive: true, force: true });
  pdfs = convertToPdf({
    'seed-proposal': await exportAgendaItem(seedInput('proposal')),
    'seed-minutes': await exportAgendaItem(seedInput('minutes')),
    'seed-minutes-sfs2024': await exportAgendaItem(seedInput('minutes', 'sfs2024')),
    'long-item': await exportAgendaItem(longItemInput()),
    'long-item-sfs2024': await exportAgendaItem({ ...longItemInput(), settings: settingsWith('sfs2024') }),
    summary: await exportProjectSummary({ projects: demoProjectList(), activeOn: '2024-01-01', settings: settingsWith('classic'), author: 'Maria Esimerkki' }),
  });
  for (const pdf of Object.values(pdfs)) renderPngs(pdf);
}, 180_000);

describe('rendered seed item (classic layout)', () => {
  it('puts every label at the left margin and its text at margin + 4.6 cm', () => {
    const layout = pdfWords(pdfs['seed-minutes'] ?? '');
    const textColumn = margin + 4.6 * pointsPerCm;
    for (const label of labels) {
      const found = word(layout, label);
      expect(Math.abs(found.xMin - margin), `${label} at ${found.xMin}`).toBeLessThanOrEqual(tolerance);
      const next = lineOf(layout, found).find((candidate) => candidate.xMin > found.xMin);
      expect(next && Math.abs(next.xMin - textColumn), `text after ${label} at ${String(next?.xMin)}`).toBeLessThanOrEqual(tolerance);
    }
    for (const start of ['Aktiivinen', 'Varhaiskasvatuksessa,', 'Valtionavustuksia', 'Yhteenveto']) {
      expect(Math.abs(word(layout, start).xMin - textColumn), start).toBeLessThanOrEqual(tolerance);
    }
    for (const number of ['1', '2', '3']) {
      const point = layout.words.filter((candidate) => candidate.text === number && candidate.yMin > headerBottom);
      expect(point.length, number).toBeGreaterThan(0);
      for (const found of point) expect(Math.abs(found.xMin - textColumn), `point ${number}`).toBeLessThanOrEqual(tolerance);
    }
  });

  it('keeps everything below the title and case number out of the label column, except labels', () => {
    const layout = pdfWords(pdfs['seed-minutes'] ?? '');
    const firstLabel = word(layout, 'Valmistelija');
    const inLabelColumn = layout.words.filter((candidate) => candidate.page === 1 && candidate.yMin >= firstLabel.yMin && candidate.xMin < margin + 4.6 * pointsPerCm - tolerance);
    expect(inLabelColumn.map((candidate) => candidate.text).filter((text) => !labels.includes(text))).toEqual([]);
  });

  it('reads "1 (1)" in the header of the one-page seed, with the document type', () => {
    for (const name of ['seed-proposal', 'seed-minutes']) {
      const layout = pdfWords(pdfs[name] ?? '');
      expect(headerPages(layout)).toEqual(['1 (1)']);
    }
    const proposal = pdfWords(pdfs['seed-proposal'] ?? '');
    const type = proposal.words.find((candidate) => candidate.text === 'ESITYSLISTA');
    expect(type && Math.abs(type.xMin - (margin + 9.2 * pointsPerCm))).toBeLessThanOrEqual(tolerance);
  });
});

describe('rendered long item', () => {
  it('numbers pages "1 (N)" to "N (N)" across several pages', () => {
    const layout = pdfWords(pdfs['long-item'] ?? '');
    const count = layout.pages.length;
    expect(count).toBeGreaterThanOrEqual(2);
    expect(headerPages(layout)).toEqual(Array.from({ length: count }, (_, index) => `${index + 1} (${count})`));
  });
});

describe('rendered 2024 layout', () => {
  it('starts body text at margin + 2.3 cm and hangs labels at the margin', () => {
    const layout = pdfWords(pdfs['seed-minutes-sfs2024'] ?? '');
    expect(Math.abs(word(layout, 'Aktiivinen').xMin - (margin + 2.3 * pointsPerCm))).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(word(layout, 'Sivistysjohtaja').xMin - margin)).toBeLessThanOrEqual(tolerance);
  });

  it('hangs the background headings at the margin, their text at margin + 2.3 cm', () => {
    const layout = pdfWords(pdfs['long-item-sfs2024'] ?? '');
    for (const heading of ['Taustaa', 'Alaotsikko']) expect(Math.abs(word(layout, heading).xMin - margin), heading).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(word(layout, 'Lihavoitu').xMin - (margin + 2.3 * pointsPerCm))).toBeLessThanOrEqual(tolerance);
  });
});

describe('rendered project summary', () => {
  it('is landscape with the header page count', () => {
    const layout = pdfWords(pdfs.summary ?? '');
    expect(layout.pages.every((page) => page.width > page.height)).toBe(true);
    const count = layout.pages.length;
    expect(headerPages(layout)[0]).toBe(`1 (${count})`);
  });
});

describe('structure as pandoc reads it', () => {
  it('finds the title as a heading and the numbered points as ordered lists', () => {
    const blocks = pandocBlocks(docx('seed-minutes'));
    const heading = blocks.find((block) => block.t === 'Header');
    expect(heading && (heading.c as [number])[0]).toBe(1);
    expect(pandocText((heading?.c as unknown[])[2])).toBe('Kehittämishankkeiden ajankohtaiskatsaus 2024');
    const lists = blocks.filter((block) => block.t === 'OrderedList').map((block) => (block.c as [unknown, unknown[]])[1].map((item) => pandocText(item)));
    expect(lists).toEqual([
      ['merkitä kehittämishankkeiden ajankohtaiskatsauksen 2024 tiedoksi', 'lähettää asian tiedoksi kaupunginhallitukselle ja tarkastuslautakunnalle'],
      ['merkitä kehittämishankkeiden ajankohtaiskatsauksen 2024 tiedoksi', 'lähettää asian tiedoksi kaupunginhallitukselle ja tarkastuslautakunnalle', 'tarkistaa tämän pykälän välittömästi kokouksen yhteydessä.'],
    ]);
  });

  it('finds the summary table with its header row', () => {
    const blocks = pandocBlocks(docx('summary'));
    const table = blocks.find((block) => block.t === 'Table');
    expect(table).toBeDefined();
    // Table: attr, caption, colspecs, head [attr, rows], bodies, foot; a row is [attr, cells]; a cell [attr, align, rowspan, colspan, blocks].
    const head = (table?.c as unknown[])[3] as [unknown, [unknown, unknown[][]][]];
    const headerCells = (head[1][0]?.[1] ?? []).map((cell) => pandocText(cell[4]));
    expect(headerCells).toEqual(['Hanke', 'Rahoittaja', 'Avustuslaji', 'Myönnetty €', 'Kokonaisbudjetti €', 'Kausi', 'Tila']);
    const bodyText = pandocText((table?.c as unknown[])[4]);
    expect(bodyText).toContain('Yhteensä (27)');
  });
});
