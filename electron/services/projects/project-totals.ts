// Totals of the listed rows, computed from the very rows the list returns (so count and sums
// always agree with the table), ordered like the repository's SQL totals: granted € desc, key.
import type { Project, ProjectTotals, TotalsRow } from '../../../shared/domain/project';

function group(rows: readonly Project[], keyOf: (project: Project) => string): TotalsRow[] {
  const groups = new Map<string, TotalsRow>();
  for (const project of rows) {
    const key = keyOf(project);
    let row = groups.get(key);
    if (!row) {
      row = { key, count: 0, grantedCents: 0, totalBudgetCents: 0 };
      groups.set(key, row);
    }
    row.count += 1;
    row.grantedCents += project.grantedCents ?? 0;
    row.totalBudgetCents += project.totalBudgetCents ?? 0;
  }
  return [...groups.values()].sort((a, b) => b.grantedCents - a.grantedCents || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function totalsOf(rows: readonly Project[]): ProjectTotals {
  let grantedCents = 0;
  let totalBudgetCents = 0;
  for (const project of rows) {
    grantedCents += project.grantedCents ?? 0;
    totalBudgetCents += project.totalBudgetCents ?? 0;
  }
  return { count: rows.length, grantedCents, totalBudgetCents, byFunder: group(rows, (p) => p.funder), byArea: group(rows, (p) => p.area) };
}
