import type { ProjectListRow, ProjectSortKey } from '../../../../shared/domain/project';
import { formatFinnishDate } from '../../../../shared/format/date';
import { formatEuros } from '../../../../shared/format/money';
import type { ProjectLabels } from './labels';

export interface Column {
  /** projects.field.<field> names the column, unless a shorter table header is given. */
  field: string;
  /** i18n key of a shorter header where the field's form label is too long for a column. */
  headerKey?: 'projects.columnHeader.reportDueDate';
  sortKey: ProjectSortKey;
  width: string;
  numeric?: boolean;
  render: (project: ProjectListRow, labels: ProjectLabels) => string;
}

const date = (iso: string | null) => (iso ? formatFinnishDate(iso) : '');
const money = (cents: number | null) => (cents === null ? '' : formatEuros(cents));

/** Register columns; the name column is rendered as the edit button by the table itself. */
export const columns: readonly Column[] = [
  { field: 'nameFi', sortKey: 'nameFi', width: 'minmax(11em, 3fr)', render: (p) => p.nameFi },
  { field: 'area', sortKey: 'area', width: 'minmax(7em, 1.2fr)', render: (p, l) => l.area(p.area) },
  { field: 'funder', sortKey: 'funder', width: '7em', render: (p, l) => l.funder(p.funder) },
  { field: 'status', sortKey: 'status', width: '6.5em', render: (p, l) => l.status(p.status) },
  { field: 'grantedCents', sortKey: 'grantedCents', width: '9em', numeric: true, render: (p) => money(p.grantedCents) },
  { field: 'totalBudgetCents', sortKey: 'totalBudgetCents', width: '9.5em', numeric: true, render: (p) => money(p.totalBudgetCents) },
  { field: 'startDate', sortKey: 'startDate', width: '7.5em', render: (p) => date(p.startDate) },
  { field: 'endDate', sortKey: 'endDate', width: '7.5em', render: (p) => date(p.endDate) },
  { field: 'reportDueDate', sortKey: 'reportDueDate', width: '8.5em', headerKey: 'projects.columnHeader.reportDueDate', render: (p) => date(p.reportDueDate) },
  { field: 'responsiblePerson', sortKey: 'responsiblePerson', width: 'minmax(6em, 1fr)', render: (p) => p.responsiblePerson },
];

/** Name + data columns + the actions column, as one CSS grid template shared by header and rows. */
export const gridTemplate = [...columns.map((column) => column.width), '10.5em'].join(' ');
