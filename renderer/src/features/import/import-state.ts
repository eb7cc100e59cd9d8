// The import screen's decisions as pure functions, so that they are tested without a browser:
// which step follows which, the mapping editor (a column's field, defaults, unknown values), the
// duplicates' choices and what "Tuo N hanketta" would write. The service judges every row; this
// only keeps what the user chose between its previews.
import { importListFields } from '../../../../shared/domain/register-import';
import type {
  DuplicateAction,
  ImportFieldKey,
  ImportListField,
  ImportMapping,
  ImportPreview,
  ImportPreviewRow,
  ImportUnknownValue,
} from '../../../../shared/domain/register-import';

export const importSteps = ['file', 'mapping', 'values', 'preview', 'report'] as const;
export type ImportStep = (typeof importSteps)[number];

/**
 * The step after `step`. The unknown values' step only when the file has values of list fields
 * the app does not know (or had, and the user mapped them: they stay editable).
 */
export function nextStep(step: ImportStep, unknowns: readonly ImportUnknownValue[]): ImportStep {
  switch (step) {
    case 'file': return 'mapping';
    case 'mapping': return unknowns.length > 0 ? 'values' : 'preview';
    case 'values': return 'preview';
    case 'preview': return 'report';
    case 'report': return 'report';
  }
}

/** Where "Takaisin" goes; null where there is no way back (the file step; the report, which was written). */
export function previousStep(step: ImportStep, unknowns: readonly ImportUnknownValue[]): ImportStep | null {
  switch (step) {
    case 'file': return null;
    case 'mapping': return 'file';
    case 'values': return 'mapping';
    case 'preview': return unknowns.length > 0 ? 'values' : 'mapping';
    case 'report': return null;
  }
}

/** The steps shown in the step list: the unknown values' step only when there is one. */
export function visibleSteps(unknowns: readonly ImportUnknownValue[]): ImportStep[] {
  return importSteps.filter((step) => step !== 'values' || unknowns.length > 0);
}

// ----- the mapping editor -----

/** The column's field, or null (not imported). Other columns are left as they are: mappingProblems says if a field is taken twice. */
export function setColumnField(mapping: ImportMapping, index: number, field: ImportFieldKey | null): ImportMapping {
  return { ...mapping, columns: mapping.columns.map((column) => (column.index === index ? { ...column, field } : column)) };
}

export type MappingProblem =
  | { kind: 'nameMissing' }
  | { kind: 'fieldTwice'; field: ImportFieldKey; headers: string[] };

/** What keeps the mapping from going on: no column for the name, or one field filled from two columns. */
export function mappingProblems(mapping: ImportMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const byField = new Map<ImportFieldKey, string[]>();
  for (const column of mapping.columns) {
    if (column.field === null) continue;
    byField.set(column.field, [...(byField.get(column.field) ?? []), column.header]);
  }
  if (!byField.has('nameFi')) problems.push({ kind: 'nameMissing' });
  for (const [field, headers] of byField) {
    if (headers.length > 1) problems.push({ kind: 'fieldTwice', field, headers });
  }
  return problems;
}

/** The field the column is mapped to twice (for marking the select), or null. */
export function isFieldTwice(mapping: ImportMapping, field: ImportFieldKey | null): boolean {
  return field !== null && mapping.columns.filter((column) => column.field === field).length > 1;
}

/** List fields no column fills: each gets a value every row takes (mapping.defaults). */
export function listFieldsWithoutColumn(mapping: ImportMapping): ImportListField[] {
  const mapped = new Set(mapping.columns.map((column) => column.field));
  return importListFields.filter((field) => !mapped.has(field));
}

export function setDefault(mapping: ImportMapping, field: ImportListField, value: string | null): ImportMapping {
  const defaults = Object.fromEntries(Object.entries(mapping.defaults).filter(([key]) => key !== field));
  return { ...mapping, defaults: value === null ? defaults : { ...defaults, [field]: value } };
}

// ----- unknown values of list fields -----

const sameValue = (a: { field: ImportListField; value: string }, b: { field: ImportListField; value: string }) => a.field === b.field && a.value === b.value;

/** The app's value the user chose for a file value, or null. */
export function valueTarget(mapping: ImportMapping, field: ImportListField, value: string): string | null {
  return mapping.valueMappings.find((entry) => sameValue(entry, { field, value }))?.target ?? null;
}

export function setValueMapping(mapping: ImportMapping, field: ImportListField, value: string, target: string | null): ImportMapping {
  const rest = mapping.valueMappings.filter((entry) => !sameValue(entry, { field, value }));
  return { ...mapping, valueMappings: target === null ? rest : [...rest, { field, value, target }] };
}

