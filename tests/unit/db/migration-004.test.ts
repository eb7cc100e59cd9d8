// Migration 003 → 004 (an index per sortable column of the register's table): rows stay as
// they were, and every order the table offers, both directions, is read from an index, with
// no sort step. A change to the list's ORDER BY (or to an enum's domain order) that the
// indexes no longer match fails here instead of quietly making the list slow.
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { listProjectIdsSync } from '../../../db/repositories/projects-repository';
import type { Database } from '../../../db/schema';
import { projectQuerySchema } from '../../../shared/domain/project';
import type { ProjectInput, ProjectSortKey } from '../../../shared/domain/project';
import { emptyDb, insertProjectRow, migrateTo, projectInput } from './helpers';

/** The sort keys of the register table's columns (renderer/src/features/projects/columns.ts). */
const tableSortKeys: ProjectSortKey[] = ['nameFi', 'area', 'funder', 'status', 'grantedCents', 'totalBudgetCents', 'startDate', 'endDate', 'responsiblePerson'];

describe('migration 004', () => {
  it('keeps every row, and each table order in both directions is read from an index in the same order as before', () => {
    const db = emptyDb();
    migrateTo(db, 3);
    const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: db }) });
    const rows: Partial<ProjectInput>[] = [
      { nameFi: 'Öljy', status: 'hylatty', grantedCents: null, responsiblePerson: 'Bea' },
      { nameFi: 'aamu', status: 'valmisteilla', area: 'muu', funder: 'EU_ESR', grantedCents: 500, endDate: '2025-01-01' },
      { nameFi: 'Äiti', status: 'myonnetty', area: 'varhaiskasvatus', totalBudgetCents: 9, responsiblePerson: 'aino' },
      { nameFi: 'Zeta', status: 'haettu', funder: 'OPH', grantedCents: 500, startDate: null },
    ];
    rows.forEach((row, index) => { insertProjectRow(db, `p${String(index)}`, projectInput(row)); });
    const before = db.prepare('SELECT * FROM projects ORDER BY id').all();
    const orders = (sortBy: ProjectSortKey, sortDirection: 'asc' | 'desc') => listProjectIdsSync(kysely, db, projectQuerySchema.parse({ sortBy, sortDirection }));
    const ordersBefore = tableSortKeys.flatMap((key) => [orders(key, 'asc'), orders(key, 'desc')]);

    migrateTo(db, 4);
    expect(db.prepare('SELECT * FROM projects ORDER BY id').all()).toEqual(before);
    expect(tableSortKeys.flatMap((key) => [orders(key, 'asc'), orders(key, 'desc')])).toEqual(ordersBefore);
    expect(orders('status', 'asc')).toEqual(['p1', 'p3', 'p2', 'p0']);
    expect(orders('grantedCents', 'desc')).toEqual(['p3', 'p1', 'p2', 'p0']);

    for (const sortBy of tableSortKeys) {
      for (const sortDirection of ['asc', 'desc'] as const) {
        let compiledSql = '';
        const spy = new Proxy(db, { get: (target, property) => (property === 'prepare' ? (text: string) => { compiledSql = text; return target.prepare(text); } : (Reflect.get(target, property) as unknown)) });
        listProjectIdsSync(kysely, spy, projectQuerySchema.parse({ sortBy, sortDirection }));
        const plan = (db.prepare(`EXPLAIN QUERY PLAN ${compiledSql}`).all() as { detail: string }[]).map((row) => row.detail);
        expect({ sortBy, sortDirection, plan }).toEqual({ sortBy, sortDirection, plan: [expect.stringMatching(/^SEARCH projects USING COVERING INDEX projects_(live_list|sort_\w+) \(deleted_at=\?\)$/u)] });
      }
    }
    db.close();
  });
});
