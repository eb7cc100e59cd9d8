// Fills a new database with the demo content. Seeders run in this static order inside one
// transaction; append a seeder for each new kind of demo content (e.g. the seed agenda item).
// Synchronous, because openAppContext is: queries are built with Kysely and run via sync-query.
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import { items } from '../../../db/repositories/items-repository';
import { insertProjectsSync } from '../../../db/repositories/projects-repository';
import { pluckSync } from '../../../db/sync-query';
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

/** Nothing in the register or the items yet (checked under the write lock). */
function isEmpty({ db, sqlite }: SeedContext): boolean {
  return pluckSync(sqlite, db.selectFrom('projects').select('id').limit(1)).length === 0 && pluckSync(sqlite, items(db).selectFrom('agenda_items').select('id').limit(1)).length === 0;
}

/**
 * Seeds only a database that is still empty: when two processes start on a new folder at once,
 * the second finds the first one's demo and adds nothing. IMMEDIATE, like every write
 * transaction (db/sqlite-dialect.ts), so the check and the seeding happen under one write lock.
 */
export function seedDemo(context: SeedContext): void {
  context.sqlite.transaction(() => {
    if (!isEmpty(context)) return;
    for (const seeder of demoSeeders) seeder(context);
  }).immediate();
}
