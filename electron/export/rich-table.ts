// Tables of the editor's JSON → Word tables with fixed column widths (the editor's, else from the
// content: shared/domain/rich-table.ts), each cell's alignment, leading header-cell rows repeated
// on every page (tblHeader) and rows that never split across a page break (cantSplit).
import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { cellPaddingPt, tableColumnWidthsPt, tableGrid } from '../../shared/domain/rich-table';
import type { GridCell } from '../../shared/domain/rich-table';
import type { RichNode } from '../../shared/domain/rich-text';
import { hasPrintableText, tableCellAligns } from '../../shared/domain/rich-text';
import type { TableCellAlign } from '../../shared/domain/rich-text';
import type { BlockContext } from './rich-blocks';
import { richBlocks } from './rich-blocks';
import { styleIds } from './styles';

const cellPadding = cellPaddingPt * 20;
const headerShade = { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' };

function alignOf(node: RichNode): TableCellAlign | undefined {
  const value = node.attrs?.align;
  return tableCellAligns.find((align) => align === value);
}

/** Column widths in twips adding up to the available width (the last column takes the rounding). */
function columnWidths(table: RichNode, available: number): number[] {
  const widths = tableColumnWidthsPt(table, available / 20).map((points) => Math.floor(points * 20));
  const rest = available - widths.reduce((sum, width) => sum + width, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths.at(-1) ?? 0) + rest;
  return widths;
}

function tableCell(cell: GridCell, widths: number[], ctx: BlockContext): TableCell {
  const width = widths.slice(cell.column, cell.column + cell.colspan).reduce((sum, value) => sum + value, 0);
  const header = cell.node.type === 'tableHeader';
  const align = alignOf(cell.node);
  const blocks = richBlocks(cell.node.content, {
    ...ctx,
    indent: 0,
    headingIndent: 0,
    width: width - 2 * cellPadding,
    inCell: true,
    format: header ? { ...ctx.format, bold: true } : ctx.format,
    ...(align ? { align } : {}),
  });
  return new TableCell({
    ...(header ? { shading: headerShade } : {}),
    // Word requires a paragraph in every cell, even an empty one.
    children: blocks.length > 0 ? blocks : [new Paragraph({ style: styleIds.tableText })],
    width: { size: width, type: WidthType.DXA },
    ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
    ...(cell.rowspan > 1 ? { rowSpan: cell.rowspan } : {}),
  });
}

/** The printed paragraphs and headings under a node (a cell's text). */
function printableBlocks(node: RichNode): RichNode[] {
  if (node.type === 'paragraph' || node.type === 'heading') return hasPrintableText(node.content) ? [node] : [];
  return (node.content ?? []).flatMap(printableBlocks);
}

export function tableBlock(node: RichNode, ctx: BlockContext): Table[] {
  const grid = tableGrid(node);
  if (grid.rows.length === 0 || grid.columns === 0) return [];
  const widths = columnWidths(node, ctx.width);
  let leadingHeader = true;
  const tableRows = grid.rows.map((_, rowIndex) => {
    const cells = grid.cells.filter((cell) => cell.row === rowIndex);
    leadingHeader = leadingHeader && cells.every((cell) => cell.node.type === 'tableHeader');
    const children = cells.map((cell) => tableCell(cell, widths, ctx));
    // The review copy: a row added since the compared version is an inserted row.
    const insertion = ctx.review?.rowInsertion(cells.flatMap((cell) => printableBlocks(cell.node))) ?? null;
    return new TableRow({ children, cantSplit: true, ...(leadingHeader ? { tableHeader: true } : {}), ...(insertion ? { insertion } : {}) });
  });
  return [
    new Table({
      rows: tableRows,
      columnWidths: widths,
      width: { size: ctx.width, type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      indent: { size: ctx.indent, type: WidthType.DXA },
      margins: { left: cellPadding, right: cellPadding, top: 40, bottom: 40 },
    }),
  ];
}
