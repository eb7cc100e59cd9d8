// Tables of the editor's JSON → Word tables with fixed column widths, leading header-cell rows
// repeated on every page (tblHeader) and rows that never split across a page break (cantSplit).
import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { RichNode } from '../../shared/domain/rich-text';
import type { BlockContext } from './rich-blocks';
import { richBlocks } from './rich-blocks';
import { styleIds } from './styles';

const cellPadding = 100;
const headerShade = { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' };

function span(node: RichNode, name: 'colspan' | 'rowspan'): number {
  const value = node.attrs?.[name];
  return typeof value === 'number' && Number.isInteger(value) && value > 1 ? Math.min(value, 63) : 1;
}

function isCell(node: RichNode): boolean {
  return node.type === 'tableCell' || node.type === 'tableHeader';
}

/** Column widths in twips: the editor's pixel widths scaled to the available width, else equal columns. */
function columnWidths(rows: RichNode[], columns: number, available: number): number[] {
  const first = (rows[0]?.content ?? []).filter(isCell);
  const pixels: number[] = [];
  for (const cell of first) {
    const widths = cell.attrs?.colwidth;
    if (!Array.isArray(widths)) break;
    for (const width of widths) if (typeof width === 'number' && width > 0) pixels.push(width);
  }
  const base = pixels.length === columns ? pixels : Array.from({ length: columns }, () => 1);
  const total = base.reduce((sum, value) => sum + value, 0);
  return base.map((value) => Math.max(300, Math.floor((value / total) * available)));
}

export function tableBlock(node: RichNode, ctx: BlockContext): Table[] {
  const rows = (node.content ?? []).filter((row) => (row.content ?? []).some(isCell));
  const columns = Math.max(0, ...rows.map((row) => (row.content ?? []).filter(isCell).reduce((sum, cell) => sum + span(cell, 'colspan'), 0)));
  if (rows.length === 0 || columns === 0) return [];
  const widths = columnWidths(rows, columns, ctx.width);
  let leadingHeader = true;
  const tableRows = rows.map((row) => {
    const cells = (row.content ?? []).filter(isCell);
    leadingHeader = leadingHeader && cells.every((cell) => cell.type === 'tableHeader');
    let column = 0;
    const children = cells.map((cell) => {
      const colSpan = span(cell, 'colspan');
      const width = widths.slice(column, column + colSpan).reduce((sum, value) => sum + value, 0);
      column += colSpan;
      const header = cell.type === 'tableHeader';
      const blocks = richBlocks(cell.content, {
        ...ctx,
        indent: 0,
        headingIndent: 0,
        width: width - 2 * cellPadding,
        inCell: true,
        format: header ? { ...ctx.format, bold: true } : ctx.format,
      });
      return new TableCell({
        ...(header ? { shading: headerShade } : {}),
        // Word requires a paragraph in every cell, even an empty one.
        children: blocks.length > 0 ? blocks : [new Paragraph({ style: styleIds.tableText })],
        width: { size: width, type: WidthType.DXA },
        ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
        ...(span(cell, 'rowspan') > 1 ? { rowSpan: span(cell, 'rowspan') } : {}),
      });
    });
    return new TableRow({ children, cantSplit: true, ...(leadingHeader ? { tableHeader: true } : {}) });
  });
  return [
    new Table({
      rows: tableRows,
      columnWidths: widths,
      width: { size: widths.reduce((sum, value) => sum + value, 0), type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      indent: { size: ctx.indent, type: WidthType.DXA },
      margins: { left: cellPadding, right: cellPadding, top: 40, bottom: 40 },
    }),
  ];
}
