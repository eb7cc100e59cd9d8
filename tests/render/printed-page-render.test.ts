// The printed page as LibreOffice lays out the export (issue 7): a six-column table sized from its
// content keeps "Erityistehtävät" whole and its numbers flush right; a long classic label wraps
// inside the label column beside its text; no label stands alone at the foot of a page.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportAgendaItem } from '../../electron/export';
import type { AgendaItem } from '../../shared/domain/item';
import type { RichNode } from '../../shared/domain/rich-text';
import { seedInput } from '../unit/export/fixtures';
import { convertToPdf, lineOf, pdfWords, renderPngs, requireTools } from './render-tools';
import type { PdfLayout, Word } from './render-tools';

const outDir = path.resolve(import.meta.dirname, '../../.tmp/render-page');
const pointsPerCm = 72 / 2.54;
const margin = 2 * pointsPerCm;
const textColumn = margin + 4.6 * pointsPerCm;
const tolerance = 0.1 * pointsPerCm;
const headerBottom = 3.2 * pointsPerCm;

const t = (text: string): RichNode => ({ type: 'text', text });
const p = (text: string): RichNode => ({ type: 'paragraph', content: [t(text)] });
const cell = (type: 'tableHeader' | 'tableCell', text: string, align?: 'right'): RichNode => ({ type, ...(align ? { attrs: { align } } : {}), content: [p(text)] });

/** A school's hours as a board sees them: six columns, the numbers aligned right. */
const header = ['Koulu', 'Luokat', 'Oppilaita', 'Tunteja', 'Erityistehtävät', 'Muutos'];
const rows = [
  ['Keskuskoulu', '1–9', '412', '1 240', 'musiikkiluokat', '+12'],
  ['Kirkonkylän koulu', '1–6', '96', '310', '–', '−4'],
  ['Rantalan koulu', '1–6', '154', '486', 'pienryhmä', '0'],
];
const numeric = new Set([2, 3, 5]);
const hoursTable: RichNode = {
  type: 'table',
  content: [
    { type: 'tableRow', content: header.map((text, index) => cell('tableHeader', text, numeric.has(index) ? 'right' : undefined)) },
    ...rows.map((row) => ({ type: 'tableRow' as const, content: row.map((text, index) => cell('tableCell', text, numeric.has(index) ? 'right' : undefined)) })),
  ],
};

function item(change: Partial<AgendaItem>): Promise<Uint8Array> {
  const input = seedInput('minutes');
  return exportAgendaItem({ ...input, item: { ...input.item, ...change } });
}

/** A background of `lines` one-line rows, to push what follows down the page a line at a time. */
function filler(lines: number): Partial<AgendaItem> {
  const content = Array.from({ length: lines }, (_, index) => [t(`Rivi ${String(index + 1)}`), { type: 'hardBreak' } as const]).flat().slice(0, -1);
  return { background: { type: 'doc', content: [{ type: 'paragraph', content }] } };
}

const keepVariants = Array.from({ length: 10 }, (_, index) => 23 + index);
const recipients: Partial<AgendaItem> = { forInformation: ['Kaupunginhallitus', 'Tarkastuslautakunta'], implementation: ['Talouspalvelut', 'Henkilöstöpalvelut'] };

let pdfs: Record<string, string> = {};

function words(layout: PdfLayout, text: string): Word[] {
  return layout.words.filter((candidate) => candidate.text === text && candidate.yMin > headerBottom);
}

function only(layout: PdfLayout, text: string): Word {
  const [found, ...more] = words(layout, text);
  if (!found || more.length > 0) throw new Error(`"${text}" found ${String(words(layout, text).length)} times`);
  return found;
}

