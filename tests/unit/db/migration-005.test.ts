// Migration 004 → 005 (the search index): rows stay as they were, a search lists the same ids
// in the same order as before, and in name order (either direction) it is answered from the
// new index alone, without reading the table rows.
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { listProjectIdsSync } from '../../../db/repositories/projects-repository';
import type { Database } from '../../../db/schema';
import { projectQuerySchema } from '../../../shared/domain/project';
import type { ProjectInput, ProjectQueryInput } from '../../../shared/domain/project';
import { emptyDb, insertProjectRow, migrateTo, projectInput } from './helpers';

describe('migration 005', () => {
  it('keeps every row, lists the same search results, and answers a name-ordered search from the search index', () => {
    const db = emptyDb();
    migrateTo(db, 4);
    const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: db }) });
    const rows: (Partial<ProjectInput> & { deleted?: boolean })[] = [
      { nameFi: 'Öljyn lukuinto', grantedCents: 300 },
      { nameFi: 'aamun tuki', description: 'Lukuinnon kerho' },
      { nameFi: 'Äidinkieli', description: 'ei osumaa' },
      { nameFi: 'Zeta', coordinator: 'Liisa Lukuinto', grantedCents: 900 },
      { nameFi: 'Lukuinto, poistettu', deleted: true },
    ];
    rows.forEach(({ deleted, ...row }, index) => { insertProjectRow(db, `p${String(index)}`, projectInput(row), deleted ? 't' : null); });
    const before = db.prepare('SELECT * FROM projects ORDER BY id').all();
    const queries: ProjectQueryInput[] = [
      { search: 'lukuin' },
      { search: 'LUKUINTO', sortDirection: 'desc' },
      { search: 'lukuin', sortBy: 'grantedCents', sortDirection: 'desc' },
      { search: 'tuki kerho' },
    ];
    const list = (query: ProjectQueryInput) => listProjectIdsSync(kysely, db, projectQuerySchema.parse(query));
    const resultsBefore = queries.map(list);

    migrateTo(db, 5);
    expect(db.prepare('SELECT * FROM projects ORDER BY id').all()).toEqual(before);
    expect(queries.map(list)).toEqual(resultsBefore);
    expect(list({ search: 'lukuin' })).toEqual(['p1', 'p3', 'p0']);
    expect(list({ search: 'lukuin', sortBy: 'grantedCents', sortDirection: 'desc' })).toEqual(['p3', 'p0', 'p1']);

    for (const sortDirection of ['asc', 'desc'] as const) {
      let compiledSql = '';
      const spy = new Proxy(db, { get: (target, property) => (property === 'prepare' ? (text: string) => { compiledSql = text; return target.prepare(text); } : (Reflect.get(target, property) as unknown)) });
      listProjectIdsSync(kysely, spy, projectQuerySchema.parse({ search: 'lukuinto', sortDirection }));
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${compiledSql}`).all(...compiledSql.split('?').slice(1).map(() => 'x')) as { detail: string }[]).map((row) => row.detail);
      expect({ sortDirection, plan }).toEqual({ sortDirection, plan: ['SEARCH projects USING COVERING INDEX projects_live_search (deleted_at=?)'] });
    }
    db.close();
  });
});
