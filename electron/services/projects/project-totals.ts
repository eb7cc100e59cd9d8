// Totals of the listed rows, computed from the very rows the list returns (so count and sums
// always agree with the table), ordered like the repository's SQL totals: granted € desc, key.
// One pass over the rows: with 10,000 of them in a sort order other than the one they were
// loaded in, every extra walk costs a millisecond of cache misses.
import type { ProjectListRow, ProjectTotals, TotalsRow } from '../../../shared/domain/project';

type Summed = Pick<ProjectListRow, 'funder' | 'area' | 'grantedCents' | 'totalBudgetCents'>;

function add(groups: Map<string, TotalsRow>, key: string, granted: number, budget: number): void {
  const row = groups.get(key);
  if (row) {
    row.count += 1;
    row.grantedCents += granted;
    row.totalBudgetCents += budget;
  } else groups.set(key, { key, count: 1, grantedCents: granted, totalBudgetCents: budget });
}

function ordered(groups: Map<string, TotalsRow>): TotalsRow[] {
  return [...groups.values()].sort((a, b) => b.grantedCents - a.grantedCents || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function totalsOf(rows: readonly Summed[]): ProjectTotals {
  let grantedCents = 0;
  let totalBudgetCents = 0;
  const byFunder = new Map<string, TotalsRow>();
  const byArea = new Map<string, TotalsRow>();
  for (const project of rows) {
    const granted = project.grantedCents ?? 0;
    const budget = project.totalBudgetCents ?? 0;
    grantedCents += granted;
    totalBudgetCents += budget;
    add(byFunder, project.funder, granted, budget);
    add(byArea, project.area, granted, budget);
  }
  return { count: rows.length, grantedCents, totalBudgetCents, byFunder: ordered(byFunder), byArea: ordered(byArea) };
}
