// Runs a Kysely-built query synchronously on the raw better-sqlite3 connection. For the few
// places that must not be async (startup seeding, status()); the SQL still comes from Kysely.
import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable } from 'kysely';

export function allSync<Row>(sqlite: BetterSqlite3.Database, query: Compilable<Row>): Row[] {
  const compiled = query.compile();
  return sqlite.prepare(compiled.sql).all(...compiled.parameters) as Row[];
}

export function runSync(sqlite: BetterSqlite3.Database, query: Compilable): number {
  const compiled = query.compile();
  return sqlite.prepare(compiled.sql).run(...compiled.parameters).changes;
}
