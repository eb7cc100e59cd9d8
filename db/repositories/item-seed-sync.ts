// Demo seeding of the seed agenda item, its people and the settings. Synchronous, because
// openAppContext is: queries are built with Kysely and run on the raw connection inside the
// seeding transaction (db/sync-query.ts).
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { AgendaItem, PersonDetails } from '../../shared/domain/item';
import type { UserRole } from '../../shared/domain/review';
import type { ProjectFilter } from './project-query';
import { projectWhere } from './project-query';
import type { Database } from '../schema';
import { allSync, runSync } from '../sync-query';
import { itemToColumns, items } from './items-repository';
import { appealTexts } from './appeal-texts-repository';
import type { RichDoc } from '../../shared/domain/rich-text';

/** Rewrites every standard appeal text through `change` (the demo fills in the presets' blanks). */
export function updateAppealTextsSync(db: Db, sqlite: BetterSqlite3.Database, change: (text: RichDoc) => RichDoc): void {
  const rows = allSync(sqlite, appealTexts(db).selectFrom('appeal_texts').select(['id', 'text']));
  for (const row of rows) {
    runSync(sqlite, appealTexts(db).updateTable('appeal_texts').set({ text: JSON.stringify(change(JSON.parse(row.text) as RichDoc)) }).where('id', '=', row.id));
  }
}

type Db = Kysely<Database>;

/** The same rows as insertItem plus its first version. */
export function insertItemSync(db: Db, sqlite: BetterSqlite3.Database, item: AgendaItem): void {
  runSync(sqlite, items(db).insertInto('agenda_items').values(itemToColumns(item, 1)));
  if (item.preparerIds.length > 0) {
    runSync(sqlite, items(db).insertInto('item_preparers').values(item.preparerIds.map((personId, position) => ({ item_id: item.id, person_id: personId, position }))));
  }
  runSync(
    sqlite,
    items(db)
      .insertInto('item_versions')
      .values({ item_id: item.id, version: 1, reason: 'create', status: item.status, created_at: item.createdAt, updated_at: item.createdAt, snapshot: JSON.stringify(item) }),
  );
}

/** People in list order; those with a role are users of the app (issue 9). */
export function insertPeopleSync(db: Db, sqlite: BetterSqlite3.Database, people: readonly (PersonDetails & { role?: UserRole })[], updatedAt: string): void {
  if (people.length === 0) return;
  runSync(sqlite, db.insertInto('people').values(people.map((person, index) => ({ ...person, role: person.role ?? null, sort_order: index, updated_at: updatedAt }))));
}

export function putSettingSync(db: Db, sqlite: BetterSqlite3.Database, key: string, value: unknown, updatedAt: string): void {
  const json = JSON.stringify(value);
  runSync(sqlite, db.insertInto('settings').values({ key, value: json, updated_at: updatedAt }).onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: updatedAt })));
}

/** The register figures behind live values, for seeding (the services use projectTotals). */
export function registerTotalsSync(db: Db, sqlite: BetterSqlite3.Database, filter: ProjectFilter): { count: number; grantedCents: number } {
  const query = db
    .selectFrom('projects')
    .where((eb) => projectWhere(eb, filter))
    .select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.coalesce(eb.fn.sum<number>('granted_cents'), eb.lit(0)).as('grantedCents')]);
  return allSync(sqlite, query)[0] ?? { count: 0, grantedCents: 0 };
}
