import type BetterSqlite3 from 'better-sqlite3';

/**
 * One numbered schema step. `up` runs inside the runner's transaction on the raw connection:
 * DDL is static text here, data changes use prepared statements with parameters.
 */
export interface Migration {
  version: number;
  name: string;
  up(db: BetterSqlite3.Database): void;
}
