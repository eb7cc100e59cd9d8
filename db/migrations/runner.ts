// Brings a database to a schema version with PRAGMA user_version as the bookmark.
// All pending migrations run in ONE transaction: a failure leaves the file as it was.
// The same transaction marks the file as Pykälä's (PRAGMA application_id, db/file-identity.ts),
// so a file from before the mark gets it on its next open even with no migration pending.
import type BetterSqlite3 from 'better-sqlite3';
import { ServiceError } from '../../shared/errors';
import { pykalaApplicationId } from '../file-identity';
import { latestVersion, migrations as allMigrations } from './index';
import type { Migration } from './migration';

export function userVersion(db: BetterSqlite3.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function applicationId(db: BetterSqlite3.Database): number {
  return db.pragma('application_id', { simple: true }) as number;
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
  const newest = list.length;
  const plan = (from: number) => {
    if (from > newest) {
      throw new ServiceError('DB_NEWER_VERSION', `Database schema ${from} is newer than this app's ${newest}`);
    }
    if (target < from || target > newest) {
      throw new Error(`Cannot migrate from ${from} to ${target} (available 0…${newest})`);
    }
    return list.filter((m) => m.version > from && m.version <= target);
  };
  const marked = () => applicationId(db) === pykalaApplicationId;
  // Nothing to do is answered without a write lock (the common start).
  const seen = userVersion(db);
  if (plan(seen).length === 0 && marked()) return { from: seen, to: seen };
  // The version is read again under the write lock (IMMEDIATE): two processes starting on one
  // new file at once must not both run migration 1; the second sees the first one's result.
  return db.transaction((): MigrateResult => {
    const from = userVersion(db);
    const pending = plan(from);
    for (const migration of pending) migration.up(db);
    // user_version and application_id live in the file header and are part of this transaction.
    if (pending.length > 0) db.pragma(`user_version = ${String(target)}`);
    if (!marked()) db.pragma(`application_id = ${String(pykalaApplicationId)}`);
    return { from, to: pending.length > 0 ? target : from };
  }).immediate();
}
