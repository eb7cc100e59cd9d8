import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { inspectDatabaseFile, openDatabase } from '../../../db/connection';
import { latestVersion } from '../../../db/migrations/index';
import { ServiceError } from '../../../shared/errors';
import type { ErrorCode } from '../../../shared/ipc/define';
import { migrateTo, sha256, tempDir } from './helpers';

function codeOf(action: () => unknown): ErrorCode | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof ServiceError) return error.code;
    throw error;
  }
  return undefined;
}

/** A real database with some rows, closed cleanly (no WAL left behind). */
function realDatabase(dir: string): string {
  const file = path.join(dir, 'real.sqlite3');
  const handle = openDatabase(file);
  const insert = handle.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  for (let i = 0; i < 400; i += 1) insert.run(`key-${String(i)}`, JSON.stringify({ text: 'x'.repeat(200), i }));
  handle.close();
  return file;
}

function expectRefusedUntouched(file: string, code: ErrorCode): void {
  const before = sha256(file);
  const filesBefore = fs.readdirSync(path.dirname(file)).sort();
  expect(codeOf(() => openDatabase(file))).toBe(code);
  expect(sha256(file)).toBe(before);
  expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(filesBefore);
}

describe('openDatabase', () => {
  it('creates a new file with WAL, foreign keys, busy timeout and the latest schema', () => {
    const file = path.join(tempDir(), 'new.sqlite3');
    const handle = openDatabase(file);
    expect(handle.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(handle.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(handle.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(handle.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(handle.sqlite.pragma('user_version', { simple: true })).toBe(latestVersion);
    handle.close();
    expect(inspectDatabaseFile(file)).toEqual({ userVersion: latestVersion, kind: 'pykala' });
  });

  it('migrates an older database forward and keeps its rows', () => {
    const file = path.join(tempDir(), 'old.sqlite3');
    const raw = new BetterSqlite3(file);
    migrateTo(raw, 1);
    raw.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('kept', '"yes"');
    raw.close();
    const handle = openDatabase(file);
    expect(handle.sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('kept')).toBe('"yes"');
    handle.close();
  });

  it('refuses a text file as DB_NOT_SQLITE, byte-identical', () => {
    const file = path.join(tempDir(), 'notes.sqlite3');
    fs.writeFileSync(file, 'Tämä ei ole tietokanta.\n'.repeat(100));
    expectRefusedUntouched(file, 'DB_NOT_SQLITE');
  });

  it('refuses a file shorter than the SQLite header as DB_NOT_SQLITE', () => {
    const file = path.join(tempDir(), 'short.sqlite3');
    fs.writeFileSync(file, 'SQLite');
    expectRefusedUntouched(file, 'DB_NOT_SQLITE');
  });

  it('refuses a truncated real database as DB_CORRUPT, byte-identical', () => {
    const file = realDatabase(tempDir());
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThan(8 * 4096);
    fs.truncateSync(file, Math.floor(size / 2) + 100);
    expectRefusedUntouched(file, 'DB_CORRUPT');
  });

  it('refuses a garbled real database as DB_CORRUPT, byte-identical', () => {
    const file = realDatabase(tempDir());
    const bytes = fs.readFileSync(file);
    // Overwrite the b-tree pages after the header page with noise (deterministic).
    for (let i = 4096; i < bytes.length; i += 1) bytes[i] = (i * 7919) % 251;
    fs.writeFileSync(file, bytes);
    expectRefusedUntouched(file, 'DB_CORRUPT');
  });

  it('refuses a newer schema version as DB_NEWER_VERSION, byte-identical', () => {
    const file = realDatabase(tempDir());
    const raw = new BetterSqlite3(file);
    raw.pragma(`user_version = ${String(latestVersion + 5)}`);
    raw.close();
    expectRefusedUntouched(file, 'DB_NEWER_VERSION');
  });

  it('begins every Kysely transaction IMMEDIATE: the write lock is held before the first write', async () => {
    const file = path.join(tempDir(), 'lock.sqlite3');
    const handle = openDatabase(file);
    const other = new BetterSqlite3(file, { timeout: 0 });
    let otherCouldWrite: boolean | undefined;
    await handle.db.transaction().execute(async (trx) => {
      // Only a read so far: a DEFERRED transaction would still let the other connection write
      // now, and then fail its own first write at once with SQLITE_BUSY (no busy timeout).
      await trx.selectFrom('settings').select('key').execute();
      try {
        other.exec('BEGIN IMMEDIATE; ROLLBACK');
        otherCouldWrite = true;
      } catch (error) {
        expect((error as { code?: string }).code).toBe('SQLITE_BUSY');
        otherCouldWrite = false;
      }
    });
    expect(otherCouldWrite).toBe(false);
    other.exec('BEGIN IMMEDIATE; ROLLBACK');
    other.close();
    handle.close();
  });

  it('passes nativeBinding through to better-sqlite3', () => {
    const file = path.join(tempDir(), 'x.sqlite3');
    const binding = path.resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node');
    const handle = openDatabase(file, { nativeBinding: binding });
    expect(handle.sqlite.pragma('user_version', { simple: true })).toBe(latestVersion);
    handle.close();
    const missing = path.join(tempDir(), 'missing.node');
    expect(() => openDatabase(path.join(tempDir(), 'y.sqlite3'), { nativeBinding: missing })).toThrow();
  });
});
