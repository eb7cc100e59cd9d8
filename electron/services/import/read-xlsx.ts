// XLSX through exceljs (already the register's export library): the first worksheet with
// content, cells with Excel's own types. A merged title row above the header keeps its text in
// its first cell only, so it never looks like a row of headers; formulas give their result.
import ExcelJS from 'exceljs';
import { fileError } from './import-error';
import { trimSheetRows } from './sheet';
import type { Sheet, SheetCell } from './sheet';

/** "0%", "0.00 %": Excel stores 15 % as 0.15; a quoted "%" (the register's own '0.##" %"') is a plain number. */
function isPercentFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && numFmt.replace(/"[^"]*"/gu, '').includes('%');
}

function plainValue(cell: ExcelJS.Cell): SheetCell {
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    // Read as the text Excel shows, so the percent reader sees "15 %", not 0.15.
    return isPercentFormat(cell.numFmt) ? `${String(Math.round(value * 10_000) / 100).replace('.', ',')} %` : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result: unknown = (value as { result?: unknown }).result;
    if (typeof result === 'number' || typeof result === 'string' || typeof result === 'boolean' || result instanceof Date) return result;
    return null;
  }
  if ('text' in value) return value.text;
  return null;
}

export async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw fileError('dataImport.error.notSpreadsheet');
  }
  // Another zip (a Word file, say) loads as a workbook without sheets.
  if (workbook.worksheets.length === 0) throw fileError('dataImport.error.notSpreadsheet');
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    const rows: SheetCell[][] = [];
    for (let r = 1; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      const cells: SheetCell[] = [];
      for (let c = 1; c <= row.cellCount; c += 1) {
        const cell = row.getCell(c);
        // A merged range's other cells repeat the first one's value in exceljs: blank them.
        cells.push(cell.isMerged && cell.master.address !== cell.address ? null : plainValue(cell));
      }
      rows.push(cells);
    }
    const trimmed = trimSheetRows(rows);
    if (trimmed.length > 0) return { format: 'xlsx', encoding: null, delimiter: null, rows: trimmed };
  }
  throw fileError('dataImport.error.empty');
}