beforeAll(async () => {
  requireTools();
  rmSync(outDir, { recursive: true, force: true });
  const files: Record<string, Uint8Array> = {
    table: await item({ background: { type: 'doc', content: [p('Koulujen tuntikehys lukuvuodelle 2024–2025:'), hoursTable, p('Tuntikehys on laskettu oppilasmäärän mukaan.')] } }),
    'long-label': await item({ presenterTitle: 'Opetus- ja kasvatuslautakunnan puheenjohtaja' }),
  };
  for (const lines of keepVariants) files[`keep-${String(lines)}`] = await item({ ...filler(lines), ...recipients });
  pdfs = convertToPdf(files, outDir);
  renderPngs(pdfs.table ?? '', 90);
  renderPngs(pdfs['long-label'] ?? '', 90);
}, 180_000);

describe('a six-column table sized from its content', () => {
  it('keeps every word whole, "Erityistehtävät" on one line', () => {
    const layout = pdfWords(pdfs.table ?? '');
    for (const text of [...header, 'Keskuskoulu', 'musiikkiluokat', 'pienryhmä', 'Kirkonkylän']) expect(words(layout, text).length, text).toBeGreaterThan(0);
  });

  it('sets the numbers flush right in their columns, and the other text from the left', () => {
    const layout = pdfWords(pdfs.table ?? '');
    const rightEdges = ['412', '96', '154'].map((text) => only(layout, text).xMax);
    expect(Math.max(...rightEdges) - Math.min(...rightEdges)).toBeLessThan(1);
    expect(only(layout, '412').xMin).toBeLessThan(only(layout, '96').xMin);
    expect(Math.abs(only(layout, 'Keskuskoulu').xMin - only(layout, 'Rantalan').xMin)).toBeLessThan(1);
  });
});

describe('a long label in the classic layout', () => {
  it('wraps inside the label column, its last line beside the first line of the text', () => {
    const layout = pdfWords(pdfs['long-label'] ?? '');
    const labelWords = ['Opetus-', 'ja', 'kasvatuslautakunnan', 'puheenjohtaja'].map((text) => words(layout, text).find((found) => found.xMin < textColumn - tolerance));
    for (const found of labelWords) {
      expect(found).toBeDefined();
      expect(Math.abs((found?.xMin ?? 0) - margin) < tolerance || (found?.text === 'ja')).toBe(true);
      expect(found?.xMax ?? Infinity).toBeLessThan(textColumn);
    }
    const last = labelWords.at(-1);
    const beside = last ? lineOf(layout, last).find((found) => found.xMin > last.xMax) : undefined;
    expect(beside?.text).toBe('Lautakunta');
    expect(Math.abs((beside?.xMin ?? 0) - textColumn)).toBeLessThanOrEqual(tolerance);
  });
});

describe('labels at the foot of a page', () => {
  it('never leaves "Tiedoksi", "Toimeenpano" or "Muutoksenhaku" on a page without the line after it', () => {
    const pagesOf: number[] = [];
    for (const lines of keepVariants) {
      const layout = pdfWords(pdfs[`keep-${String(lines)}`] ?? '');
      const page = (text: string) => only(layout, text).page;
      expect(page('Tiedoksi'), `${String(lines)} lines: Tiedoksi`).toBe(page('Tarkastuslautakunta'));
      expect(page('Toimeenpano'), `${String(lines)} lines: Toimeenpano`).toBe(page('Henkilöstöpalvelut'));
      // The appeal's text runs to three lines: at least two stay with the label (orphan control).
      const appeal = only(layout, 'Muutoksenhaku');
      const appealLines = new Set(layout.words.filter((found) => found.page === appeal.page && found.yMin >= appeal.yMin - 1 && found.xMin >= textColumn - tolerance).map((found) => Math.round(found.yMin)));
      expect(appealLines.size, `${String(lines)} lines: Muutoksenhaku`).toBeGreaterThanOrEqual(2);
      pagesOf.push(page('Toimeenpano'));
    }
    // The variants move the labels across the page break: some stay on page 1, some go to page 2.
    expect(new Set(pagesOf)).toEqual(new Set([1, 2]));
  });
});