/**
 * The unknown values the values step lists after a new preview. A preview made with the user's
 * value mappings no longer reports the values they mapped, yet those must stay on the list (to be
 * changed); values of a field no column fills any more are dropped, with their mappings.
 */
export function mergeUnknowns(seen: readonly ImportUnknownValue[], latest: readonly ImportUnknownValue[], mapping: ImportMapping): ImportUnknownValue[] {
  const mappedFields = new Set(mapping.columns.map((column) => column.field));
  const kept = seen.filter((entry) => mappedFields.has(entry.field) && valueTarget(mapping, entry.field, entry.value) !== null && !latest.some((next) => sameValue(next, entry)));
  const merged = [...kept, ...latest];
  return importListFields.flatMap((field) => merged.filter((entry) => entry.field === field));
}

/** The value mappings of fields no column fills any more are dropped, so that the service is not sent stale ones. */
export function pruneValueMappings(mapping: ImportMapping): ImportMapping {
  const mappedFields = new Set(mapping.columns.map((column) => column.field));
  return { ...mapping, valueMappings: mapping.valueMappings.filter((entry) => mappedFields.has(entry.field)) };
}

export function unmappedUnknowns(unknowns: readonly ImportUnknownValue[], mapping: ImportMapping): ImportUnknownValue[] {
  return unknowns.filter((entry) => valueTarget(mapping, entry.field, entry.value) === null);
}

// ----- duplicates and what the import would write -----

/** Row number → the user's choice for a duplicate row. */
export type DuplicateChoices = Readonly<Record<number, DuplicateAction>>;

/** Every duplicate of the preview with the user's earlier choice for its row, or 'skip': nothing is overwritten unless asked. */
export function duplicateChoices(preview: ImportPreview, previous: DuplicateChoices): DuplicateChoices {
  const choices: Record<number, DuplicateAction> = {};
  for (const row of preview.rows) {
    if (row.duplicateOf !== null) choices[row.row] = previous[row.row] ?? 'skip';
  }
  return choices;
}

export function chooseDuplicate(choices: DuplicateChoices, row: number, action: DuplicateAction): DuplicateChoices {
  return { ...choices, [row]: action };
}

export function chooseAllDuplicates(choices: DuplicateChoices, action: DuplicateAction): DuplicateChoices {
  return Object.fromEntries(Object.keys(choices).map((row) => [row, action]));
}

/** The channel's duplicateActions (string keys). */
export function toDuplicateActions(choices: DuplicateChoices): Record<string, DuplicateAction> {
  return Object.fromEntries(Object.entries(choices).map(([row, action]) => [row, action]));
}

export interface ImportPlan {
  add: number;
  update: number;
  /** Duplicates the user skips. */
  skipDuplicates: number;
  invalid: number;
  /** Projects "Tuo N hanketta" writes. */
  total: number;
  /** Invalid rows without "Ohita virheelliset rivit": the service would refuse the whole file. */
  blocked: boolean;
}

/** What the import would do with the preview's rows as chosen; the service's report is the final word. */
export function importPlan(preview: ImportPreview, choices: DuplicateChoices, skipInvalid: boolean): ImportPlan {
  let add = 0;
  let update = 0;
  let skipDuplicates = 0;
  let invalid = 0;
  for (const row of preview.rows) {
    if (row.errors.length > 0) invalid += 1;
    else if (row.duplicateOf === null) add += 1;
    else if ((choices[row.row] ?? 'skip') === 'update') update += 1;
    else skipDuplicates += 1;
  }
  return { add, update, skipDuplicates, invalid, total: add + update, blocked: invalid > 0 && !skipInvalid };
}

// ----- the preview's rows, a page at a time -----

export const rowFilters = ['all', 'errors', 'duplicates'] as const;
export type RowFilter = (typeof rowFilters)[number];

export function filterRows(rows: readonly ImportPreviewRow[], filter: RowFilter): readonly ImportPreviewRow[] {
  switch (filter) {
    case 'all': return rows;
    case 'errors': return rows.filter((row) => row.errors.length > 0);
    case 'duplicates': return rows.filter((row) => row.duplicateOf !== null);
  }
}

/** 10,000 rows are shown a page at a time: a real table of 50 rows stays quick and readable by a screen reader. */
export const pageSize = 50;

export function pageCount(total: number, size = pageSize): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The page (0-based, clamped to the last one) of the list. */
export function pageOf<T>(rows: readonly T[], page: number, size = pageSize): { rows: readonly T[]; page: number; first: number } {
  const last = pageCount(rows.length, size) - 1;
  const current = Math.min(Math.max(0, page), last);
  return { rows: rows.slice(current * size, (current + 1) * size), page: current, first: current * size };
}
