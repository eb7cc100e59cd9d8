// The small tables of a meeting's cover: attendance, the members to be marked, the list of items.
// A header row repeated on every page (tblHeader), rows never split, group rows shaded across the
// table; the table stands in the text column like the body text.
import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { textRuns } from './inline';
import { styleIds } from './styles';

export interface MeetingColumn {
  title: string;
  /** Share of the table's width; the shares need not add up to anything in particular. */
  share: number;
}

/** A data row (one text per column) or a group row ("Poissa olleet jäsenet") across every column. */
export type MeetingRow = { cells: string[] } | { group: string };

const shade = { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' };

function cell(text: string, width: number, options: { bold?: boolean; shaded?: boolean; span?: number } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.span && options.span > 1 ? { columnSpan: options.span } : {}),
    ...(options.shaded ? { shading: shade } : {}),
    // Word requires a paragraph in every cell; an empty cell (the column to mark) gets one without runs.
    children: [new Paragraph({ style: styleIds.tableText, children: textRuns(text, options.bold ? { bold: true } : {}) })],
  });
}

/** Column widths in twips that add up to `width` exactly (the last column takes the rounding). */
export function shareWidths(columns: MeetingColumn[], width: number): number[] {
  const total = columns.reduce((sum, column) => sum + column.share, 0);
  const widths = columns.map((column) => Math.floor((width * column.share) / total));
  const rest = width - widths.reduce((sum, value) => sum + value, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths.at(-1) ?? 0) + rest;
  return widths;
}

export function meetingTable(columns: MeetingColumn[], rows: MeetingRow[], indent: number, width: number): Table {
  const widths = shareWidths(columns, width);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, index) => cell(column.title, widths[index] ?? 0, { bold: true, shaded: true })),
  });
  const body = rows.map((row) => {
    if ('group' in row) {
      // A group's title stays on the page of its first row.
      return new TableRow({ cantSplit: true, keepNext: true, children: [cell(row.group, width, { bold: true, span: columns.length })] });
    }
    return new TableRow({ cantSplit: true, children: columns.map((_, column) => cell(row.cells[column] ?? '', widths[column] ?? 0)) });
  });
  return new Table({
    rows: [header, ...body],
    columnWidths: widths,
    width: { size: width, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    indent: { size: indent, type: WidthType.DXA },
    margins: { left: 80, right: 80, top: 30, bottom: 30 },
  });
}
