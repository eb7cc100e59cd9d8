// Kysely's SQLite dialect with one change: every transaction begins IMMEDIATE, taking the
// database's write lock before its first read. Every transaction the services run writes, and
// most of them read first and decide (expectedUpdatedAt, "is this person still in use"). With a
// deferred BEGIN, a second process committing between that read and the write leaves this one on
// an outdated snapshot: SQLite then refuses the write with SQLITE_BUSY at once (the busy timeout
// does not apply to such an upgrade), which reached the user as an unexplained error. Begun
// IMMEDIATE, the second process waits its turn (busy_timeout) and then reads the row as it is.
import { CompiledQuery, SqliteDialect, SqliteDriver } from 'kysely';
import type { DatabaseConnection, Driver, SqliteDialectConfig } from 'kysely';

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
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
