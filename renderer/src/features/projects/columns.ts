import type { Project, ProjectSortKey } from '../../../../shared/domain/project';
import { formatFinnishDate } from '../../../../shared/format/date';
import { formatEuros } from '../../../../shared/format/money';
import type { ProjectLabels } from './labels';

export interface Column {
  /** projects.field.<field> names the column. */
  field: string;
  sortKey: ProjectSortKey;
  width: string;
  numeric?: boolean;
  render: (project: Project, labels: ProjectLabels) => string;
}

const date = (iso: string | null) => (iso ? formatFinnishDate(iso) : '');
const money = (cents: number | null) => (cents === null ? '' : formatEuros(cents));

/** Register columns; the name column is rendered as the edit button by the table itself. */
export const columns: readonly Column[] = [
  { field: 'nameFi', sortKey: 'nameFi', width: 'minmax(16rem, 2.5fr)', render: (p) => p.nameFi },
  { field: 'area', sortKey: 'area', width: 'minmax(9rem, 1fr)', render: (p, l) => l.area(p.area) },
  { field: 'funder', sortKey: 'funder', width: '7rem', render: (p, l) => l.funder(p.funder) },
  { field: 'status', sortKey: 'status', width: '7.5rem', render: (p, l) => l.status(p.status) },
  { field: 'scope', sortKey: 'scope', width: '8.5rem', render: (p, l) => l.scope(p.scope) },
  { field: 'grantedCents', sortKey: 'grantedCents', width: '8.5rem', numeric: true, render: (p) => money(p.grantedCents) },
  { field: 'totalBudgetCents', sortKey: 'totalBudgetCents', width: '8.5rem', numeric: true, render: (p) => money(p.totalBudgetCents) },
  { field: 'startDate', sortKey: 'startDate', width: '6.5rem', render: (p) => date(p.startDate) },
  { field: 'endDate', sortKey: 'endDate', width: '6.5rem', render: (p) => date(p.endDate) },
  { field: 'responsiblePerson', sortKey: 'responsiblePerson', width: 'minmax(8rem, 1fr)', render: (p) => p.responsiblePerson },
];

/** Name + data columns + the actions column, as one CSS grid template shared by header and rows. */
export const gridTemplate = [...columns.map((column) => column.width), '10.5rem'].join(' ');
