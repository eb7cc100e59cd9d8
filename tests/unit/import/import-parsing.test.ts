// The import's readers one by one: decoding, delimiters, cells in Finnish forms, list values
// matched to the app's own labels, headers guessed and the header row found below a title.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { cellText, excelSerialToIso, readDate, readMoney, readPartners, readPartnership, readPercent } from '../../../electron/services/import/cell-values';
import { findHeaderRow, guessColumns, guessField, headerSignature } from '../../../electron/services/import/header-guess';
import { mappedListValue, matchListValue } from '../../../electron/services/import/list-match';
import { decodeCsvBytes, detectDelimiter, readCsv } from '../../../electron/services/import/read-csv';
import { readSheet } from '../../../electron/services/import/read-sheet';
import { trimSheetRows } from '../../../electron/services/import/sheet';
import type { ImportMapping } from '../../../shared/domain/register-import';
import { ServiceError } from '../../../shared/errors';

const today = new Date(Date.UTC(2026, 11, 1));
const value = <T>(read: { value: T } | { error: string }) => ('value' in read ? read.value : read.error);

describe('decoding CSV bytes', () => {
  const text = 'Hanke;Myönnetty\r\nKerho – ääkköset;12 500 €\r\n';
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeCsvBytes(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsvBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toEqual({ text, encoding: 'utf-8' });
  });
  it('reads Windows-1252 with € and – (0x80, 0x96), not as Latin-1', () => {
    const bytes = iconv.encode(text, 'windows-1252');
    expect(bytes.includes(0x80)).toBe(true);
    expect(decodeCsvBytes(bytes)).toEqual({ text, encoding: 'windows-1252' });
  });
  it('reads ISO-8859-15 with € at 0xA4', () => {
    const latin9 = 'Hanke;Myönnetty\r\nKerho;12 500 €\r\n';
    const bytes = iconv.encode(latin9, 'iso-8859-15');
    expect([...bytes].filter((byte) => byte === 0xa4)).toHaveLength(1);
    expect(decodeCsvBytes(bytes)).toEqual({ text: latin9, encoding: 'iso-8859-15' });
  });
});

describe('delimiters', () => {
  it('finds ; , and tab, also below a title line and with decimal commas in the data', () => {
    expect(detectDelimiter('Rekisteri 2024\nHanke;Myönnetty;Alkaa\nA;12 500,50;1.3.2024\n')).toBe(';');
    expect(detectDelimiter('Hanke,Myönnetty,Alkaa\n"A","12 500,50",1.3.2024\n')).toBe(',');
    expect(detectDelimiter('Hanke\tMyönnetty\tAlkaa\nA\t12,5\t1.3.2024\n')).toBe('\t');
  });
  it('refuses a broken quote with its row, an empty file and binary content in Finnish keys', () => {
    const refusal = (text: string) => {
      try {
        readCsv(Buffer.from(text, 'utf8'));
      } catch (error) {
        if (error instanceof ServiceError) return [error.code, error.fields?.[0]?.message, error.fields?.[0]?.params];
      }
      return 'accepted';
    };
    expect(refusal('Hanke;Alkaa\nA;1.3.2024\n"B;1.3.2024\n')).toEqual(['VALIDATION', 'dataImport.error.brokenQuote', { row: 3 }]);
    expect(refusal(' \r\n\r\n')).toEqual(['VALIDATION', 'dataImport.error.empty', {}]);
    expect(refusal('Hanke\u0000;x')).toEqual(['VALIDATION', 'dataImport.error.notSpreadsheet', {}]);
  });
  it('drops empty trailing rows and columns', () => {
    expect(trimSheetRows([['a', null, ''], [null, ' '], ['b'], [], [null]])).toEqual([['a'], [], ['b']]);
  });
});

