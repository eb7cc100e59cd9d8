// The uploaded file → a Sheet: XLSX by its zip signature (whatever its name), the old binary
// .xls and other binary files refused, anything else read as CSV.
import { fileError } from './import-error';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';
import type { Sheet } from './sheet';

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

export async function readSheet(bytes: Uint8Array): Promise<Sheet> {
  if (bytes.length === 0) throw fileError('dataImport.error.empty');
  if (startsWith(bytes, zipSignature)) return readXlsx(bytes);
  if (startsWith(bytes, oleSignature)) throw fileError('dataImport.error.oldExcel');
  return readCsv(bytes);
}
