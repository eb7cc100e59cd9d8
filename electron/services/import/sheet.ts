// What a spreadsheet is once read, whatever its format: rows of cells. CSV cells are text;
// XLSX cells keep Excel's own types (numbers, dates), so a real date or number is never re-read
// from its displayed text.
export type SheetCell = string | number | boolean | Date | null;

export interface Sheet {
  format: 'csv' | 'xlsx';
  /** CSV only: the detected encoding ("utf-8", "windows-1252", "iso-8859-15") and delimiter. */
  encoding: string | null;
  delimiter: string | null;
  /** rows[r][c], 0-based; trailing empty rows and columns removed. */
  rows: SheetCell[][];
}

export function isEmptyCell(cell: SheetCell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** Drops empty trailing cells of each row and empty rows at the end (Excel leaves both behind). */
export function trimSheetRows(rows: SheetCell[][]): SheetCell[][] {
  const trimmed = rows.map((row) => {
    let end = row.length;
    while (end > 0 && isEmptyCell(row[end - 1])) end -= 1;
    return end === row.length ? row : row.slice(0, end);
  });
  let last = trimmed.length;
  while (last > 0 && (trimmed[last - 1]?.length ?? 0) === 0) last -= 1;
  return trimmed.slice(0, last);
}
