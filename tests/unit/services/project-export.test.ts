import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { centsToFinnishDecimal, exportProjectsCsv } from '../../../electron/services/projects/export-csv';
import { euroFormat, exportProjectsXlsx } from '../../../electron/services/projects/export-xlsx';
import type { Project } from '../../../shared/domain/project';

const project: Project = {
  id: 'a', nameFi: 'Lukuinto; "ääkköset"', nameSv: 'Läslust', area: 'vapaa_sivistystyo', funder: 'EU_ESR', grantType: 'hankeavustus',
  callName: 'Haku', grantedCents: 1250050, ownShareKind: 'percent', ownShareValue: 1550, totalBudgetCents: 100000000, startDate: '2023-08-01',
  endDate: '2024-07-31', partnership: true, scope: 'seudullinen', partners: ['Kannus', 'Kruunupyy'], responsiblePerson: 'Anna', coordinator: 'Laura',
  status: 'kaynnissa', decisionNumber: 'OKM/1/2023', decisionDate: null, reportDueDate: '2024-10-31', description: 'Rivi 1\nRivi 2',
  isSample: true, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z',
};
const today = new Date(2024, 0, 1, 10, 0);

describe('CSV export', () => {
  it('is UTF-8 with BOM, semicolons, Finnish headers, decimal commas and d.m.yyyy', () => {
    const file = exportProjectsCsv([project], today);
    expect(file.fileName).toBe('hankerekisteri-1.1.2024.csv');
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    const bytes = Buffer.from(file.dataBase64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { delimiter: ';', header: true });
    expect(parsed.errors).toEqual([]);
    const row = parsed.data[0]!;
    expect(row.Nimi).toBe('Lukuinto; "ääkköset"');
    expect(row.Vastuualue).toBe('Vapaa sivistystyö (Kokkolan seudun opisto)');
    expect(row.Rahoittaja).toBe('EU / ESR+');
    expect(row['Myönnetty avustus (€)']).toBe('12500,50');
    expect(row['Kokonaisbudjetti (€)']).toBe('1000000,00');
    expect(row['Omarahoitusosuus (%)']).toBe('15,50');
    expect(row['Omarahoitusosuus (€)']).toBe('');
    expect(row.Alkaa).toBe('1.8.2023');
    expect(row['Avustuspäätöksen päivä']).toBe('');
    expect(row.Kumppanit).toBe('Kannus, Kruunupyy');
    expect(row.Tila).toBe('Käynnissä');
    expect(row['Tavoitteet / kuvaus']).toBe('Rivi 1\nRivi 2');
  });

  it('formats cents as Finnish decimals without grouping', () => {
    expect(centsToFinnishDecimal(5)).toBe('0,05');
    expect(centsToFinnishDecimal(-123456)).toBe('-1234,56');
  });
});

describe('XLSX export', () => {
  it('has real numbers and dates, a bold frozen header and an autofilter', async () => {
    const file = await exportProjectsXlsx([project, { ...project, id: 'b', grantedCents: null, startDate: null }], today);
    expect(file.fileName).toBe('hankerekisteri-1.1.2024.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Hankkeet')!;
    expect(sheet.rowCount).toBe(3);
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const col = (name: string) => headers.indexOf(name) + 1;
    expect(sheet.getRow(1).getCell(1).font.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const granted = sheet.getRow(2).getCell(col('Myönnetty avustus (€)'));
    expect(granted.value).toBe(12500.5);
    expect(granted.numFmt).toBe(euroFormat);
    const start = sheet.getRow(2).getCell(col('Alkaa'));
    expect(start.value).toEqual(new Date(Date.UTC(2023, 7, 1)));
    expect(start.numFmt).toBe('d.m.yyyy');
    expect(sheet.getRow(3).getCell(col('Myönnetty avustus (€)')).value).toBeNull();
    expect(sheet.getRow(2).getCell(col('Nimi')).value).toBe('Lukuinto; "ääkköset"');
  });
});
