// Another program's SQLite file where Pykälä expects its own: refused with DB_FOREIGN before any
// write (the switch to WAL included), byte for byte as it was, with its -wal and -shm. Pykälä's
// own files carry PRAGMA application_id; files from before the mark are known by their schema.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { inspectDatabaseFile, openDatabase } from '../../../db/connection';
import { pykalaApplicationId } from '../../../db/file-identity';
import { latestVersion } from '../../../db/migrations/index';
import { ServiceError } from '../../../shared/errors';
import type { ErrorCode } from '../../../shared/ipc/define';
import { migrateTo, sha256, tempDir } from './helpers';

/** Connections a test keeps open (another program still running); closed after the test. */
const open: BetterSqlite3.Database[] = [];
afterEach(() => {
  for (const connection of open.splice(0)) connection.close();
});

function codeOf(action: () => unknown): ErrorCode | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof ServiceError) return error.code;
    throw error;
  }
  return undefined;
}

/** sha256 of every file in the folder, by name: the whole folder, not just the database. */
function folderState(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((name) => [name, sha256(path.join(dir, name))]));
}

function expectRefusedUntouched(file: string, code: ErrorCode = 'DB_FOREIGN'): void {
  const before = folderState(path.dirname(file));
  expect(codeOf(() => openDatabase(file))).toBe(code);
  expect(folderState(path.dirname(file))).toEqual(before);
}

/** Another program's database: its own tables and rows, in the journal mode it chose. */
function foreignDatabase(file: string, setup: (db: BetterSqlite3.Database) => void = () => undefined): BetterSqlite3.Database {
  const db = new BetterSqlite3(file);
  setup(db);
  db.exec('CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT NOT NULL, steps TEXT)');
  const insert = db.prepare('INSERT INTO recipes (name, steps) VALUES (?, ?)');
  db.transaction(() => {
    for (let i = 0; i < 200; i += 1) insert.run(`Karjalanpiirakka ${String(i)}`, 'Sekoita, kauli, täytä, paista. '.repeat(10));
  })();
  return db;
}

describe('another program’s SQLite file', () => {
  it('with user_version 0 and its own tables: DB_FOREIGN, no Pykälä tables, no WAL, byte-identical', () => {
    const file = path.join(tempDir(), 'pykala.sqlite3');
    foreignDatabase(file).close();
    expectRefusedUntouched(file);
    const reader = new BetterSqlite3(file, { readonly: true });
    expect(reader.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['recipes']);
    expect(reader.pragma('journal_mode', { simple: true })).toBe('delete');
    reader.close();
  });

  it('with user_version 3 (a number Pykälä once used): DB_FOREIGN before any byte of the header changes', () => {
    const file = path.join(tempDir(), 'pykala.sqlite3');
    foreignDatabase(file, (db) => db.pragma('user_version = 3')).close();
    expectRefusedUntouched(file);
  });

  it('with its own application_id: DB_FOREIGN, read from the header alone', () => {
    const file = path.join(tempDir(), 'pykala.sqlite3');
    foreignDatabase(file, (db) => db.pragma('application_id = 1234567')).close();
    expectRefusedUntouched(file);
    expect(codeOf(() => inspectDatabaseFile(file))).toBe('DB_FOREIGN');
  });

  it('with user_version newer than Pykälä knows but no mark: DB_FOREIGN, not "newer Pykälä"', () => {
    const file = path.join(tempDir(), 'pykala.sqlite3');
    foreignDatabase(file, (db) => db.pragma(`user_version = ${String(latestVersion + 40)}`)).close();
    expectRefusedUntouched(file);
  });

  it('in WAL mode, closed cleanly: DB_FOREIGN, no -wal or -shm left behind', () => {
    const dir = tempDir();
    const file = path.join(dir, 'pykala.sqlite3');
    foreignDatabase(file, (db) => db.pragma('journal_mode = WAL')).close();
    expect(fs.readdirSync(dir)).toEqual(['pykala.sqlite3']);
    expectRefusedUntouched(file);
    expect(fs.readdirSync(dir)).toEqual(['pykala.sqlite3']);
  });

  it.each([
    ['without a mark', 0],
    ['with its own application_id', 424242],
  ])('in WAL mode and still open in its program (%s): the file, its -wal and its -shm stay byte-identical', (_label, appId) => {
    const dir = tempDir();
    const file = path.join(dir, 'pykala.sqlite3');
    const program = foreignDatabase(file, (db) => {
      db.pragma('journal_mode = WAL');
      db.pragma(`application_id = ${String(appId)}`);
    });
    open.push(program);
    // Its latest rows are still in the -wal, not yet in the main file.
    program.pragma('wal_autocheckpoint = 0');
    program.pragma('wal_checkpoint(TRUNCATE)');
    program.prepare('INSERT INTO recipes (name) VALUES (?)').run('Lanttukukko');
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    expect(fs.readdirSync(dir).sort()).toEqual(['pykala.sqlite3', 'pykala.sqlite3-shm', 'pykala.sqlite3-wal']);
    expectRefusedUntouched(file);
    expect(program.prepare('SELECT count(*) FROM recipes').pluck().get()).toBe(201);
  });

  it('a file with Pykälä’s tables at some version plus one of its own: DB_FOREIGN (only the exact schema counts)', () => {
    const file = path.join(tempDir(), 'pykala.sqlite3');
    const raw = new BetterSqlite3(file);
    migrateTo(raw, 3);
    raw.pragma('application_id = 0');
    raw.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    raw.close();
    expectRefusedUntouched(file);
  });
});

