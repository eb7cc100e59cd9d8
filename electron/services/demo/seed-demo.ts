// Fills a new database with the demo content. Seeders run in this static order inside one
// transaction; append a seeder for each new kind of demo content (e.g. the seed agenda item).
// Synchronous, because openAppContext is: queries are built with Kysely and run via sync-query.
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { insertProjectsSync } from '../../../db/repositories/projects-repository';
import { demoProjects } from '../../../shared/demo/projects';
import { seedItemSeeder } from './seed-item-seeder';

export interface SeedContext {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  now: string;
  newId: () => string;
}

export type Seeder = (context: SeedContext) => void;

export const seedProjects: Seeder = ({ db, sqlite, now }) => {
  insertProjectsSync(db, sqlite, demoProjects.map((demo) => ({ input: demo.input, meta: { id: demo.id, isSample: true, now } })));
};

export const demoSeeders: readonly Seeder[] = [seedProjects, seedItemSeeder];

export function seedDemo(context: SeedContext): void {
  // IMMEDIATE, like every write transaction (db/sqlite-dialect.ts), so another process's write waits its turn.
  context.sqlite.transaction(() => {
    for (const seeder of demoSeeders) seeder(context);
  }).immediate();
}
