// The preview: every data row below the header converted and checked, duplicates of projects in
// the register found (same name ignoring case and spacing, same funder, same start), the list
// values the app does not know counted for the user to map. Pure over the sheet and the keys.
import type { ProjectInput } from '../../../shared/domain/project';
import type { ImportMapping, ImportPreviewRow, ImportUnknownValue } from '../../../shared/domain/register-import';
import type { DuplicateKeyRow } from '../../../db/repositories/import-repository';
import { translate } from '../../../shared/i18n/translate';
import { convertRow, fieldColumnsOf } from './row-values';
import { isEmptyCell } from './sheet';
import type { Sheet } from './sheet';

export interface ConvertedRow extends ImportPreviewRow {
  input: ProjectInput | null;
}

export interface ConvertedSheet {
  rows: ConvertedRow[];
  unknownValues: ImportUnknownValue[];
}

function nameKey(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/gu, ' ');
}

function duplicateKey(name: string, funder: string, startDate: string | null | undefined): string {
  return `${nameKey(name)}\u0000${funder}\u0000${startDate ?? ''}`;
}

export function convertSheet(sheet: Sheet, mapping: ImportMapping, today: Date): ConvertedSheet {
  const columns = fieldColumnsOf(mapping);
  const rows: ConvertedRow[] = [];
  const unknown = new Map<string, ImportUnknownValue>();
  for (let index = mapping.headerRow; index < sheet.rows.length; index += 1) {
    const cells = sheet.rows[index] ?? [];
    if (cells.every((cell) => isEmptyCell(cell))) continue;
    const result = convertRow(cells, index + 1, mapping, columns, today);
    rows.push({ row: index + 1, values: result.values, errors: result.errors, duplicateOf: null, input: result.input });
    for (const { field, value } of result.unknown) {
      const key = `${field}\u0000${value}`;
      const entry = unknown.get(key);
      if (entry) entry.count += 1;
      else unknown.set(key, { field, value, count: 1 });
    }
  }
  markRepeats(rows);
  return { rows, unknownValues: [...unknown.values()] };
}

/**
 * A project written twice in the same file (a copied row in the office's sheet) would be added
 * twice: the later row gets an error naming the first, so the user fixes the file or skips it.
 */
function markRepeats(rows: ConvertedRow[]): void {
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    const { nameFi, funder, startDate } = row.values;
    if (nameFi === undefined || funder === undefined) continue;
    const key = duplicateKey(nameFi, funder, startDate);
    const first = firstRow.get(key);
    if (first === undefined) {
      firstRow.set(key, row.row);
      continue;
    }
    row.errors.push({ row: row.row, column: '', message: translate('dataImport.row.repeatedInFile', { row: first }) });
    row.input = null;
  }
}

/** Marks each row that names a live project by name, funder and start. */
export function markDuplicates(rows: ConvertedRow[], existing: readonly DuplicateKeyRow[]): void {
  const byKey = new Map<string, { id: string; nameFi: string }>();
  for (const project of existing) byKey.set(duplicateKey(project.name_fi, project.funder, project.start_date), { id: project.id, nameFi: project.name_fi });
  for (const row of rows) {
    const { nameFi, funder, startDate } = row.values;
    row.duplicateOf = nameFi !== undefined && funder !== undefined ? (byKey.get(duplicateKey(nameFi, funder, startDate)) ?? null) : null;
  }
}
