// Test helpers for the data layer: temporary folders, file hashes, and migrateTo(db, n) so a
// data-changing migration N gets its test: migrateTo(N-1) → insert → migrateTo(N) → compare.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach } from 'vitest';
import { migrate } from '../../../db/migrations/runner';
import { inputToColumns } from '../../../db/repositories/project-rows';
import type { ProjectInput } from '../../../shared/domain/project';

const folders: string[] = [];

/** A fresh folder removed after the test. */
export function tempDir(prefix = 'pykala-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A raw connection to an empty in-memory database at schema version 0. */
export function emptyDb(): BetterSqlite3.Database {
  return new BetterSqlite3(':memory:');
}

/** Runs the app's migrations up to version n (never down). */
export function migrateTo(db: BetterSqlite3.Database, n: number): void {
  migrate(db, n);
}

/** The schema as sorted SQL text, for snapshots. */
export function schemaSql(db: BetterSqlite3.Database): string {
  const rows = db.prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name").all() as { sql: string }[];
  return `${rows.map((row) => `${row.sql.trim()};`).join('\n\n')}\n`;
}

/** A project with every field filled, for migration tests; override what the test is about. */
export function projectInput(overrides: Partial<ProjectInput> = {}): ProjectInput {
  return {
    nameFi: 'Aamu', nameSv: '', area: 'perusopetus', funder: 'OKM', grantType: 'valtionavustus', callName: '', grantedCents: 100, ownShareKind: 'percent',
    ownShareValue: null, totalBudgetCents: null, startDate: '2024-01-01', endDate: null, partnership: false, scope: 'oma', partners: [], responsiblePerson: '',
    coordinator: '', status: 'haettu', decisionNumber: '', decisionDate: null, reportDueDate: null, description: '', ...overrides,
  };
}

/**
 * Inserts a project row with plain SQL, as the projects table has been since migration 001, so a
 * migration test does not depend on today's repository writing it.
 */
export function insertProjectRow(db: BetterSqlite3.Database, id: string, input: ProjectInput, deletedAt: string | null = null): void {
  db.prepare(`INSERT INTO projects (id, name_fi, name_sv, search_text, name_sort, area, funder, grant_type, call_name, granted_cents, own_share_kind, own_share_value,
    total_budget_cents, start_date, end_date, partnership, scope, partners, responsible_person, coordinator, status, decision_number, decision_date, report_due_date, description,
    is_sample, created_at, updated_at, deleted_at) VALUES (@id, @name_fi, @name_sv, @search_text, @name_sort, @area, @funder, @grant_type, @call_name, @granted_cents, @own_share_kind,
    @own_share_value, @total_budget_cents, @start_date, @end_date, @partnership, @scope, @partners, @responsible_person, @coordinator, @status, @decision_number, @decision_date,
    @report_due_date, @description, 0, 't', 't', @deleted_at)`).run({ ...inputToColumns(input), id, deleted_at: deletedAt });
}
