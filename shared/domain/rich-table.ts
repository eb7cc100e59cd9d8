// A rich-text table as a grid, and its column widths on the page. The validation (at input), the
// Word export and the preview read tables through this one module, so a span the grid cannot
// hold is refused before it is stored, and both printouts size the columns alike.
import { assertNever } from '../errors';
import type { LiveValueAttrs, RichNode } from './rich-text';
import { charWidth } from './text-measure';

/** Word's limit: a table has at most 63 columns. */
export const maxTableColumns = 63;

export interface GridCell {
  node: RichNode;
  row: number;
  column: number;
  colspan: number;
  /** Clamped to the rows the table has. */
  rowspan: number;
}

export interface TableGrid {
  rows: RichNode[];
  columns: number;
  cells: GridCell[];
  /** A cell spans further down than the table has rows. */
  overlongRowspan: boolean;
  /** A cell spans into a place another cell already covers. */
  collision: boolean;
}

export function isTableCell(node: RichNode): boolean {
  return node.type === 'tableCell' || node.type === 'tableHeader';
}

function spanOf(node: RichNode, name: 'colspan' | 'rowspan'): number {
  const value = node.attrs?.[name];
  return typeof value === 'number' && Number.isInteger(value) && value > 1 ? value : 1;
}

/** Where each cell stands, as ProseMirror's TableMap places them: a cell takes the first free column of its row. */
export function tableGrid(table: RichNode): TableGrid {
  const rows = (table.content ?? []).filter((row) => (row.content ?? []).some(isTableCell));
  const taken = rows.map(() => new Set<number>());
  const cells: GridCell[] = [];
  let columns = 0;
  let overlongRowspan = false;
  let collision = false;
  rows.forEach((row, rowIndex) => {
    let column = 0;
    for (const node of (row.content ?? []).filter(isTableCell)) {
      while (taken[rowIndex]?.has(column)) column += 1;
      const colspan = spanOf(node, 'colspan');
      const wanted = spanOf(node, 'rowspan');
      const rowspan = Math.min(wanted, rows.length - rowIndex);
      if (rowspan < wanted) overlongRowspan = true;
      for (let r = rowIndex; r < rowIndex + rowspan; r += 1) {
        for (let c = column; c < column + colspan; c += 1) {
          if (taken[r]?.has(c)) collision = true;
          taken[r]?.add(c);
        }
      }
      cells.push({ node, row: rowIndex, column, colspan, rowspan });
      column += colspan;
      columns = Math.max(columns, column);
    }
  });
  return { rows, columns, cells, overlongRowspan, collision };
}

/** What is wrong with a table's shape, if anything (validation.richText.* keys name these). */
export function tableShapeProblem(table: RichNode): 'tableTooWide' | 'tableSpans' | null {
  const grid = tableGrid(table);
  if (grid.columns > maxTableColumns) return 'tableTooWide';
  if (grid.overlongRowspan || grid.collision) return 'tableSpans';
  return null;
}

/** The measures of table text, as styled by the export (electron/export/styles.ts, rich-table.ts). */
export const tableTextPt = 10;
export const cellPaddingPt = 5;
/** One list level inside a cell indents its text this much (the export's listStep, 425 twips). */
const listIndentPt = 21.25;
/** Room for rounding between these metrics and a word processor's layout. */
const slackPt = 3;

/** Where a line may break: after white space (no-break space excluded) and after hyphens and dashes. */
const spaces = new Set([0x09, 0x0a, 0x0d, 0x20, 0x2002, 0x2003, 0x2009, 0x200b]);
const hyphens = new Set([0x2d, 0x2010, 0x2013, 0x2014, 0xad]);

interface Measure {
  /** The widest piece no line can break inside. */
  min: number;
  /** The widest line when nothing needs to wrap. */
  max: number;
}

function liveText(node: RichNode): string {
  const attrs = node.attrs as Partial<LiveValueAttrs> | undefined;
  return attrs?.frozenText ?? attrs?.text ?? '';
}

