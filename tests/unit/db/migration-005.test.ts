// Migration 004 → 005 (the search index): rows stay as they were, a search lists the same ids
// in the same order as before, and in name order (either direction) it is answered from the
// new index alone, without reading the table rows.
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { listProjectIdsSync } from '../../../db/repositories/projects-repository';
import { inputToColumns } from '../../../db/repositories/project-rows';
import type { Database } from '../../../db/schema';
import { projectQuerySchema } from '../../../shared/domain/project';
import type { ProjectInput, ProjectQueryInput } from '../../../shared/domain/project';
import { emptyDb, migrateTo } from './helpers';

const base: ProjectInput = {
  nameFi: 'Aamu', nameSv: '', area: 'perusopetus', funder: 'OKM', grantType: 'valtionavustus', callName: '', grantedCents: 100, ownShareKind: 'percent',
  ownShareValue: null, totalBudgetCents: null, startDate: '2024-01-01', endDate: null, partnership: false, scope: 'oma', partners: [], responsiblePerson: '',
  coordinator: '', status: 'haettu', decisionNumber: '', decisionDate: null, reportDueDate: null, description: '',
};

describe('migration 005', () => {
  it('keeps every row, lists the same search results, and answers a name-ordered search from the search index', () => {
    const db = emptyDb();
    migrateTo(db, 4);
    const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: db }) });
    const insert = db.prepare(`INSERT INTO projects (id, name_fi, name_sv, search_text, name_sort, area, funder, grant_type, call_name, granted_cents, own_share_kind, own_share_value,
      total_budget_cents, start_date, end_date, partnership, scope, partners, responsible_person, coordinator, status, decision_number, decision_date, report_due_date, description,
      is_sample, created_at, updated_at, deleted_at) VALUES (@id, @name_fi, @name_sv, @search_text, @name_sort, @area, @funder, @grant_type, @call_name, @granted_cents, @own_share_kind,
      @own_share_value, @total_budget_cents, @start_date, @end_date, @partnership, @scope, @partners, @responsible_person, @coordinator, @status, @decision_number, @decision_date,
      @report_due_date, @description, 0, 't', 't', @deleted_at)`);
    const rows: (Partial<ProjectInput> & { deleted?: boolean })[] = [
      { nameFi: 'Öljyn lukuinto', grantedCents: 300 },
      { nameFi: 'aamun tuki', description: 'Lukuinnon kerho' },
      { nameFi: 'Äidinkieli', description: 'ei osumaa' },
      { nameFi: 'Zeta', coordinator: 'Liisa Lukuinto', grantedCents: 900 },
      { nameFi: 'Lukuinto, poistettu', deleted: true },
    ];
    rows.forEach(({ deleted, ...row }, index) => insert.run({ ...inputToColumns({ ...base, ...row }), id: `p${String(index)}`, deleted_at: deleted ? 't' : null }));
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
