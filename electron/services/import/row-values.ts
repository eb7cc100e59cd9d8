// One data row of the sheet → the project it describes (ProjectInput), its errors in Finnish with
// the column they belong to, and the list values the app does not know. Validation is the
// register's own (projectInputSchema), so an imported project obeys exactly the form's rules.
import { projectInputSchema } from '../../../shared/domain/project';
import type { ProjectInput } from '../../../shared/domain/project';
import { importBuiltInDefaults, importListFields } from '../../../shared/domain/register-import';
import type { ImportFieldKey, ImportListField, ImportMapping, ImportRowError } from '../../../shared/domain/register-import';
import { translate } from '../../../shared/i18n/translate';
import { cellText, readDate, readMoney, readPartners, readPartnership, readPercent } from './cell-values';
import type { Read } from './cell-values';
import { isListValue, mappedListValue, matchListValue } from './list-match';
import { isEmptyCell } from './sheet';
import type { SheetCell } from './sheet';

/** The defaults of list fields no column fills (shared with the import screen, which preselects them). */
export const builtInDefaults = importBuiltInDefaults;

export interface RowResult {
  values: Partial<ProjectInput>;
  /** Set when the row is valid: exactly what would be written. */
  input: ProjectInput | null;
  errors: ImportRowError[];
  unknown: { field: ImportListField; value: string }[];
}

type MoneyField = 'grantedCents' | 'totalBudgetCents';
type DateField = 'startDate' | 'endDate' | 'decisionDate' | 'reportDueDate';
type TextField = 'nameFi' | 'nameSv' | 'callName' | 'responsiblePerson' | 'coordinator' | 'decisionNumber' | 'description';

const moneyFields: readonly MoneyField[] = ['grantedCents', 'totalBudgetCents'];
const dateFields: readonly DateField[] = ['startDate', 'endDate', 'decisionDate', 'reportDueDate'];
const textFields: readonly TextField[] = ['nameFi', 'nameSv', 'callName', 'responsiblePerson', 'coordinator', 'decisionNumber', 'description'];

/** A field's label in the app ("Vastuualue"), for errors of a field no column fills. */
export function fieldLabel(field: ImportFieldKey): string {
  return translate(`projects.field.${field === 'ownShareValue' ? 'ownShare' : field}`);
}

/** The mapped columns of each field, in the sheet's order. */
export type FieldColumns = Map<ImportFieldKey, { index: number; header: string }[]>;

export function fieldColumnsOf(mapping: ImportMapping): FieldColumns {
  const columns: FieldColumns = new Map();
  for (const column of mapping.columns) {
    if (column.field === null) continue;
    const list = columns.get(column.field) ?? [];
    list.push({ index: column.index, header: column.header });
    columns.set(column.field, list);
  }
  return columns;
}

/** The column header ("Alkaa") for a field's error; the field's label when no column fills it. */
function columnOf(columns: FieldColumns, field: string): string {
  // ownShareKind, the one schema key no column fills, is told by the own share's column.
  const key = (field === 'ownShareKind' ? 'ownShareValue' : field) as ImportFieldKey;
  return columns.get(key)?.[0]?.header ?? fieldLabel(key);
}

export function convertRow(row: readonly SheetCell[], rowNumber: number, mapping: ImportMapping, columns: FieldColumns, today: Date): RowResult {
  const values: Partial<ProjectInput> = {};
  const errors: ImportRowError[] = [];
  const unknown: RowResult['unknown'] = [];
  const fail = (header: string, key: string, params: Record<string, string | number> = {}) => errors.push({ row: rowNumber, column: header, message: translate(key, params) });
  /** The first non-empty cell of the field's columns, with its column. */
  const cellOf = (field: ImportFieldKey): { cell: SheetCell; header: string } | null => {
    for (const column of columns.get(field) ?? []) {
      const cell = row[column.index] ?? null;
      if (!isEmptyCell(cell)) return { cell, header: column.header };
    }
    return null;
  };
  const take = <T>(found: { header: string }, read: Read<T>, set: (value: T) => void) => {
    if ('value' in read) set(read.value);
    else fail(found.header, read.error);
  };

  for (const field of textFields) {
    const found = cellOf(field);
    values[field] = found ? cellText(found.cell) : '';
  }
  for (const field of moneyFields) {
    const found = cellOf(field);
    values[field] = null;
    if (found) take(found, readMoney(found.cell), (cents) => (values[field] = cents));
  }
  for (const field of dateFields) {
    const found = cellOf(field);
    values[field] = null;
    if (found) take(found, readDate(found.cell, today), (iso) => (values[field] = iso));
  }
  values.ownShareKind = 'percent';
  values.ownShareValue = null;
  const share = cellOf('ownShareValue');
  if (share) {
    // A column headed in euros, or a value written with €, is an amount; otherwise a percent.
    const euros = /€|eur/iu.test(share.header) || (typeof share.cell === 'string' && share.cell.includes('€'));
    values.ownShareKind = euros ? 'euros' : 'percent';
    take(share, euros ? readMoney(share.cell) : readPercent(share.cell), (value) => (values.ownShareValue = value));
  }
  const partnership = cellOf('partnership');
  values.partnership = false;
  if (partnership) take(partnership, readPartnership(partnership.cell), (value) => (values.partnership = value));
  const partners = cellOf('partners');
  values.partners = partners ? readPartners(partners.cell) : [];

  for (const field of importListFields) {
    const found = cellOf(field);
    if (!found) {
      const fallback = mapping.defaults[field] ?? builtInDefaults[field];
      if (fallback !== undefined && isListValue(field, fallback)) values[field] = fallback as never;
      else fail(columnOf(columns, field), 'dataImport.row.listMissing', { field: fieldLabel(field) });
      continue;
    }
    const text = cellText(found.cell);
    const value = matchListValue(field, text) ?? mappedListValue(mapping, field, text);
    if (value !== null) values[field] = value as never;
    else {
      unknown.push({ field, value: text });
      fail(found.header, 'dataImport.row.unknownValue', { value: text, field: fieldLabel(field) });
    }
  }

  const parsed = projectInputSchema.safeParse(values);
  if (parsed.success) return { values: parsed.data, input: errors.length === 0 ? parsed.data : null, errors, unknown };
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    // List fields are reported above; the schema's own English for them would say the same again.
    if ((importListFields as readonly string[]).includes(field)) continue;
    const key = issue.message.startsWith('validation.') ? issue.message : 'dataImport.row.invalidValue';
    fail(columnOf(columns, field), key);
  }
  return { values, input: null, errors, unknown };
}