describe('cells in Finnish forms', () => {
  it('reads money to cents', () => {
    for (const [text, cents] of [['12 500,50', 1250050], ['12 500 €', 1250000], ['12500.5', 1250050], ['12\u00a0500,50\u00a0€', 1250050], ['12\u202f500', 1250000], ['€ 300', 30000], ['12.500,50', 1250050]] as const) {
      expect(value(readMoney(text)), text).toBe(cents);
    }
    expect(value(readMoney(12500.5))).toBe(1250050);
    expect(value(readMoney('paljon'))).toBe('dataImport.value.money');
  });
  it('reads percents to hundredths', () => {
    expect(value(readPercent('15 %'))).toBe(1500);
    expect(value(readPercent('15,5%'))).toBe(1550);
    expect(value(readPercent(20))).toBe(2000);
    expect(value(readPercent('viisi'))).toBe('dataImport.value.percent');
  });
  it('reads dates: d.m.yyyy, d.m.yy, ISO, Excel serials (number or text) and real dates', () => {
    expect(value(readDate('1.3.2024', today))).toBe('2024-03-01');
    expect(value(readDate('01.03.2024', today))).toBe('2024-03-01');
    expect(value(readDate('1.3.24', today))).toBe('2024-03-01');
    expect(value(readDate('2024-03-01', today))).toBe('2024-03-01');
    expect(value(readDate('1.3.2024 0:00', today))).toBe('2024-03-01');
    expect(value(readDate(45352, today))).toBe('2024-03-01');
    expect(value(readDate('45352', today))).toBe('2024-03-01');
    expect(value(readDate(new Date(Date.UTC(2024, 2, 1)), today))).toBe('2024-03-01');
    expect(value(readDate('31.2.2024', today))).toBe('dataImport.value.date');
    expect(value(readDate('ensi vuonna', today))).toBe('dataImport.value.date');
    expect(excelSerialToIso(1)).toBeNull();
    expect(excelSerialToIso(61)).toBe('1900-03-01');
  });
  it('reads partnership and partners', () => {
    expect(value(readPartnership('Kumppanuushanke'))).toBe(true);
    expect(value(readPartnership('Oma hanke'))).toBe(false);
    expect(value(readPartnership('kyllä'))).toBe(true);
    expect(value(readPartnership('ehkä'))).toBe('dataImport.value.partnership');
    expect(readPartners('Kannus, Kruunupyy;  Kokkola\nHimanka')).toEqual(['Kannus', 'Kruunupyy', 'Kokkola', 'Himanka']);
    expect(cellText(12.5)).toBe('12,5');
  });
});

describe('list values', () => {
  it('match the app ids and labels ignoring case, spacing, punctuation, accents and a parenthesised addition', () => {
    expect(matchListValue('funder', 'EU/ESR+')).toBe('EU_ESR');
    expect(matchListValue('funder', 'eu / esr+')).toBe('EU_ESR');
    expect(matchListValue('funder', 'EU_ESR')).toBe('EU_ESR');
    expect(matchListValue('funder', 'Opetushallitus')).toBe('OPH');
    expect(matchListValue('area', 'Vapaa sivistystyö')).toBe('vapaa_sivistystyo');
    expect(matchListValue('area', 'Vapaa sivistystyö (Kokkolan seudun opisto)')).toBe('vapaa_sivistystyo');
    expect(matchListValue('area', 'vapaa sivistystyö (kansalaisopisto)')).toBe('vapaa_sivistystyo');
    expect(matchListValue('status', 'Käynnissä')).toBe('kaynnissa');
    expect(matchListValue('status', 'KÄYNNISSÄ ')).toBe('kaynnissa');
    expect(matchListValue('scope', 'Valtakunnallinen')).toBe('valtakunnallinen');
    expect(matchListValue('funder', 'Kunta')).toBeNull();
    expect(matchListValue('status', 'Käynnissä?')).toBe('kaynnissa');
  });
  it('take the user mapping of an unknown value, compared the same way, and only to a real target', () => {
    const mapping: ImportMapping = { headerRow: 1, columns: [], defaults: {}, valueMappings: [{ field: 'funder', value: 'Kunta', target: 'muu' }, { field: 'status', value: 'X', target: 'bogus' }] };
    expect(mappedListValue(mapping, 'funder', ' kunta ')).toBe('muu');
    expect(mappedListValue(mapping, 'area', 'Kunta')).toBeNull();
    expect(mappedListValue(mapping, 'status', 'X')).toBeNull();
  });
});

