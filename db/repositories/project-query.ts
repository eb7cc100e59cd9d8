// The WHERE and ORDER BY of the register, built with Kysely's expression builder.
import { sql } from 'kysely';
import type { Expression, ExpressionBuilder, OrderByDirection, SqlBool } from 'kysely';
import { fundedStatuses, funders, openObligationStatuses, grantTypes, projectScopes, projectStatuses, responsibilityAreas } from '../../shared/domain/project';
import type { ProjectQuery, ProjectSortKey } from '../../shared/domain/project';
import { assertNever } from '../../shared/errors';
import type { Database } from '../schema';
import { searchWordConditions } from './search-match';

type Eb = ExpressionBuilder<Database, 'projects'>;
export type ProjectFilter = Omit<ProjectQuery, 'sortBy' | 'sortDirection'>;

/** Mirrors isRunningOn (shared/domain/project.ts); a property test keeps the two equal. */
export function runningOn(eb: Eb, date: string): Expression<SqlBool> {
  return eb.and([
    eb('status', 'in', [...fundedStatuses]),
    eb('start_date', 'is not', null),
    eb('start_date', '<=', date),
    eb.or([eb('end_date', 'is', null), eb('end_date', '>=', date)]),
  ]);
}

/** Mirrors hasDeadlineBy (shared/domain/project.ts); a property test keeps the two equal. */
export function deadlineBy(eb: Eb, date: string): Expression<SqlBool> {
  return eb.and([
    eb('status', 'in', [...openObligationStatuses]),
    eb.or([
      eb.and([eb('end_date', 'is not', null), eb('end_date', '<=', date)]),
      eb.and([eb('report_due_date', 'is not', null), eb('report_due_date', '<=', date)]),
    ]),
  ]);
}

/** Period overlaps the calendar year; a project without a start date belongs to no year. */
function overlapsYear(eb: Eb, year: number): Expression<SqlBool> {
  const first = `${String(year)}-01-01`;
  const last = `${String(year)}-12-31`;
  return eb.and([
    eb('start_date', 'is not', null),
    eb('start_date', '<=', last),
    eb.or([eb('end_date', 'is', null), eb('end_date', '>=', first)]),
  ]);
}

export function projectWhere(eb: Eb, filter: ProjectFilter): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [eb('deleted_at', 'is', null)];
  if (filter.areas.length > 0) conditions.push(eb('area', 'in', filter.areas));
  if (filter.funders.length > 0) conditions.push(eb('funder', 'in', filter.funders));
  if (filter.statuses.length > 0) conditions.push(eb('status', 'in', filter.statuses));
  if (filter.scopes.length > 0) conditions.push(eb('scope', 'in', filter.scopes));
  if (filter.year !== null) conditions.push(overlapsYear(eb, filter.year));
  if (filter.activeOn !== null) conditions.push(runningOn(eb, filter.activeOn));
  if (filter.dueBy !== null) conditions.push(deadlineBy(eb, filter.dueBy));
  conditions.push(...searchWordConditions(eb.ref('search_text'), filter.search));
  return eb.and(conditions);
}

/**
 * Enum columns sort in their domain order (status follows the lifecycle), not by spelling.
 * The values are literals, not parameters, so that the expression is the very one that
 * migration 004 indexes (ordinalSql) and SQLite can read the order from that index.
 */
function ordinal(eb: Eb, column: 'area' | 'funder' | 'grant_type' | 'scope' | 'status', values: readonly string[]) {
  let builder = eb.case().when(column, '=', sql.lit(values[0] ?? '')).then(sql.lit(0));
  values.slice(1).forEach((value, index) => {
    builder = builder.when(column, '=', sql.lit(value)).then(sql.lit(index + 1));
  });
  return builder.else(sql.lit(values.length)).end();
}

export function sortExpression(eb: Eb, key: ProjectSortKey) {
  switch (key) {
    case 'nameFi': return eb.ref('name_sort');
    case 'area': return ordinal(eb, 'area', responsibilityAreas);
    case 'funder': return ordinal(eb, 'funder', funders);
    case 'grantType': return ordinal(eb, 'grant_type', grantTypes);
    case 'scope': return ordinal(eb, 'scope', projectScopes);
    case 'status': return ordinal(eb, 'status', projectStatuses);
    case 'grantedCents': return eb.ref('granted_cents');
    case 'totalBudgetCents': return eb.ref('total_budget_cents');
    case 'startDate': return eb.ref('start_date');
    case 'endDate': return eb.ref('end_date');
    case 'responsiblePerson': return eb.fn<string>('nullif', [eb.fn<string>('lower', ['responsible_person']), sql.lit('')]);
    case 'reportDueDate': return eb.ref('report_due_date');
    case 'updatedAt': return eb.ref('updated_at');
    default: return assertNever(key);
  }
}

export type { OrderByDirection };
