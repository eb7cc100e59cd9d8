// Brings a database to a schema version with PRAGMA user_version as the bookmark.
// All pending migrations run in ONE transaction: a failure leaves the file as it was.
import type BetterSqlite3 from 'better-sqlite3';
import { ServiceError } from '../../shared/errors';
import { latestVersion, migrations as allMigrations } from './index';
import type { Migration } from './migration';

export function userVersion(db: BetterSqlite3.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws when the list is not 1, 2, 3 … in order, so a bad append fails the first test run. */
export function assertOrdered(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
}

export interface MigrateResult {
  from: number;
  to: number;
}

export function migrate(
  db: BetterSqlite3.Database,
  target: number = latestVersion,
  list: readonly Migration[] = allMigrations,
): MigrateResult {
  assertOrdered(list);
  const from = userVersion(db);
  const newest = list.length;
  if (from > newest) {
    throw new ServiceError('DB_NEWER_VERSION', `Database schema ${from} is newer than this app's ${newest}`);
  }
  if (target < from || target > newest) {
    throw new Error(`Cannot migrate from ${from} to ${target} (available 0…${newest})`);
  }
  const pending = list.filter((m) => m.version > from && m.version <= target);
  if (pending.length === 0) return { from, to: from };
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    // user_version lives in the file header and is part of this transaction.
    db.pragma(`user_version = ${String(target)}`);
  })();
  return { from, to: target };
}
