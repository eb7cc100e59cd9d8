// All SQL of the register's import (migration 010): the batches that make an import one undo
// step, the keys duplicates are found by, and whole project rows written and put back as they were.
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely, Selectable } from 'kysely';
import type { Database, ProjectsTable } from '../schema';

type Db = Kysely<Database>;

export type ImportBatchesTable = {
  id: string;
  kind: string;
  file_name: string;
  created_at: string;
  actor_id: string | null;
  actor_name: string;
  report: string;
  undo: string;
  undone_at: string | null;
};

type ImportTables = { import_batches: ImportBatchesTable };

function withBatches(db: Db): Kysely<Database & ImportTables> {
  return db.withTables<ImportTables>();
}

/** A whole projects row, as stored: what an undo writes back. */
export type StoredProjectRow = Selectable<ProjectsTable>;

export interface DuplicateKeyRow {
  id: string;
  name_fi: string;
  funder: string;
  start_date: string | null;
}

/** The fields duplicates are found by, of every live project. */
export async function liveProjectKeys(db: Db): Promise<DuplicateKeyRow[]> {
  return db.selectFrom('projects').select(['id', 'name_fi', 'funder', 'start_date']).where('deleted_at', 'is', null).execute();
}

export async function storedProjectRows(db: Db, ids: readonly string[]): Promise<StoredProjectRow[]> {
  const rows: StoredProjectRow[] = [];
  const chunkSize = 500;
  for (let start = 0; start < ids.length; start += chunkSize) {
    rows.push(...(await db.selectFrom('projects').selectAll().where('id', 'in', ids.slice(start, start + chunkSize)).execute()));
  }
  return rows;
}

/**
 * Many whole rows through one prepared statement on the raw connection, run by the caller inside
 * its (Kysely) transaction on that same connection: for 10,000 rows Kysely's multi-row inserts
 * spent a third of the import building and preparing statements of 29,000 parameters.
 */
export function insertProjectRowsSync(sqlite: BetterSqlite3.Database, rows: readonly StoredProjectRow[]): void {
  const first = rows[0];
  if (!first) return;
  // Column names are the row type's own keys (never user text); values are bound by name.
  const columns = Object.keys(first);
  const statement = sqlite.prepare(`INSERT INTO projects (${columns.join(', ')}) VALUES (${columns.map((column) => `@${column}`).join(', ')})`);
  for (const row of rows) statement.run(row);
}

/** Writes a row back exactly as it was (helper keys and stamps included). */
export async function putBackProjectRow(db: Db, row: StoredProjectRow): Promise<void> {
  const { id, ...columns } = row;
  await db.updateTable('projects').set(columns).where('id', '=', id).execute();
}

export async function deleteProjectRows(db: Db, ids: readonly string[]): Promise<number> {
  let removed = 0;
  const chunkSize = 500;
  for (let start = 0; start < ids.length; start += chunkSize) {
    const result = await db.deleteFrom('projects').where('id', 'in', ids.slice(start, start + chunkSize)).executeTakeFirst();
    removed += Number(result.numDeletedRows);
  }
  return removed;
}

export async function insertImportBatch(db: Db, batch: ImportBatchesTable): Promise<void> {
  await withBatches(db).insertInto('import_batches').values(batch).execute();
}

export async function getImportBatch(db: Db, id: string): Promise<ImportBatchesTable | undefined> {
  return withBatches(db).selectFrom('import_batches').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function markImportBatchUndone(db: Db, id: string, at: string): Promise<boolean> {
  const result = await withBatches(db).updateTable('import_batches').set({ undone_at: at }).where('id', '=', id).where('undone_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
