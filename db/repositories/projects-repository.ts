// All SQL of the project register. Callers pass a Kysely instance or a transaction.
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Project, ProjectInput, ProjectListRow, ProjectQuery, ProjectSortKey, ProjectTotals, TotalsRow } from '../../shared/domain/project';
import type { Database } from '../schema';
import { allSync, pluckSync, runSync } from '../sync-query';
import { inputToColumns, projectColumns, projectListColumns, rowToListRow, rowToProject } from './project-rows';
import { projectWhere, sortExpression } from './project-query';
import type { ProjectFilter } from './project-query';

export type Db = Kysely<Database>;

const nullableSortKeys: ReadonlySet<ProjectSortKey> = new Set(['grantedCents', 'totalBudgetCents', 'startDate', 'endDate', 'responsiblePerson', 'reportDueDate']);

export interface NewProjectMeta {
  id: string;
  isSample: boolean;
  now: string;
}

function orderedQuery(db: Db, query: ProjectQuery) {
  const direction = query.sortDirection;
  let builder = db.selectFrom('projects').where((eb) => projectWhere(eb, query));
  // Nulls last in both directions; a term only for nullable keys, so the name index still serves name order.
  if (nullableSortKeys.has(query.sortBy)) builder = builder.orderBy((eb) => eb(sortExpression(eb, query.sortBy), 'is', null));
  builder = builder.orderBy((eb) => sortExpression(eb, query.sortBy), direction);
  if (query.sortBy !== 'nameFi') builder = builder.orderBy('name_sort', direction);
  // The tie-breaker follows the direction too: descending is then the exact reverse of
  // ascending, and the list index (migration 003) serves both name orders without a sort.
  return builder.orderBy('id', direction);
}

export async function listProjects(db: Db, query: ProjectQuery): Promise<Project[]> {
  const rows = await orderedQuery(db, query).select(projectColumns).execute();
  return rows.map(rowToProject);
}

/** The same list for synchronous demo seeding (openAppContext is synchronous). */
export function listProjectsSync(db: Db, sqlite: BetterSqlite3.Database, query: ProjectQuery): Project[] {
  return allSync(sqlite, orderedQuery(db, query).select(projectColumns)).map(rowToProject);
}

/**
 * Only the ids, in order: the service maps them to cached projects. Synchronous on the raw
 * connection so the ids come as plain strings, not 10,000 row objects (issue 2's ≤ 10 ms).
 * It is a single read outside any transaction: better-sqlite3 is synchronous, so Kysely's
 * transactions run to their end within one task and this read never sees one half done.
 */
export function listProjectIdsSync(db: Db, sqlite: BetterSqlite3.Database, query: ProjectQuery): string[] {
  return pluckSync(sqlite, orderedQuery(db, query).select('id'));
}

/** List rows of live or deleted projects by id, in no particular order. */
export async function getListRowsByIds(db: Db, ids: readonly string[]): Promise<ProjectListRow[]> {
  const rows: ProjectListRow[] = [];
  const chunkSize = 500;
  for (let start = 0; start < ids.length; start += chunkSize) {
    const found = await db.selectFrom('projects').select(projectListColumns).where('id', 'in', ids.slice(start, start + chunkSize)).execute();
    for (const row of found) rows.push(rowToListRow(row));
  }
  return rows;
}

async function totalsBy(db: Db, filter: ProjectFilter, column: 'funder' | 'area'): Promise<TotalsRow[]> {
  const rows = await db
    .selectFrom('projects')
    .where((eb) => projectWhere(eb, filter))
    .select((eb) => [
      eb.ref(column).as('key'),
      eb.fn.countAll<number>().as('count'),
      eb.fn.coalesce(eb.fn.sum<number>('granted_cents'), eb.lit(0)).as('grantedCents'),
      eb.fn.coalesce(eb.fn.sum<number>('total_budget_cents'), eb.lit(0)).as('totalBudgetCents'),
    ])
    .groupBy(column)
    .orderBy('grantedCents', 'desc')
    .orderBy('key')
    .execute();
  return rows.map((row) => ({ key: row.key, count: row.count, grantedCents: row.grantedCents, totalBudgetCents: row.totalBudgetCents }));
}

export async function projectTotals(db: Db, filter: ProjectFilter): Promise<ProjectTotals> {
  const byFunder = await totalsBy(db, filter, 'funder');
  const byArea = await totalsBy(db, filter, 'area');
  const sum = (pick: (row: TotalsRow) => number) => byFunder.reduce((total, row) => total + pick(row), 0);
  return {
    count: sum((row) => row.count),
    grantedCents: sum((row) => row.grantedCents),
    totalBudgetCents: sum((row) => row.totalBudgetCents),
    byFunder,
    byArea,
  };
}

/** A live (not deleted) project, or undefined. */
export async function getProject(db: Db, id: string): Promise<Project | undefined> {
  const row = await db.selectFrom('projects').select(projectColumns).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return row ? rowToProject(row) : undefined;
}

export async function getDeletedProject(db: Db, id: string): Promise<Project | undefined> {
  const row = await db.selectFrom('projects').select(projectColumns).where('id', '=', id).where('deleted_at', 'is not', null).executeTakeFirst();
  return row ? rowToProject(row) : undefined;
}

export async function insertProject(db: Db, input: ProjectInput, meta: NewProjectMeta): Promise<void> {
  await db
    .insertInto('projects')
    .values({ ...inputToColumns(input), id: meta.id, is_sample: meta.isSample ? 1 : 0, created_at: meta.now, updated_at: meta.now, deleted_at: null })
    .execute();
}

/** Many rows, one statement per chunk, synchronously (seeding at startup, benchmarks). */
export function insertProjectsSync(db: Db, sqlite: BetterSqlite3.Database, rows: { input: ProjectInput; meta: NewProjectMeta }[]): void {
  // 29 columns each: stay under SQLite's 32,766 bound parameters per statement.
  const chunkSize = 1000;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const values = rows.slice(start, start + chunkSize).map(({ input, meta }) => ({
      ...inputToColumns(input), id: meta.id, is_sample: meta.isSample ? 1 : 0, created_at: meta.now, updated_at: meta.now, deleted_at: null,
    }));
    runSync(sqlite, db.insertInto('projects').values(values));
  }
}

/** Returns whether a live row was updated. */
export async function updateProject(db: Db, id: string, input: ProjectInput, now: string): Promise<boolean> {
  const result = await db
    .updateTable('projects')
    .set({ ...inputToColumns(input), updated_at: now })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function softDeleteProject(db: Db, id: string, now: string): Promise<boolean> {
  const result = await db.updateTable('projects').set({ deleted_at: now }).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function restoreProject(db: Db, id: string): Promise<boolean> {
  const result = await db.updateTable('projects').set({ deleted_at: null }).where('id', '=', id).where('deleted_at', 'is not', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Synchronous: the app's status() answers without awaiting. */
export function hasSampleProjectsSync(db: Db, sqlite: BetterSqlite3.Database): boolean {
  const query = db.selectFrom('projects').select('id').where('is_sample', '=', 1).where('deleted_at', 'is', null).limit(1);
  return allSync(sqlite, query).length > 0;
}

export async function countProjects(db: Db): Promise<number> {
  const row = await db.selectFrom('projects').select((eb) => eb.fn.countAll<number>().as('n')).where('deleted_at', 'is', null).executeTakeFirstOrThrow();
  return row.n;
}
