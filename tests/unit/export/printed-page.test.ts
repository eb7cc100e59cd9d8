// The printed page (issue 7): column widths from the editor or the content, cell alignment, space
// after a table, labels kept with their text, widow and orphan control, long classic labels
// wrapped inside the label column, and no empty paragraph anywhere. Read back from the .docx XML.
import { describe, expect, it } from 'vitest';
import { exportAgendaItem } from '../../../electron/export';
import type { AgendaItem } from '../../../shared/domain/item';
import type { RichDoc, RichNode } from '../../../shared/domain/rich-text';
import { bodyParagraphs, findAll, first, readDocx, styleOf, textOf } from './docx-xml';
import type { El } from './docx-xml';
import { richTable, seedInput } from './fixtures';

const p = (text: string): RichNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const textColumn = 11906 - 1134 - 850 - 2608;

async function exportItem(change: Partial<AgendaItem>, layout: 'classic' | 'sfs2024' = 'classic', kind: 'proposal' | 'minutes' = 'proposal'): Promise<El> {
  const input = seedInput(kind, layout);
  const docx = await readDocx(await exportAgendaItem({ ...input, item: { ...input.item, ...change } }));
  return docx.part('word/document.xml');
}

function background(...content: RichNode[]): Partial<AgendaItem> {
  return { background: { type: 'doc', content } satisfies RichDoc };
}

function gridWidths(document: El): number[] {
  const table = first(document, 'w:tbl');
  return table ? findAll(table, 'w:gridCol').map((col) => Number(col.attrs['w:w'])) : [];
}

const bySchool = richTable(
  ['Koulu', 'Oppilaita', 'Tunteja', 'Erityistehtävät', 'Resurssi', 'Muutos'],
  [
    ['Keskuskoulu', '412', '1 240', 'painotettu musiikki', '2,5 htv', '+12'],
    ['Kirkonkylän koulu', '96', '310', '–', '0,5 htv', '−4'],
  ],
);

describe('table columns', () => {
  it('sizes columns from their content when the editor set no widths, so no word is wider than its column', async () => {
    const widths = gridWidths(await exportItem(background(bySchool)));
    expect(widths).toHaveLength(6);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(textColumn);
    // "Erityistehtävät" in 10 pt bold Arial is 69 pt, plus 2 × 5 pt cell padding: 1580 twips at least.
    expect(widths[3]).toBeGreaterThanOrEqual(1580);
    // The short numbers' columns give room to the words: not six equal columns.
    expect(widths[1]).toBeLessThan(widths[3]!);
    expect(Math.max(...widths) - Math.min(...widths)).toBeGreaterThan(300);
  });

  it('scales the editor widths (dragged in the editor) to the text column', async () => {
    const table = richTable(['A', 'B', 'C'], [['1', '2', '3']]);
    const withWidths = { ...table, content: table.content?.map((row) => ({ ...row, content: row.content?.map((cell, index) => ({ ...cell, attrs: { colwidth: [[100, 300, 100][index]] } })) })) };
    const widths = gridWidths(await exportItem(background(withWidths)));
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(textColumn);
    expect(widths[1]! / widths[0]!).toBeCloseTo(3, 1);
    expect(Math.abs(widths[2]! - widths[0]!)).toBeLessThanOrEqual(5);
  });

  it('gives a cell below a row-spanning cell the width of its own column', async () => {
    const table: RichNode = {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableCell', attrs: { rowspan: 2, colwidth: [100] }, content: [p('Yhdistetty')] }, { type: 'tableCell', attrs: { colwidth: [300] }, content: [p('Oikea')] }] },
        { type: 'tableRow', content: [{ type: 'tableCell', content: [p('Alla')] }] },
      ],
    };
    const document = await exportItem(background(table));
    const widths = gridWidths(document);
    const rows = findAll(first(document, 'w:tbl')!, 'w:tr');
    const below = findAll(rows[1]!, 'w:tc').find((cell) => textOf(cell) === 'Alla');
    expect(below && first(below, 'w:tcW')?.attrs['w:w']).toBe(String(widths[1]));
    expect(findAll(rows[1]!, 'w:vMerge')).toHaveLength(1);
  });

  it('keeps each cell’s alignment: numbers right, centred text centred', async () => {
    const table = richTable(['Koulu', 'Oppilaita'], [['Keskuskoulu', '412']]);
    const aligned = {
      ...table,
      content: table.content?.map((row) => ({ ...row, content: row.content?.map((cell, index) => (index === 1 ? { ...cell, attrs: { align: 'right' } } : { ...cell, attrs: { align: 'center' } })) })),
    };
    const cells = findAll(first(await exportItem(background(aligned)), 'w:tbl')!, 'w:tc');
    const jc = (text: string) => first(cells.find((cell) => textOf(cell) === text)!, 'w:jc')?.attrs['w:val'];
    expect(jc('412')).toBe('right');
    expect(jc('Oppilaita')).toBe('right');
    expect(jc('Keskuskoulu')).toBe('center');
  });

  it('puts the paragraph space after a table before whatever follows it: text, a list or the next label', async () => {
    const list: RichNode = { type: 'bulletList', content: [{ type: 'listItem', content: [p('kohta')] }] };
    const spacingBefore = (document: El, start: string) => {
      const paragraph = bodyParagraphs(document).find((candidate) => textOf(candidate).startsWith(start));
      return paragraph && first(paragraph, 'w:spacing')?.attrs['w:before'];
    };
    expect(spacingBefore(await exportItem(background(bySchool, list)), 'kohta')).toBe('120');
    for (const layout of ['classic', 'sfs2024'] as const) {
      const document = await exportItem({ ...background(bySchool), attachments: [] , supplementary: [] }, layout);
      expect(spacingBefore(document, 'Sivistysjohtaja'), layout).toBe('120');
    }
  });
});

