// Migration 002 → 003 (the register's covering list index): rows stay as they were, the old
// name index is gone, and the list's id query is answered from the new index alone.
import { Kysely, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { listProjectIdsSync } from '../../../db/repositories/projects-repository';
import { inputToColumns } from '../../../db/repositories/project-rows';
import type { Database } from '../../../db/schema';
import { projectQuerySchema } from '../../../shared/domain/project';
import type { ProjectInput } from '../../../shared/domain/project';
import { emptyDb, migrateTo } from './helpers';

const base: ProjectInput = {
  nameFi: 'Aamu', nameSv: '', area: 'perusopetus', funder: 'OKM', grantType: 'valtionavustus', callName: '', grantedCents: 100, ownShareKind: 'percent',
  ownShareValue: null, totalBudgetCents: null, startDate: '2024-01-01', endDate: null, partnership: false, scope: 'oma', partners: [], responsiblePerson: '',
  coordinator: '', status: 'haettu', decisionNumber: '', decisionDate: null, reportDueDate: null, description: '',
};

describe('migration 003', () => {
  it('keeps every project row and replaces the name index with the covering list index', () => {
    const db = emptyDb();
    migrateTo(db, 2);
    const insert = db.prepare(`INSERT INTO projects (id, name_fi, name_sv, search_text, name_sort, area, funder, grant_type, call_name, granted_cents, own_share_kind, own_share_value,
      total_budget_cents, start_date, end_date, partnership, scope, partners, responsible_person, coordinator, status, decision_number, decision_date, report_due_date, description,
      is_sample, created_at, updated_at, deleted_at) VALUES (@id, @name_fi, @name_sv, @search_text, @name_sort, @area, @funder, @grant_type, @call_name, @granted_cents, @own_share_kind,
      @own_share_value, @total_budget_cents, @start_date, @end_date, @partnership, @scope, @partners, @responsible_person, @coordinator, @status, @decision_number, @decision_date,
      @report_due_date, @description, 0, 't', 't', @deleted_at)`);
    const names = ['Öljy', 'aamu', 'Äiti', 'Zeta', 'Poistettu'];
    names.forEach((nameFi, index) => insert.run({ ...inputToColumns({ ...base, nameFi, grantedCents: index * 100 }), id: `p${String(index)}`, deleted_at: nameFi === 'Poistettu' ? 't' : null }));
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