describe('headers', () => {
  it('guesses fields from Finnish and English headers and the app labels, units allowed', () => {
    const cases: [string, string | null][] = [
      ['Hanke', 'nameFi'], ['Hankkeen nimi', 'nameFi'], ['Name', 'nameFi'], ['Nimi', 'nameFi'], ['Rahoittaja', 'funder'], ['Funder', 'funder'],
      ['Myönnetty', 'grantedCents'], ['Myönnetty €', 'grantedCents'], ['Myönnetty avustus (€)', 'grantedCents'], ['Granted', 'grantedCents'],
      ['Kokonaisbudjetti', 'totalBudgetCents'], ['Total budget', 'totalBudgetCents'], ['Alkaa', 'startDate'], ['Start', 'startDate'], ['Päättyy', 'endDate'],
      ['End date', 'endDate'], ['Vastuuhenkilö', 'responsiblePerson'], ['Responsible', 'responsiblePerson'], ['Tila', 'status'], ['Omarahoitusosuus (%)', 'ownShareValue'],
      ['Loppuraportti viimeistään', 'reportDueDate'], ['Huomautuksia', null], ['', null],
    ];
    for (const [header, field] of cases) expect(guessField(header), header).toBe(field);
  });
  it('finds the header below merged title rows and gives each field to one column (own share twice: % and €)', () => {
    const rows = [['Sivistystoimen hankkeet 2024'], [], ['Hanke', 'Rahoittaja', 'Nimi', 'Omarahoitusosuus (%)', 'Omarahoitusosuus (€)', 'Muistiinpanot'], ['A', 'OKM']];
    expect(findHeaderRow(rows)).toBe(2);
    expect(guessColumns(rows[2]!).map((column) => column.field)).toEqual(['nameFi', 'funder', null, 'ownShareValue', 'ownShareValue', null]);
    expect(findHeaderRow([['Lukuinto', 'OKM', '12500'], ['Hanke']])).toBeNull();
    expect(headerSignature(['Myönnetty (€)', ' HANKE '])).toBe('myonnetty|hanke');
  });
});

describe('files that are not a register', () => {
  async function refusalOf(bytes: Uint8Array): Promise<string | undefined> {
    try {
      await readSheet(bytes);
    } catch (error) {
      if (error instanceof ServiceError) return error.fields?.[0]?.message;
      throw error;
    }
    return 'accepted';
  }
  it('refuses a Word file (another zip), a truncated XLSX, the old binary XLS and an XLSX with only empty sheets', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document/>');
    expect(await refusalOf(await zip.generateAsync({ type: 'uint8array' }))).toBe('dataImport.error.notSpreadsheet');
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Tyhjä');
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await refusalOf(xlsx)).toBe('dataImport.error.empty');
    expect(await refusalOf(xlsx.subarray(0, xlsx.length / 2))).toBe('dataImport.error.notSpreadsheet');
    expect(await refusalOf(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('dataImport.error.oldExcel');
  });

  it('reads the first sheet with content, formulas by their result, rich text as text', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Ohje');
    const sheet = workbook.addWorksheet('Rekisteri');
    sheet.addRow(['Hanke', 'Myönnetty', 'Kokonaisbudjetti']);
    sheet.addRow([{ richText: [{ text: 'Luku' }, { text: 'into', font: { bold: true } }] }, 100, { formula: 'B2*2', result: 200 }]);
    const read = await readSheet(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(read.rows).toEqual([['Hanke', 'Myönnetty', 'Kokonaisbudjetti'], ['Lukuinto', 100, 200]]);
  });
});
