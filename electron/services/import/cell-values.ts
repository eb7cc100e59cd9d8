// A cell's value as the register takes it: money in cents, a percent in hundredths, dates as ISO,
// yes/no, a list of partners. Text cells are read the Finnish way ("12 500,50 €", "1.3.24"); XLSX
// cells keep Excel's types (a number is a number, a date a date, a bare number in a date column an
// Excel serial date). Each reader returns the value or { error: i18n key }.
import { parseFinnishDate } from '../../../shared/format/date';
import { parseEuros, parsePercent } from '../../../shared/format/money';
import { translate } from '../../../shared/i18n/translate';
import { foldKey } from './normalise';
import type { SheetCell } from './sheet';

export type Read<T> = { value: T } | { error: string };

export function cellText(cell: SheetCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoOfExcelDate(cell);
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell).replace('.', ',');
  return String(cell).trim();
}

/** Excel's dates carry no time zone; exceljs gives them as UTC midnight (plus any time of day). */
function isoOfExcelDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Days since 30.12.1899 (Excel's 1900 system, whose phantom 29.2.1900 only shifts serials below 61). */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2958466) return null;
  const days = Math.floor(serial);
  return new Date(Date.UTC(1899, 11, 30) + days * 86_400_000).toISOString().slice(0, 10);
}

export function readMoney(cell: SheetCell): Read<number> {
  if (typeof cell === 'number') {
    const cents = Math.round(cell * 100);
    return Number.isSafeInteger(cents) ? { value: cents } : { error: 'dataImport.value.money' };
  }
  const parsed = parseEuros(cellText(cell).replace(/^(€|eur)\s*/iu, ''));
  return parsed.ok ? { value: parsed.cents } : { error: 'dataImport.value.money' };
}

/** Hundredths of a percent: "15 %", "15,5", 15 (the register's own export), or 0.15 from a cell formatted as percent (read as "15 %"). */
export function readPercent(cell: SheetCell): Read<number> {
  if (typeof cell === 'number') return { value: Math.round(cell * 100) };
  const parsed = parsePercent(cellText(cell));
  return parsed.ok ? { value: parsed.basisPoints } : { error: 'dataImport.value.percent' };
}

/** `today` decides the century of a two-digit year, as the register's own date fields do. */
export function readDate(cell: SheetCell, today: Date): Read<string> {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { error: 'dataImport.value.date' } : { value: isoOfExcelDate(cell) };
  if (typeof cell === 'number') {
    const iso = excelSerialToIso(cell);
    return iso ? { value: iso } : { error: 'dataImport.value.date' };
  }
  const text = cellText(cell);
  if (/^\d{2,7}([.,]\d+)?$/u.test(text) && !text.includes('.')) {
    const iso = excelSerialToIso(Number(text.replace(',', '.')));
    return iso ? { value: iso } : { error: 'dataImport.value.date' };
  }
  // A date with a time of day, as spreadsheets sometimes save one: "1.3.2024 0:00", "2024-03-01T00:00:00".
  const day = text.replace(/[T\s]+\d{1,2}[:.]\d{2}([:.]\d{2}(\.\d+)?)?Z?$/u, '');
  const fast = fullYearDate(day);
  const iso = fast === null ? parseFinnishDate(day, today) : fast === false ? null : fast;
  return iso ? { value: iso } : { error: 'dataImport.value.date' };
}

/**
 * "1.3.2024" and "2024-03-01", the forms of nearly every cell, read without date-fns: 10,000 rows
 * have some 40,000 dates, and date-fns' parse and format took a second of the 1-second preview.
 * false for such a text that is no date (31.2.2024); null for any other form (a two-digit year),
 * which parseFinnishDate reads.
 */
function fullYearDate(text: string): string | false | null {
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(text);
  const iso = finnish ? null : /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  const [year, month, day] = finnish ? [finnish[3], finnish[2], finnish[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (year === undefined || month === undefined || day === undefined) return null;
  const date = new Date(Date.UTC(2000, Number(month) - 1, Number(day)));
  date.setUTCFullYear(Number(year));
  const result = date.toISOString().slice(0, 10);
  // A day or month out of range (31.2.) rolls over in Date: the round trip tells.
  const expected = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return result === expected && !year.startsWith('0') ? result : false;
}

const yesWords = new Set(['kylla', 'k', 'x', 'yes', 'y', 'true', 'tosi', '1', 'on']);
const noWords = new Set(['ei', 'e', 'no', 'n', 'false', 'epatosi', '0', '']);

let partnershipWords: { yes: string; no: string } | undefined;

/** "Kumppanuushanke" / "Oma hanke" (the app's own words), or yes/no in Finnish or English. */
export function readPartnership(cell: SheetCell): Read<boolean> {
  if (typeof cell === 'boolean') return { value: cell };
  if (typeof cell === 'number') return cell === 1 || cell === 0 ? { value: cell === 1 } : { error: 'dataImport.value.partnership' };
  const key = foldKey(cellText(cell));
  partnershipWords ??= { yes: foldKey(translate('projects.partnership.partnership')), no: foldKey(translate('projects.partnership.own')) };
  if (key === partnershipWords.yes || yesWords.has(key)) return { value: true };
  if (key === partnershipWords.no || noWords.has(key)) return { value: false };
  return { error: 'dataImport.value.partnership' };
}

/** Partners separated by commas, semicolons or line breaks (the export joins them with ", "). */
export function readPartners(cell: SheetCell): string[] {
  return cellText(cell)
    .split(/[,;\n]/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
