// The mapping step's examples (import-ui): the first few non-empty cells under the header of
// every column, as text the way a spreadsheet shows them, so that a column the guess left out
// can be recognised and mapped by hand. Pure over the sheet.
import { formatFinnishDate } from '../../../shared/format/date';
import type { ImportMapping } from '../../../shared/domain/register-import';
import { isEmptyCell } from './sheet';
import type { Sheet, SheetCell } from './sheet';

const maxSamples = 3;
const maxSampleLength = 80;

function cellText(cell: SheetCell): string {
  if (cell instanceof Date) {
    // exceljs gives a date cell as midnight UTC of its day.
    const iso = cell.toISOString().slice(0, 10);
    return formatFinnishDate(iso);
  }
  if (typeof cell === 'number') return cell.toLocaleString('fi-FI', { maximumFractionDigits: 6 });
  const text = String(cell).trim();
  return text.length > maxSampleLength ? `${text.slice(0, maxSampleLength - 1)}…` : text;
}

export function columnSamples(sheet: Sheet, mapping: ImportMapping): { index: number; values: string[] }[] {
  const below = sheet.rows.slice(mapping.headerRow);
  return mapping.columns.map((column) => {
    const values: string[] = [];
    for (const row of below) {
      const cell = row[column.index];
      if (cell === undefined || isEmptyCell(cell)) continue;
      values.push(cellText(cell));
      if (values.length === maxSamples) break;
    }
    return { index: column.index, values };
  });
}
