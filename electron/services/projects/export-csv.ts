// CSV for Finnish Excel: semicolons, UTF-8 with BOM, decimal commas, d.m.yyyy dates.
import Papa from 'papaparse';
import type { Project } from '../../../shared/domain/project';
import { formatFinnishDate } from '../../../shared/format/date';
import type { ExportFile } from '../../../shared/ipc/define';
import { exportColumns, exportFileName } from './export-columns';
import type { CellValue } from './export-columns';

/** 1250050 → "12500,50": no grouping, so Excel in a Finnish locale reads a number. */
export function centsToFinnishDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${String(Math.floor(abs / 100))},${String(abs % 100).padStart(2, '0')}`;
}

function cellText(cell: CellValue): string {
  switch (cell.kind) {
    case 'text': return cell.value;
    case 'euros': return cell.cents === null ? '' : centsToFinnishDecimal(cell.cents);
    case 'percent': return cell.basisPoints === null ? '' : centsToFinnishDecimal(cell.basisPoints).replace(/,00$/u, '');
    case 'date': return cell.iso === null ? '' : formatFinnishDate(cell.iso);
  }
}

export function projectsToCsv(projects: Project[]): string {
  const fields = exportColumns.map((column) => column.header);
  const data = projects.map((project) => exportColumns.map((column) => cellText(column.cell(project))));
  return Papa.unparse({ fields, data }, { delimiter: ';', newline: '\r\n', quotes: false });
}

export function exportProjectsCsv(projects: Project[], today: Date): ExportFile {
  const bytes = Buffer.from(`\uFEFF${projectsToCsv(projects)}`, 'utf8');
  return { fileName: exportFileName(today, 'csv'), mimeType: 'text/csv;charset=utf-8', dataBase64: bytes.toString('base64') };
}