/** Lines of a cell's text with their boldness per character; header cells and headings print bold. */
function measureCell(cell: RichNode): Measure {
  const measure: Measure = { min: 0, max: 0 };
  let line = 0;
  let piece = 0;
  let indent = 0;
  const endPiece = () => {
    measure.min = Math.max(measure.min, indent + piece);
    piece = 0;
  };
  const endLine = () => {
    endPiece();
    measure.max = Math.max(measure.max, indent + line);
    line = 0;
  };
  const addText = (text: string, bold: boolean) => {
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      const width = (charWidth(code, bold) * tableTextPt) / 1000;
      line += width;
      if (spaces.has(code)) endPiece();
      else {
        piece += width;
        if (hyphens.has(code)) endPiece();
      }
    }
  };
  const walk = (nodes: readonly RichNode[] | undefined, bold: boolean, level: number) => {
    for (const node of nodes ?? []) {
      switch (node.type) {
        case 'text':
          addText(node.text ?? '', bold || (node.marks ?? []).some((mark) => mark.type === 'bold'));
          break;
        case 'liveValue':
          addText(liveText(node), bold || (node.marks ?? []).some((mark) => mark.type === 'bold'));
          break;
        case 'hardBreak':
          endLine();
          break;
        case 'paragraph':
        case 'heading':
          indent = level * listIndentPt;
          walk(node.content, bold || node.type === 'heading', level);
          endLine();
          break;
        case 'bulletList':
        case 'orderedList':
          walk(node.content, bold, level + 1);
          break;
        case 'doc':
        case 'listItem':
        case 'table':
        case 'tableRow':
        case 'tableHeader':
        case 'tableCell':
          walk(node.content, bold, level);
          break;
        default:
          assertNever(node.type);
      }
    }
  };
  walk(cell.content, cell.type === 'tableHeader', 0);
  endLine();
  const extra = 2 * cellPaddingPt + slackPt;
  return { min: measure.min + extra, max: measure.max + extra };
}

/** The editor's pixel widths, one per column, when every column has one (a resized table). */
function editorWidths(grid: TableGrid): number[] | null {
  const widths: (number | undefined)[] = Array.from({ length: grid.columns }, () => undefined);
  for (const cell of grid.cells) {
    const colwidth = cell.node.attrs?.colwidth;
    if (!Array.isArray(colwidth)) continue;
    for (let index = 0; index < cell.colspan; index += 1) {
      const width: unknown = colwidth[index];
      if (widths[cell.column + index] === undefined && typeof width === 'number' && width > 0) widths[cell.column + index] = width;
    }
  }
  return widths.every((width): width is number => width !== undefined) ? widths : null;
}

/** Spreads what a spanning cell needs beyond its columns' own measure over those columns evenly. */
function spreadSpans(grid: TableGrid, measures: Map<GridCell, Measure>, columns: Measure[]): void {
  for (const cell of grid.cells.filter((candidate) => candidate.colspan > 1)) {
    const own = measures.get(cell);
    const spanned = columns.slice(cell.column, cell.column + cell.colspan);
    if (!own || spanned.length === 0) continue;
    for (const key of ['min', 'max'] as const) {
      const deficit = own[key] - spanned.reduce((sum, column) => sum + column[key], 0);
      if (deficit > 0) for (const column of spanned) column[key] += deficit / spanned.length;
    }
  }
}

/**
 * Column widths in points, adding up to availablePt. The editor's widths (dragged in the editor)
 * scaled to the text column; else widths from the content, as a browser sizes an automatic table:
 * every column gets at least its longest unbreakable word (so "Erityistehtävät" is never split
 * while the words can fit), the rest of the room goes to the columns with more text; when even the
 * words cannot all fit, every column shrinks in proportion to its longest word.
 */
export function tableColumnWidthsPt(table: RichNode, availablePt: number): number[] {
  const grid = tableGrid(table);
  if (grid.columns === 0) return [];
  const fromEditor = editorWidths(grid);
  if (fromEditor) {
    const total = fromEditor.reduce((sum, width) => sum + width, 0);
    return fromEditor.map((width) => (width / total) * availablePt);
  }
  const empty = 2 * cellPaddingPt + tableTextPt;
  const columns: Measure[] = Array.from({ length: grid.columns }, () => ({ min: empty, max: empty }));
  const measures = new Map(grid.cells.map((cell) => [cell, measureCell(cell.node)]));
  for (const cell of grid.cells.filter((candidate) => candidate.colspan === 1)) {
    const own = measures.get(cell);
    const column = columns[cell.column];
    if (!own || !column) continue;
    column.min = Math.max(column.min, own.min);
    column.max = Math.max(column.max, own.max);
  }
  spreadSpans(grid, measures, columns);
  for (const column of columns) column.max = Math.max(column.max, column.min);
  const sumMin = columns.reduce((sum, column) => sum + column.min, 0);
  const sumMax = columns.reduce((sum, column) => sum + column.max, 0);
  if (sumMax <= availablePt) return columns.map((column) => (column.max / sumMax) * availablePt);
  if (sumMin <= availablePt) {
    const room = availablePt - sumMin;
    return columns.map((column) => column.min + (room * (column.max - column.min)) / (sumMax - sumMin));
  }
  return columns.map((column) => (column.min / sumMin) * availablePt);
}
