// What a database holds, read with plain SQL that works at any schema version a backup may have
// (a pre-migration copy is one version behind): the counts the list shows, the fingerprint that
// says whether anything changed since the last backup, and the preview before a restore.
import { createHash } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { BackupCounts } from '../../../shared/domain/backup';

type Reader = Pick<BetterSqlite3.Database, 'prepare' | 'pragma'>;

function quoted(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function tableNames(db: Reader, schema = 'main'): string[] {
  return db.prepare(`SELECT name FROM ${quoted(schema)}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`).pluck().all() as string[];
}

function columnsOf(db: Reader, table: string, schema: string): Set<string> {
  return new Set((db.prepare(`SELECT name FROM pragma_table_info(?, ?)`).pluck().all(table, schema) as string[]));
}

/** Rows not deleted (the bin is not what the user counts); 0 for a table the copy's version lacks. */
function liveCount(db: Reader, tables: Set<string>, table: string, schema: string): number {
  if (!tables.has(table)) return 0;
  const where = columnsOf(db, table, schema).has('deleted_at') ? ' WHERE deleted_at IS NULL' : '';
  return db.prepare(`SELECT count(*) FROM ${quoted(schema)}.${quoted(table)}${where}`).pluck().get() as number;
}

export function countsOf(db: Reader, schema = 'main'): BackupCounts {
  const tables = new Set(tableNames(db, schema));
  return {
    projects: liveCount(db, tables, 'projects', schema),
    items: liveCount(db, tables, 'agenda_items', schema),
    meetings: liveCount(db, tables, 'meetings', schema),
    people: liveCount(db, tables, 'people', schema),
  };
}

/**
 * The database's state in a few bytes: per table its row count and newest updated_at, plus the
 * schema version. Every save stamps updated_at and every delete changes a count, so an unchanged
 * fingerprint means nothing worth a new copy happened. Read in one transaction: one state.
 */
export function fingerprintOf(db: Reader): string {
  const hash = createHash('sha256');
  const read = () => {
    hash.update(`v${String(db.pragma('user_version', { simple: true }))}\n`);
    for (const table of tableNames(db)) {
      const stamp = columnsOf(db, table, 'main').has('updated_at') ? ', max(updated_at)' : '';
      const row = db.prepare(`SELECT count(*)${stamp} FROM ${quoted(table)}`).raw().get() as unknown[];
      hash.update(`${table}\t${JSON.stringify(row)}\n`);
    }
  };
  // A deferred read transaction: the counts of all tables come from the same moment.
  const owner = db as BetterSqlite3.Database;
  if (typeof owner.transaction === 'function' && !owner.inTransaction) owner.transaction(read).deferred();
  else read();
  return hash.digest('hex');
}

/** The newest updated_at in the tables the user edits ('' if none). */
export function latestChangeOf(db: Reader): string {
  const tables = new Set(tableNames(db));
  let latest = '';
  for (const table of ['projects', 'agenda_items', 'meetings', 'people', 'settings', 'bodies', 'appeal_texts', 'item_comments']) {
    if (!tables.has(table) || !columnsOf(db, table, 'main').has('updated_at')) continue;
    const value = db.prepare(`SELECT max(updated_at) FROM ${quoted(table)}`).pluck().get() as string | null;
    if (value !== null && value > latest) latest = value;
  }
  return latest;
}

/** The organisation's name in the copy's settings ('' if it never had one saved). */
export function organisationOf(db: Reader): string {
  if (!tableNames(db).includes('settings')) return '';
  const value = db.prepare(`SELECT value FROM settings WHERE key = 'organisation'`).pluck().get() as string | undefined;
  if (value === undefined) return '';
  try {
    const parsed = JSON.parse(value) as { organisation?: unknown };
    return typeof parsed.organisation === 'string' ? parsed.organisation : '';
  } catch {
    return '';
  }
}

export function recentItemsOf(db: Reader, limit = 5): { title: string; updatedAt: string }[] {
  if (!tableNames(db).includes('agenda_items')) return [];
  return db.prepare('SELECT title, updated_at AS updatedAt FROM agenda_items WHERE deleted_at IS NULL ORDER BY updated_at DESC, title LIMIT ?').all(limit) as { title: string; updatedAt: string }[];
}
