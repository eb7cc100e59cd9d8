// The one place that opens the SQLite file. An existing file is inspected read-only first, so
// a file that is not SQLite, is corrupt, or comes from a newer app is refused byte-identical.
import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { ServiceError } from '../shared/errors';
import type { Database } from './schema';
import { latestVersion } from './migrations/index';
import { migrate } from './migrations/runner';
import { ImmediateSqliteDialect } from './sqlite-dialect';

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

export interface OpenOptions {
  /** Path of better_sqlite3.node built for the running runtime (the Electron shell supplies one). */
  nativeBinding?: string | undefined;
  /** Schema version to migrate to; the latest unless a test wants an older one. */
  targetVersion?: number;
  busyTimeoutMs?: number;
}

export interface DatabaseHandle {
  readonly file: string;
  readonly db: Kysely<Database>;
  /** The raw connection, for migrations, synchronous reads of compiled Kysely queries and benchmarks. */
  readonly sqlite: BetterSqlite3.Database;
  close(): void;
}

function driverOptions(options: OpenOptions): BetterSqlite3.Options {
  return options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks an existing file without changing it: header, schema version, quick_check.
 * Throws ServiceError DB_NOT_SQLITE, DB_NEWER_VERSION or DB_CORRUPT.
 */
export function inspectDatabaseFile(file: string, options: OpenOptions = {}): { userVersion: number } {
  const header = Buffer.alloc(sqliteHeader.length);
  const fd = fs.openSync(file, 'r');
  let bytesRead: number;
  try {
    bytesRead = fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (bytesRead < header.length || !header.equals(sqliteHeader)) {
    throw new ServiceError('DB_NOT_SQLITE', `${file} is not an SQLite database (header mismatch)`);
  }
  // A read-only connection to a WAL database creates -wal and -shm side files; remove the
  // ones that were not there before, so a refused file's folder is left exactly as it was.
  const sideFiles = [`${file}-wal`, `${file}-shm`].filter((side) => !fs.existsSync(side));
  const removeCreatedSideFiles = () => {
    for (const side of sideFiles) fs.rmSync(side, { force: true });
  };
  let reader: BetterSqlite3.Database;
  try {
    reader = new BetterSqlite3(file, { ...driverOptions(options), readonly: true, fileMustExist: true });
  } catch (error) {
    removeCreatedSideFiles();
    throw new ServiceError('DB_CORRUPT', `Cannot open ${file} read-only: ${describe(error)}`);
  }
  try {
    let version: number;
    let check: string[];
    try {
      version = reader.pragma('user_version', { simple: true }) as number;
      check = (reader.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check);
    } catch (error) {
      throw new ServiceError('DB_CORRUPT', `${file} failed to read: ${describe(error)}`);
    }
    if (version > latestVersion) {
      throw new ServiceError('DB_NEWER_VERSION', `${file} has schema ${version}; this app knows up to ${latestVersion}`);
    }
    if (check.length !== 1 || check[0] !== 'ok') {
      throw new ServiceError('DB_CORRUPT', `${file} quick_check: ${check.slice(0, 3).join('; ')}`);
    }
    return { userVersion: version };
  } finally {
    reader.close();
    removeCreatedSideFiles();
  }
}

/** Opens (creating if missing) and migrates the database, then wraps it in Kysely. */
export function openDatabase(file: string, options: OpenOptions = {}): DatabaseHandle {
  if (fs.existsSync(file)) inspectDatabaseFile(file, options);
  const sqlite = new BetterSqlite3(file, driverOptions(options));
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma(`busy_timeout = ${String(options.busyTimeoutMs ?? 5000)}`);
    // FULL: a commit is on disk before "Tallennettu" shows, even if the laptop's battery dies
    // next; writes are a few per second at most, so the fsync costs nothing anyone notices.
    sqlite.pragma('synchronous = FULL');
    migrate(sqlite, options.targetVersion ?? latestVersion);
  } catch (error) {
    sqlite.close();
    if (error instanceof ServiceError) throw error;
    throw new ServiceError('DB_CORRUPT', `Cannot prepare ${file}: ${describe(error)}`);
  }
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
  let closed = false;
  return {
    file,
    db,
    sqlite,
    close() {
      if (closed) return;
      closed = true;
      // Synchronous on purpose (app quit, CLI exit); closing checkpoints the WAL into the file.
      sqlite.close();
    },
  };
}
