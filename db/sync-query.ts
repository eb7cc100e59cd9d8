// Runs a Kysely-built query synchronously on the raw better-sqlite3 connection. For the few
// places that must not be async (startup seeding, status()); the SQL still comes from Kysely.
import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable } from 'kysely';

export function allSync<Row>(sqlite: BetterSqlite3.Database, query: Compilable<Row>): Row[] {
  const compiled = query.compile();
  return sqlite.prepare(compiled.sql).all(...compiled.parameters) as Row[];
}

/**
 * The first column of every row, without building a row object each (better-sqlite3's pluck):
 * for 10,000 ids that saves a few milliseconds and the garbage the objects leave behind.
 */
export function pluckSync<Value>(sqlite: BetterSqlite3.Database, query: Compilable<Record<string, Value>>): Value[] {
  const compiled = query.compile();
  return sqlite.prepare(compiled.sql).pluck().all(...compiled.parameters) as Value[];
}

export function runSync(sqlite: BetterSqlite3.Database, query: Compilable): number {
  const compiled = query.compile();
  return sqlite.prepare(compiled.sql).run(...compiled.parameters).changes;
}
