// Migration 003: one covering index for the register's list query (issue 2: ≤ 10 ms per
// filter or sort with 10,000 projects). Once landed, never edited.
//
// The list asks SQL only for ordered ids. With 001's (deleted_at, name_sort) index every listed
// row cost a lookup into the wide table row to fetch its id, and the id tie-breaker a sort.
// This index leads with (deleted_at, name_sort, id), so the default name order in either
// direction is read straight from it, and it carries every other sort and filter column, so
// any other order is a sort of index entries without touching the table. It supersedes 001's
// index (a prefix of it), which is dropped. search_text is left out on purpose: it is long, and
// a search reads the table anyway.
import type { Migration } from './migration';

export const migration003: Migration = {
  version: 3,
  name: 'project list covering index',
  up(db) {
    db.exec(`
      CREATE INDEX projects_live_list ON projects (
        deleted_at, name_sort, id,
        area, funder, grant_type, scope, status, granted_cents, total_budget_cents,
        start_date, end_date, responsible_person, report_due_date, updated_at
      );
      DROP INDEX projects_live_name;
    `);
  },
};
