// Importing the project register from the office's spreadsheet (issue 10): the column mapping,
// the preview of each row and the report. Pure types and names; parsing lives in electron/services/import.
import type { ProjectInput } from './project';

/** The register's fields a spreadsheet column can be mapped to (ProjectInput's keys). */
export const importFieldKeys = [
  'nameFi', 'nameSv', 'area', 'funder', 'grantType', 'callName', 'grantedCents', 'ownShareValue', 'totalBudgetCents',
  'startDate', 'endDate', 'partnership', 'scope', 'partners', 'responsiblePerson', 'coordinator', 'status',
  'decisionNumber', 'decisionDate', 'reportDueDate', 'description',
] as const;
export type ImportFieldKey = (typeof importFieldKeys)[number];

/** Fields whose values are one of the app's own lists: file values are matched to them, unknown ones mapped by the user. */
export const importListFields = ['area', 'funder', 'grantType', 'scope', 'status'] as const;
export type ImportListField = (typeof importListFields)[number];

/**
 * A list field no column fills gets these unless the mapping's defaults say otherwise: most
 * registers never write a grant type or a scope, and "Muu" / "Oma" are what the form starts
 * with. Area, funder and status have no safe guess: a row stays invalid until the user picks.
 * Shared, so that the import screen preselects what the service will use.
 */
export const importBuiltInDefaults: Partial<Record<ImportListField, string>> = { grantType: 'muu', scope: 'oma' };

export interface ImportColumn {
  /** 0-based column of the sheet. */
  index: number;
  /** The header cell as written in the file ("Myönnetty €"). */
  header: string;
  /** The field it fills, or null: the column is not imported. */
  field: ImportFieldKey | null;
}

/** How a file's values map onto the register; remembered per header row for the next file. */
export interface ImportMapping {
  /** 1-based row of the header in the file (merged title rows above it are skipped). */
  headerRow: number;
  columns: ImportColumn[];
  /** A file value of a list field the matcher did not know, mapped by the user to one of the app's values. */
  valueMappings: { field: ImportListField; value: string; target: string }[];
  /** For a list field no column fills (or an empty cell): the value every row gets. */
  defaults: Partial<Record<ImportListField, string>>;
}

export type DuplicateAction = 'update' | 'skip';

export interface ImportRowError {
  /** 1-based row in the file, as the spreadsheet shows it. */
  row: number;
  /** The column's header ("Alkaa"), or '' for the row as a whole. */
  column: string;
  /** Finnish, ready to show. */
  message: string;
}

export interface ImportPreviewRow {
  row: number;
  /** The values as the register would take them; absent where the cell was empty or wrong. */
  values: Partial<ProjectInput>;
  errors: ImportRowError[];
  /** A project already in the register with the same name, funder and start. */
  duplicateOf: { id: string; nameFi: string } | null;
}

export interface ImportUnknownValue {
  field: ImportListField;
  value: string;
  /** How many rows have it. */
  count: number;
}

export interface ImportPreview {
  fileName: string;
  format: 'csv' | 'xlsx';
  /** For CSV: what was detected ("utf-8", "windows-1252"; ";", ",", "\t"). */
  encoding: string | null;
  delimiter: string | null;
  mapping: ImportMapping;
  /** The mapping came from an earlier import with the same headers. */
  mappingRemembered: boolean;
  /**
   * The first few non-empty cells of each column as written in the file (by ImportColumn.index),
   * so that the mapping step shows what a column holds even when it is not imported. Optional:
   * without it the screen shows the parsed values of the columns the mapping imports.
   */
  columnSamples?: { index: number; values: string[] }[];
  rows: ImportPreviewRow[];
  unknownValues: ImportUnknownValue[];
  counts: { rows: number; valid: number; invalid: number; duplicates: number };
}

export interface ImportReportRow {
  row: number;
  action: 'added' | 'updated' | 'skipped';
  projectId: string | null;
  nameFi: string;
  /** Why it was skipped (Finnish): a duplicate the user skipped, an invalid row under skipInvalid. */
  reason: string;
}

/** The CLI's --json prints exactly {added, updated, skipped, errors}; the app shows the rest too. */
export interface ImportReport {
  batchId: string | null;
  fileName: string;
  added: number;
  updated: number;
  skipped: number;
  errors: ImportRowError[];
  rows: ImportReportRow[];
  dryRun: boolean;
}
