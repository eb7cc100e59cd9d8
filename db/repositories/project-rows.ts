// Row ↔ domain mapping for projects; the only place that knows both shapes.
import type { Selectable } from 'kysely';
import type { Funder, GrantType, OwnShareKind, Project, ProjectInput, ProjectListRow, ProjectScope, ProjectStatus, ResponsibilityArea } from '../../shared/domain/project';
import type { ProjectsTable } from '../schema';
import { finnishSortKey, searchFold } from '../text-keys';

/** Columns a read returns: everything but the write-side helper keys. */
export const projectColumns = [
  'id', 'name_fi', 'name_sv', 'area', 'funder', 'grant_type', 'call_name', 'granted_cents', 'own_share_kind', 'own_share_value',
  'total_budget_cents', 'start_date', 'end_date', 'partnership', 'scope', 'partners', 'responsible_person', 'coordinator',
  'status', 'decision_number', 'decision_date', 'report_due_date', 'description', 'is_sample', 'created_at', 'updated_at',
] as const satisfies readonly (keyof ProjectsTable)[];

export type ProjectRow = Pick<Selectable<ProjectsTable>, (typeof projectColumns)[number]>;

/** Columns of the register's list rows (ProjectListRow). */
export const projectListColumns = [
  'id', 'is_sample', 'name_fi', 'area', 'funder', 'status', 'granted_cents', 'total_budget_cents', 'start_date', 'end_date', 'responsible_person',
  'report_due_date',
] as const satisfies readonly (keyof ProjectsTable)[];

export type ProjectListDbRow = Pick<Selectable<ProjectsTable>, (typeof projectListColumns)[number]>;

/** Keys in toProjectListRow's order, so both shapes serialise identically. */
export function rowToListRow(row: ProjectListDbRow): ProjectListRow {
  return {
    id: row.id,
    isSample: row.is_sample === 1,
    nameFi: row.name_fi,
    area: row.area as ResponsibilityArea,
    funder: row.funder as Funder,
    status: row.status as ProjectStatus,
    grantedCents: row.granted_cents,
    totalBudgetCents: row.total_budget_cents,
    startDate: row.start_date,
    endDate: row.end_date,
    responsiblePerson: row.responsible_person,
    reportDueDate: row.report_due_date,
  };
}

function parsePartners(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
}

export function rowToProject(row: ProjectRow): Project {
  return {
    id: row.id,
    nameFi: row.name_fi,
    nameSv: row.name_sv,
    area: row.area as ResponsibilityArea,
    funder: row.funder as Funder,
    grantType: row.grant_type as GrantType,
    callName: row.call_name,
    grantedCents: row.granted_cents,
    ownShareKind: row.own_share_kind as OwnShareKind,
    ownShareValue: row.own_share_value,
    totalBudgetCents: row.total_budget_cents,
    startDate: row.start_date,
    endDate: row.end_date,
    partnership: row.partnership === 1,
    scope: row.scope as ProjectScope,
    partners: row.partners === '[]' ? [] : parsePartners(row.partners),
    responsiblePerson: row.responsible_person,
    coordinator: row.coordinator,
    status: row.status as ProjectStatus,
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    reportDueDate: row.report_due_date,
    description: row.description,
    isSample: row.is_sample === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The columns written from a ProjectInput, helper keys included. */
export function inputToColumns(input: ProjectInput) {
  const searchable = [input.nameFi, input.nameSv, input.callName, input.responsiblePerson, input.coordinator, input.decisionNumber, ...input.partners, input.description];
  return {
    name_fi: input.nameFi,
    name_sv: input.nameSv,
    search_text: searchFold(searchable.join(' ')),
    name_sort: finnishSortKey(input.nameFi),
    area: input.area,
    funder: input.funder,
    grant_type: input.grantType,
    call_name: input.callName,
    granted_cents: input.grantedCents,
    own_share_kind: input.ownShareKind,
    own_share_value: input.ownShareValue,
    total_budget_cents: input.totalBudgetCents,
    start_date: input.startDate,
    end_date: input.endDate,
    partnership: input.partnership ? 1 : 0,
    scope: input.scope,
    partners: JSON.stringify(input.partners),
    responsible_person: input.responsiblePerson,
    coordinator: input.coordinator,
    status: input.status,
    decision_number: input.decisionNumber,
    decision_date: input.decisionDate,
    report_due_date: input.reportDueDate,
    description: input.description,
  };
}
