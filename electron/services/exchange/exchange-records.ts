// What one exchanged record is: a row of its table as stored (column names as in the database, so
// the round trip is exact) with the rows that belong to it (an item's preparers, comments and
// review events; a meeting's sections), read and written with raw statements on the one
// connection, and its content hash: SHA-256 of the canonical JSON without the columns that are
// derived or a machine's own counters and stamps (created_at, updated_at, version, search_text,
// name_sort; created_at because the presets every database makes share ids but not their birth).
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { ExchangeKind } from '../../../shared/domain/exchange';
import { assertNever } from '../../../shared/errors';
import { translate } from '../../../shared/i18n/translate';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export interface ExchangeRecord {
  kind: ExchangeKind;
  row: Row;
  /** Child table → its rows for this record, in a stable order. */
  children: Record<string, Row[]>;
}

interface ChildSpec {
  table: string;
  /** The column naming the parent record. */
  parent: string;
  orderBy: string;
}

export interface KindSpec {
  table: string;
  /** Folder of the record's part in the zip. */
  folder: string;
  children: readonly ChildSpec[];
}

export const kindSpecs: Record<ExchangeKind, KindSpec> = {
  project: { table: 'projects', folder: 'projects', children: [] },
  person: { table: 'people', folder: 'people', children: [] },
  body: { table: 'bodies', folder: 'bodies', children: [] },
  appealText: { table: 'appeal_texts', folder: 'appeal-texts', children: [] },
  item: {
    table: 'agenda_items',
    folder: 'items',
    children: [
      { table: 'item_preparers', parent: 'item_id', orderBy: 'position, person_id' },
      // Parents before replies, so that the rows go back in an order their references allow.
      { table: 'item_comments', parent: 'item_id', orderBy: 'parent_id IS NOT NULL, created_at, id' },
      { table: 'item_review_events', parent: 'item_id', orderBy: 'at, id' },
    ],
  },
  meeting: { table: 'meetings', folder: 'meetings', children: [{ table: 'meeting_sections', parent: 'meeting_id', orderBy: 'position, id' }] },
};

/** The order records are written in: what others refer to first. */
export const writeOrder: readonly ExchangeKind[] = ['body', 'person', 'appealText', 'project', 'item', 'meeting'];

/** Columns left out of the content hash: derived from others, or a machine's own counters and stamps. */
const unhashedColumns = new Set(['created_at', 'updated_at', 'version', 'search_text', 'name_sort']);

function canonicalRow(row: Row): [string, Cell][] {
  return Object.keys(row)
    .filter((column) => !unhashedColumns.has(column))
    .sort()
    .map((column) => [column, row[column] ?? null]);
}

/** SHA-256 (hex) of the record's canonical content: equal for equal content on any machine. */
export function contentHash(record: ExchangeRecord): string {
  const children = Object.keys(record.children)
    .sort()
    .map((table) => [table, (record.children[table] ?? []).map(canonicalRow)]);
  const canonical = JSON.stringify([record.kind, canonicalRow(record.row), children]);
  return createHash('sha256').update(canonical).digest('hex');
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const text = (value: Cell | undefined): string => (typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value));

/** A name for the record in the report and the conflicts list. */
export function titleOf(record: ExchangeRecord): string {
  const { row } = record;
  switch (record.kind) {
    case 'project':
      return text(row.name_fi);
    case 'person':
    case 'body':
    case 'appealText':
      return text(row.name);
    case 'item':
      return text(row.title);
    case 'meeting':
      return translate('exchange.meetingTitle', { body: text(row.body_name), number: text(row.number), year: text(row.year) });
    default:
      return assertNever(record.kind);
  }
}

const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

/** A prepared statement kept per connection: a file of thousands of records reads each kind with the same few. */
function statement(sqlite: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = statements.get(sqlite);
  if (!cache) {
    cache = new Map();
    statements.set(sqlite, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = sqlite.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}

/** The record as stored here, or undefined when this machine does not have it. */
export function readRecord(sqlite: BetterSqlite3.Database, kind: ExchangeKind, id: string): ExchangeRecord | undefined {
  const spec = kindSpecs[kind];
  const row = statement(sqlite, `SELECT * FROM ${spec.table} WHERE id = ?`).get(id) as Row | undefined;
  if (row === undefined) return undefined;
  const children: Record<string, Row[]> = {};
  for (const child of spec.children) {
    children[child.table] = statement(sqlite, `SELECT * FROM ${child.table} WHERE ${child.parent} = ? ORDER BY ${child.orderBy}`).all(id) as Row[];
  }
  return { kind, row, children };
}

const columnCache = new WeakMap<BetterSqlite3.Database, Map<string, Set<string>>>();

/** The table's columns in this database (an incoming row may name no other). */
export function columnsOf(sqlite: BetterSqlite3.Database, table: string): Set<string> {
  let tables = columnCache.get(sqlite);
  if (!tables) {
    tables = new Map();
    columnCache.set(sqlite, tables);
  }
  let columns = tables.get(table);
  if (!columns) {
    columns = new Set((sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((column) => column.name));
    tables.set(table, columns);
  }
  return columns;
}

function insertRow(sqlite: BetterSqlite3.Database, table: string, row: Row): void {
  const columns = Object.keys(row);
  const list = columns.map((column) => `"${column}"`).join(', ');
  statement(sqlite, `INSERT INTO ${table} (${list}) VALUES (${columns.map(() => '?').join(', ')})`).run(...columns.map((column) => row[column] ?? null));
}

/**
 * Writes the record over this machine's copy (or as new): the row with every column it names,
 * its child rows replaced. Column names were checked against the table (checkRecordColumns).
 */
export function writeRecord(sqlite: BetterSqlite3.Database, record: ExchangeRecord): void {
  const spec = kindSpecs[record.kind];
  const id = record.row.id;
  const exists = statement(sqlite, `SELECT 1 FROM ${spec.table} WHERE id = ?`).get(id) !== undefined;
  if (exists) {
    const columns = Object.keys(record.row).filter((column) => column !== 'id');
    statement(sqlite, `UPDATE ${spec.table} SET ${columns.map((column) => `"${column}" = ?`).join(', ')} WHERE id = ?`).run(...columns.map((column) => record.row[column] ?? null), id);
  } else {
    insertRow(sqlite, spec.table, record.row);
  }
  for (const child of spec.children) {
    statement(sqlite, `DELETE FROM ${child.table} WHERE ${child.parent} = ?`).run(id);
    for (const row of record.children[child.table] ?? []) insertRow(sqlite, child.table, row);
  }
}

/** The first column the record names that this database's table lacks, or null. */
export function unknownColumn(sqlite: BetterSqlite3.Database, record: ExchangeRecord): string | null {
  const spec = kindSpecs[record.kind];
  const check = (table: string, row: Row): string | null => {
    const known = columnsOf(sqlite, table);
    return Object.keys(row).find((column) => !known.has(column)) ?? null;
  };
  const own = check(spec.table, record.row);
  if (own !== null) return `${spec.table}.${own}`;
  for (const child of spec.children) {
    for (const row of record.children[child.table] ?? []) {
      const column = check(child.table, row);
      if (column !== null) return `${child.table}.${column}`;
      if (row[child.parent] !== record.row.id) return `${child.table}.${child.parent}`;
    }
  }
  const extra = Object.keys(record.children).find((table) => !spec.children.some((child) => child.table === table));
  return extra ?? null;
}
