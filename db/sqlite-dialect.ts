// Kysely's SQLite dialect with one change: every transaction begins IMMEDIATE.
// A plain BEGIN is DEFERRED: it starts as a reader and asks for the write lock only at its first
// write. When another process (the CLI, a second app window) committed in between, SQLite cannot
// upgrade that reader and fails at once with SQLITE_BUSY, without waiting for the busy timeout:
// 735 of 3,450 concurrent saves failed so. BEGIN IMMEDIATE takes the write lock first, and waiting
// for it honours busy_timeout. Kysely 0.28 has no option for this (kysely-org/kysely#1152), so the
// driver is subclassed; every service transaction (`db.transaction().execute`) goes through it.
import { CompiledQuery, SqliteDialect, SqliteDriver } from 'kysely';
import type { DatabaseConnection, Driver, SqliteDialectConfig } from 'kysely';

export const beginTransactionSql = 'begin immediate';

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(beginTransactionSql));
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}
