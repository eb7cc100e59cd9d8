// Migration 002 → 003 (the register's covering list index): rows stay as they were, the old
// name index is gone, and the list's id query is answered from the new index alone.
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { listProjectIdsSync } from '../../../db/repositories/projects-repository';
import type { Database } from '../../../db/schema';
import { projectQuerySchema } from '../../../shared/domain/project';
import { emptyDb, insertProjectRow, migrateTo, projectInput } from './helpers';

describe('migration 003', () => {
  it('keeps every project row and replaces the name index with the covering list index', () => {
    const db = emptyDb();
    migrateTo(db, 2);
    const names = ['Öljy', 'aamu', 'Äiti', 'Zeta', 'Poistettu'];
    names.forEach((nameFi, index) => { insertProjectRow(db, `p${String(index)}`, projectInput({ nameFi, grantedCents: index * 100 }), nameFi === 'Poistettu' ? 't' : null); });
    const before = db.prepare('SELECT * FROM projects ORDER BY id').all();

    migrateTo(db, 3);
    expect(db.prepare('SELECT * FROM projects ORDER BY id').all()).toEqual(before);
    const indexes = db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'projects' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all();
    expect(indexes).toEqual(['projects_live_list', 'projects_period']);

    const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: db }) });
    const query = projectQuerySchema.parse({});
    expect(listProjectIdsSync(kysely, db, query)).toEqual(['p1', 'p3', 'p2', 'p0']);
    expect(listProjectIdsSync(kysely, db, { ...query, sortDirection: 'desc' })).toEqual(['p0', 'p2', 'p3', 'p1']);
    // Both name orders read straight from the index: no table lookups, no sort step.
    const compiled = kysely.selectFrom('projects').select('id').where('deleted_at', 'is', null).orderBy('name_sort', 'desc').orderBy('id', 'desc').compile();
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${compiled.sql}`).all(...compiled.parameters) as { detail: string }[];
    expect(plan.map((row) => row.detail)).toEqual(['SEARCH projects USING COVERING INDEX projects_live_list (deleted_at=?)']);
    db.close();
  });
});