describe('Pykälä’s own files', () => {
  it('a new file is marked with Pykälä’s application_id', () => {
    const file = path.join(tempDir(), 'new.sqlite3');
    openDatabase(file).close();
    const raw = new BetterSqlite3(file, { readonly: true });
    expect(raw.pragma('application_id', { simple: true })).toBe(pykalaApplicationId);
    raw.close();
    expect(fs.readFileSync(file).readInt32BE(68)).toBe(pykalaApplicationId);
  });

  it.each(Array.from({ length: latestVersion }, (_, index) => index + 1))(
    'a file from before the mark at user_version %i is accepted, migrated, keeps its rows and is marked',
    (version) => {
      const file = path.join(tempDir(), 'legacy.sqlite3');
      const raw = new BetterSqlite3(file);
      migrateTo(raw, version);
      // As the app wrote it before application_id existed.
      raw.pragma('application_id = 0');
      raw.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('kept', '"yes"');
      raw.close();
      expect(inspectDatabaseFile(file)).toEqual({ userVersion: version, kind: 'unmarked' });
      const handle = openDatabase(file);
      expect(handle.sqlite.pragma('application_id', { simple: true })).toBe(pykalaApplicationId);
      expect(handle.sqlite.pragma('user_version', { simple: true })).toBe(latestVersion);
      expect(handle.sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('kept')).toBe('"yes"');
      handle.close();
      expect(inspectDatabaseFile(file)).toEqual({ userVersion: latestVersion, kind: 'pykala' });
    },
  );

  it('a 0-byte file (a crash before the first commit) is an empty database: initialised, marked', () => {
    const file = path.join(tempDir(), 'pykala.sqlite3');
    fs.writeFileSync(file, '');
    expect(inspectDatabaseFile(file)).toEqual({ userVersion: 0, kind: 'empty' });
    const handle = openDatabase(file);
    expect(handle.sqlite.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(handle.sqlite.pragma('application_id', { simple: true })).toBe(pykalaApplicationId);
    handle.close();
  });

  it('an empty SQLite file (header, no tables) is initialised too', () => {
    const file = path.join(tempDir(), 'pykala.sqlite3');
    const raw = new BetterSqlite3(file);
    raw.pragma('journal_mode = WAL');
    raw.close();
    expect(fs.statSync(file).size).toBeGreaterThan(0);
    expect(inspectDatabaseFile(file)).toEqual({ userVersion: 0, kind: 'empty' });
    openDatabase(file).close();
    expect(inspectDatabaseFile(file)).toEqual({ userVersion: latestVersion, kind: 'pykala' });
  });

  it('a marked file still in use by another Pykälä process (its -wal beside it) opens', () => {
    const file = path.join(tempDir(), 'pykala.sqlite3');
    const first = openDatabase(file);
    first.sqlite.pragma('wal_autocheckpoint = 0');
    first.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('shared', '"1"');
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const second = openDatabase(file);
    expect(second.sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('shared')).toBe('"1"');
    second.close();
    first.close();
  });

  it('an unmarked Pykälä file left with its -wal by a crash of the old app opens with the rows from the -wal', () => {
    const dir = tempDir();
    const file = path.join(dir, 'pykala.sqlite3');
    const raw = new BetterSqlite3(file);
    raw.pragma('journal_mode = WAL');
    migrateTo(raw, 2);
    raw.pragma('application_id = 0');
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.pragma('wal_autocheckpoint = 0');
    raw.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('in-wal', '"yes"');
    // Crash: copy the three files while the connection still holds them, then let it go.
    const crashed = path.join(tempDir(), 'pykala.sqlite3');
    for (const suffix of ['', '-wal', '-shm']) fs.copyFileSync(`${file}${suffix}`, `${crashed}${suffix}`);
    raw.close();
    const handle = openDatabase(crashed);
    expect(handle.sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get('in-wal')).toBe('"yes"');
    expect(handle.sqlite.pragma('application_id', { simple: true })).toBe(pykalaApplicationId);
    handle.close();
  });
});
