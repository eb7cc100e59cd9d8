// CSV as Finnish Excel and LibreOffice save it: UTF-8 with or without a BOM, or the Windows
// "ANSI" code page (Windows-1252) or ISO-8859-15, both with ä, ö and €; semicolons (Excel in a
// Finnish locale), commas or tabs. Decoding: a strict UTF-8 read first (a Latin-1-family file
// with ä is never valid UTF-8), else the single-byte page the bytes point to, through iconv-lite:
// Node's TextDecoder reads "windows-1252" as Latin-1 (€ and – become control characters).
// Parsing: papaparse.
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { fileError } from './import-error';
import { trimSheetRows } from './sheet';
import type { Sheet } from './sheet';

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252' | 'iso-8859-15';
}

export function decodeCsvBytes(bytes: Uint8Array): DecodedText {
  try {
    // fatal: any invalid sequence throws; the BOM, if any, is dropped by the decoder.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // 0x80–0x9F are printable only in Windows-1252 (€ is 0x80 there); ISO-8859-15 has € at 0xA4,
    // where Windows-1252 has the currency sign ¤ that no register writes.
    const hasC1 = bytes.some((byte) => byte >= 0x80 && byte <= 0x9f);
    const encoding = !hasC1 && bytes.includes(0xa4) ? 'iso-8859-15' : 'windows-1252';
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding), encoding };
  }
}

const candidates = [';', ',', '\t'] as const;

/** Delimiters on one line outside quoted text. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char === delimiter) count += 1;
  }
  return count;
}

/**
 * The delimiter that splits the header the most: the most per line among the first lines (title
 * lines above the header have none, a data line's decimal commas fewer than its fields).
 */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r\n|\n|\r/u, 30);
  let best: string = candidates[0];
  let bestCount = 0;
  for (const delimiter of candidates) {
    const most = Math.max(0, ...lines.map((line) => countOutsideQuotes(line, delimiter)));
    if (most > bestCount) {
      best = delimiter;
      bestCount = most;
    }
  }
  return best;
}

export function readCsv(bytes: Uint8Array): Sheet {
  const { text, encoding } = decodeCsvBytes(bytes);
  if (text.includes('\u0000')) throw fileError('dataImport.error.notSpreadsheet');
  if (text.trim() === '') throw fileError('dataImport.error.empty');
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) throw fileError('dataImport.error.brokenQuote', { row: (quoteError.row ?? 0) + 1 });
  const rows = trimSheetRows(parsed.data.map((row) => row.map((cell) => (cell.trim() === '' ? null : cell))));
  if (rows.length === 0) throw fileError('dataImport.error.empty');
  return { format: 'csv', encoding, delimiter, rows };
}
