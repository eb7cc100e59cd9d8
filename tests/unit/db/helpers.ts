// Test helpers for the data layer: temporary folders, file hashes, and migrateTo(db, n) so a
// data-changing migration N gets its test: migrateTo(N-1) → insert → migrateTo(N) → compare.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach } from 'vitest';
import { migrate } from '../../../db/migrations/runner';

const folders: string[] = [];

/** A fresh folder removed after the test. */
export function tempDir(prefix = 'pykala-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A raw connection to an empty in-memory database at schema version 0. */
export function emptyDb(): BetterSqlite3.Database {
  return new BetterSqlite3(':memory:');
}

/** Runs the app's migrations up to version n (never down). */
export function migrateTo(db: BetterSqlite3.Database, n: number): void {
  migrate(db, n);
}

/** The schema as sorted SQL text, for snapshots. */
export function schemaSql(db: BetterSqlite3.Database): string {
  const rows = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as { sql: string }[];
  return `${rows.map((row) => `${row.sql.trim()};`).join('\n\n')}\n`;
}
