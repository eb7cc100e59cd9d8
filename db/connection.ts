// The one place that opens the SQLite file. An existing file is inspected read-only first
// (db/inspect.ts), so a file that is not SQLite, is another program's, is corrupt, or comes from
// a newer app is refused byte-identical; a full disk or a read-only folder is named as such.
import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import { ServiceError } from '../shared/errors';
import type { Database } from './schema';
import { inspectDatabaseFile } from './inspect';
import { latestVersion } from './migrations/index';
import { migrate, userVersion } from './migrations/runner';
import { ImmediateSqliteDialect } from './sqlite-dialect';
import { diagnoseStorage, storageError, writeProbe } from './storage-fault';

export { inspectDatabaseFile };

export interface OpenOptions {
  /** Path of better_sqlite3.node built for the running runtime (the Electron shell supplies one). */
  nativeBinding?: string | undefined;
  /** Schema version to migrate to; the latest unless a test wants an older one. */
  targetVersion?: number;
  busyTimeoutMs?: number;
  /**
   * Called with the open connection just before pending migrations run on an existing database
   * (not a new one): the app context makes its pre-migration backup here. It must be synchronous,
   * because opening is (the services layer uses VACUUM INTO, not the stepped online backup that
   * needs the event loop); if it throws, nothing is migrated and the open fails.
   */
  beforeMigration?: (sqlite: BetterSqlite3.Database, fromVersion: number) => void;
}

export interface DatabaseHandle {
  readonly file: string;
  readonly db: Kysely<Database>;
  /** The raw connection, for migrations, synchronous reads of compiled Kysely queries and benchmarks. */
  readonly sqlite: BetterSqlite3.Database;
  /** The file was missing or held no database yet (0 bytes, or a crash before the first commit): a new database. */
  readonly isNew: boolean;
  close(): void;
}

function driverOptions(options: OpenOptions): BetterSqlite3.Options {
  return options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A failure while opening or preparing the file, named for what it is. */
function openError(file: string, error: unknown): ServiceError {
  if (error instanceof ServiceError) return error;
  const fault = diagnoseStorage(file, error);
  if (fault) return storageError(fault, file, describe(error));
  return new ServiceError('DB_CORRUPT', `Cannot prepare ${file}: ${describe(error)}`);
}

/** Opens (creating if missing) and migrates the database, then wraps it in Kysely. */
export function openDatabase(file: string, options: OpenOptions = {}): DatabaseHandle {
  // Everything is checked read-only before the first write (the WAL switch is one).
  const isNew = !fs.existsSync(file) || inspectDatabaseFile(file, options).kind === 'empty';
  const unwritable = writeProbe(file);
  if (unwritable) throw storageError(unwritable, file, 'no write access');
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(file, driverOptions(options));
  } catch (error) {
    // A missing native binding is no storage fault and no bad file: it goes up as it is.
    const fault = diagnoseStorage(file, error);
    throw fault ? storageError(fault, file, describe(error)) : error;
  }
  try {
    // First, so that every later step waits for another process's lock instead of failing.
    sqlite.pragma(`busy_timeout = ${String(options.busyTimeoutMs ?? 5000)}`);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    // FULL: a commit is on disk before "Tallennettu" shows, even if the laptop's battery dies
    // next; writes are a few per second at most, so the fsync costs nothing anyone notices.
    sqlite.pragma('synchronous = FULL');
    const target = options.targetVersion ?? latestVersion;
    const from = userVersion(sqlite);
    if (!isNew && from >= 1 && from < target) options.beforeMigration?.(sqlite, from);
    migrate(sqlite, target);
  } catch (error) {
    sqlite.close();
    throw openError(file, error);
  }
  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect(sqlite) });
  let closed = false;
  return {
    file,
    db,
    sqlite,
    isNew,
    close() {
      if (closed) return;
      closed = true;
      // Synchronous on purpose (app quit, CLI exit); closing checkpoints the WAL into the file.
      sqlite.close();
    },
  };
}
