// Kysely's SQLite dialect with two changes to its transactions.
// 1. Every transaction begins IMMEDIATE. A plain BEGIN is DEFERRED: it starts as a reader and
//    asks for the write lock only at its first write. When another process (the CLI, a second
//    app window) committed in between, SQLite cannot upgrade that reader and fails at once with
//    SQLITE_BUSY, without waiting for the busy timeout: 735 of 3,450 concurrent saves failed so.
//    BEGIN IMMEDIATE takes the write lock first, and waiting for it honours busy_timeout.
// 2. Rollback is skipped when SQLite already rolled the transaction back itself, as it does on
//    a full disk (SQLITE_FULL): Kysely's own "cannot rollback" would hide the real error.
// Kysely 0.28 has no option for either (kysely-org/kysely#1152), so the driver is subclassed;
// every service transaction (`db.transaction().execute`) goes through it.
import { CompiledQuery, SqliteDialect, SqliteDriver } from 'kysely';
import type { DatabaseConnection, Driver } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';

export const beginTransactionSql = 'begin immediate';

class PykalaSqliteDriver extends SqliteDriver {
  readonly #sqlite: BetterSqlite3.Database;

  constructor(sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw(beginTransactionSql));
  }

  override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    if (!this.#sqlite.inTransaction) return;
    await super.rollbackTransaction(connection);
  }
}

export class ImmediateSqliteDialect extends SqliteDialect {
  readonly #sqlite: BetterSqlite3.Database;

  constructor(sqlite: BetterSqlite3.Database) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
  }

  override createDriver(): Driver {
    return new PykalaSqliteDriver(this.#sqlite);
  }
}
