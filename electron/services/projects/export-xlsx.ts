// XLSX with real numbers (€ format) and real dates, a bold frozen header row and an autofilter.
import ExcelJS from 'exceljs';
import type { Project } from '../../../shared/domain/project';
import type { ExportFile } from '../../../shared/ipc/define';
import { translate } from '../../../shared/i18n/translate';
import { exportColumns, exportFileName } from './export-columns';
import type { CellValue } from './export-columns';

export const euroFormat = '#,##0.00 "€"';
export const percentFormat = '0.##" %"';
export const dateFormat = 'd.m.yyyy';

function cellValue(cell: CellValue): ExcelJS.CellValue {
  switch (cell.kind) {
    case 'text': return cell.value;
    case 'euros': return cell.cents === null ? null : cell.cents / 100;
    case 'percent': return cell.basisPoints === null ? null : cell.basisPoints / 100;
    case 'date': {
      if (cell.iso === null) return null;
      const [year, month, day] = cell.iso.split('-').map(Number);
      // Excel dates have no time zone; exceljs converts from UTC.
      return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
    }
  }
}

function numberFormat(cell: CellValue): string | undefined {
  switch (cell.kind) {
    case 'euros': return euroFormat;
    case 'percent': return percentFormat;
    case 'date': return dateFormat;
    case 'text': return undefined;
  }
}

export async function projectsToXlsx(projects: Project[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pykälä';
  const sheet = workbook.addWorksheet(translate('projects.export.sheetName'), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = exportColumns.map((column) => ({ header: column.header, width: column.width }));
  sheet.getRow(1).font = { bold: true };
  for (const project of projects) {
    const cells = exportColumns.map((column) => column.cell(project));
    const row = sheet.addRow(cells.map(cellValue));
    cells.forEach((cell, index) => {
      const format = numberFormat(cell);
      if (format) row.getCell(index + 1).numFmt = format;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: exportColumns.length } };
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}

export async function exportProjectsXlsx(projects: Project[], today: Date): Promise<ExportFile> {
  const data = await projectsToXlsx(projects);
  return {
    fileName: exportFileName(today, 'xlsx'),
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    dataBase64: data.toString('base64'),
  };
}