describe('labels keep with their text', () => {
  it('turns widow and orphan control on for the whole document', async () => {
    const input = seedInput('proposal');
    const styles = (await readDocx(await exportAgendaItem(input))).part('word/styles.xml');
    const defaults = first(styles, 'w:pPrDefault');
    expect(defaults && first(defaults, 'w:widowControl')).toBeDefined();
  });

  it('keeps every label line with what follows it, in both layouts', async () => {
    const change: Partial<AgendaItem> = { forInformation: ['Kaupunginhallitus', 'Tarkastuslautakunta'], implementation: ['Talouspalvelut'] };
    const classic = bodyParagraphs(await exportItem(change, 'classic', 'minutes'));
    for (const label of ['Valmistelija', 'Sivistysjohtaja', 'Päätös', 'Tiedoksi', 'Toimeenpano', 'Muutoksenhaku']) {
      const line = classic.find((paragraph) => textOf(paragraph).startsWith(`${label}\t`));
      expect(line && first(line, 'w:keepNext'), label).toBeDefined();
    }
    const sfs2024 = bodyParagraphs(await exportItem(change, 'sfs2024', 'minutes'));
    for (const label of ['Tiedoksi', 'Muutoksenhaku']) {
      const line = sfs2024.find((paragraph) => textOf(paragraph) === label);
      expect(line && styleOf(line), label).toBe('Label');
    }
  });
});

describe('a long label in the classic layout', () => {
  it('wraps inside the label column in the weight of the other labels, its last line beside the text', async () => {
    const paragraphs = bodyParagraphs(await exportItem({ presenterTitle: 'Opetus- ja kasvatuslautakunnan puheenjohtaja' }));
    const index = paragraphs.findIndex((paragraph) => textOf(paragraph) === 'Opetus- ja');
    expect(index).toBeGreaterThan(-1);
    const lines = paragraphs.slice(index, index + 3);
    expect(lines.map(textOf)).toEqual(['Opetus- ja', 'kasvatuslautakunnan', expect.stringMatching(/^puheenjohtaja\tLautakunta päättää/u)]);
    for (const line of lines) {
      expect(styleOf(line)).toBeUndefined();
      expect(findAll(line, 'w:b')).toHaveLength(0);
      expect(first(line, 'w:keepNext')).toBeDefined();
    }
    // The label's lines stand at the margin; the last one's text from 4.6 cm, as every label's.
    expect(first(lines[0]!, 'w:ind')).toBeUndefined();
    expect(first(lines[2]!, 'w:ind')?.attrs).toMatchObject({ 'w:left': '2608', 'w:hanging': '2608' });
  });
});

describe('no empty paragraphs', () => {
  it('prints no empty line for an empty opening, empty points, empty list items or headings, in either layout', async () => {
    const empty: Partial<AgendaItem> = {
      proposal: {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: '  ' }] },
          { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: ' ' }] }] }, { type: 'listItem', content: [p('merkitä tiedoksi')] }] },
        ],
      },
      background: {
        type: 'doc',
        content: [
          { type: 'paragraph' },
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: ' ' }] },
          p('Teksti'),
          { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }, { type: 'listItem', content: [p('kohta')] }] },
          { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'hardBreak' }] }] }] },
          { type: 'paragraph', content: [{ type: 'hardBreak' }] },
        ],
      },
      forInformation: ['', '  '],
    };
    for (const layout of ['classic', 'sfs2024'] as const) {
      const paragraphs = bodyParagraphs(await exportItem(empty, layout));
      expect(paragraphs.filter((paragraph) => textOf(paragraph).trim() === '').length, layout).toBe(0);
      expect(paragraphs.map(textOf)).toContain('merkitä tiedoksi');
    }
  });
});
