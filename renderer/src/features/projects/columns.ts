import type { ProjectListRow, ProjectSortKey } from '../../../../shared/domain/project';
import { formatFinnishDate } from '../../../../shared/format/date';
import { formatEuros } from '../../../../shared/format/money';
import type { ProjectLabels } from './labels';

export interface Column {
  /** projects.field.<field> names the column, unless a shorter table header is given. */
  field: string;
  /** i18n key of the header where the field's form label is too long for a column. */
  headerKey?: `projects.columnHeader.${'totalBudgetCents' | 'reportDueDate' | 'responsiblePerson'}`;
  sortKey: ProjectSortKey;
  width: string;
  numeric?: boolean;
  render: (project: ProjectListRow, labels: ProjectLabels) => string;
}

const date = (iso: string | null) => (iso ? formatFinnishDate(iso) : '');
const money = (cents: number | null) => (cents === null ? '' : formatEuros(cents));

/**
 * Register columns; the name column is rendered as the edit button by the table itself.
 * Widths are in em of the table's font: each fits its header's longest word with the sort mark
 * and its longest value ("Varhaiskasvatus", "Valmisteilla", "12 345 678 €", "31.12.2024"), so
 * no header is clipped; the name takes the rest and wraps (tests/e2e/register-layout.spec.ts).
 */
export const columns: readonly Column[] = [
  { field: 'nameFi', sortKey: 'nameFi', width: 'minmax(13em, 1fr)', render: (p) => p.nameFi },
  { field: 'area', sortKey: 'area', width: '9.4em', render: (p, l) => l.area(p.area) },
  { field: 'funder', sortKey: 'funder', width: '8.25em', render: (p, l) => l.funder(p.funder) },
  { field: 'status', sortKey: 'status', width: '7em', render: (p, l) => l.status(p.status) },
  { field: 'grantedCents', sortKey: 'grantedCents', width: '8.5em', numeric: true, render: (p) => money(p.grantedCents) },
  { field: 'totalBudgetCents', sortKey: 'totalBudgetCents', width: '8em', numeric: true, headerKey: 'projects.columnHeader.totalBudgetCents', render: (p) => money(p.totalBudgetCents) },
  { field: 'startDate', sortKey: 'startDate', width: '7em', render: (p) => date(p.startDate) },
  { field: 'endDate', sortKey: 'endDate', width: '7em', render: (p) => date(p.endDate) },
  { field: 'reportDueDate', sortKey: 'reportDueDate', width: '7em', headerKey: 'projects.columnHeader.reportDueDate', render: (p) => date(p.reportDueDate) },
  { field: 'responsiblePerson', sortKey: 'responsiblePerson', width: '7em', headerKey: 'projects.columnHeader.responsiblePerson', render: (p) => p.responsiblePerson },
];

/** Name + data columns + the actions column, as one CSS grid template shared by header and rows. */
export const gridTemplate = [...columns.map((column) => column.width), '10.75em'].join(' ');
