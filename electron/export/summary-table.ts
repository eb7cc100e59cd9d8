// The project summary's tables: projects grouped by responsibility area with subtotals, and
// totals by funder. Money right-aligned as "12 500 €"; header rows repeat on every page.
import { AlignmentType, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { funders, responsibilityAreas } from '../../shared/domain/project';
import type { SummaryProject } from '../../shared/domain/summary-project';
import { formatFinnishDate } from '../../shared/format/date';
import { formatEuros } from '../../shared/format/money';
import { projects as projectWords } from '../../shared/i18n/fi/projects';
import { textRuns } from './inline';
import { docLabels } from './labels';
import { styleIds } from './styles';

type Align = 'left' | 'right';
interface Column {
  title: string;
  width: number;
  align: Align;
}

const groupShade = { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' };

function cell(text: string, width: number, options: { align?: Align; bold?: boolean; span?: number; shade?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.span && options.span > 1 ? { columnSpan: options.span } : {}),
    ...(options.shade ? { shading: groupShade } : {}),
    children: [
      new Paragraph({
        style: styleIds.tableText,
        alignment: options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: textRuns(text, options.bold ? { bold: true } : {}),
      }),
    ],
  });
}

function money(cents: number | null): string {
  return cents === null ? '–' : formatEuros(cents);
}

function period(project: SummaryProject): string {
  const start = project.startDate ? formatFinnishDate(project.startDate) : '';
  const end = project.endDate ? formatFinnishDate(project.endDate) : '';
  return start || end ? `${start}–${end}` : '';
}

function sum(rows: SummaryProject[], key: 'grantedCents' | 'totalBudgetCents'): number {
  return rows.reduce((total, project) => total + (project[key] ?? 0), 0);
}

function table(columns: Column[], rows: TableRow[]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column) => cell(column.title, column.width, { align: column.align, bold: true, shade: true })),
  });
  return new Table({
    rows: [header, ...rows],
    columnWidths: columns.map((column) => column.width),
    width: { size: columns.reduce((total, column) => total + column.width, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    margins: { left: 80, right: 80, top: 30, bottom: 30 },
  });
}

/** Column widths for the landscape page; the name gets what the fixed columns leave. */
function projectColumns(textWidth: number): Column[] {
  const fixed = [1300, 1900, 1800, 2200, 2100, 1300];
  const nameWidth = textWidth - fixed.reduce((total, width) => total + width, 0);
  const [funder = 0, grant = 0, granted = 0, budget = 0, span = 0, state = 0] = fixed;
  return [
    { title: 'Hanke', width: nameWidth, align: 'left' },
    { title: projectWords.field.funder, width: funder, align: 'left' },
    { title: projectWords.field.grantType, width: grant, align: 'left' },
    { title: 'Myönnetty €', width: granted, align: 'right' },
    { title: 'Kokonaisbudjetti €', width: budget, align: 'right' },
    { title: 'Kausi', width: span, align: 'left' },
    { title: projectWords.field.status, width: state, align: 'left' },
  ];
}

export function projectsByAreaTable(rows: SummaryProject[], textWidth: number): Table {
  const columns = projectColumns(textWidth);
  const w = columns.map((column) => column.width);
  const width = (from: number, to: number) => w.slice(from, to).reduce((total, value) => total + value, 0);
  const out: TableRow[] = [];
  for (const area of responsibilityAreas) {
    const group = rows.filter((project) => project.area === area).sort((a, b) => a.nameFi.localeCompare(b.nameFi, 'fi'));
    if (group.length === 0) continue;
    out.push(new TableRow({ cantSplit: true, keepNext: true, children: [cell(projectWords.area[area], width(0, 7), { bold: true, span: 7, shade: true })] }));
    group.forEach((project, index) => {
      out.push(
        new TableRow({
          cantSplit: true,
          // The last project stays on the page of its subtotal.
          ...(index === group.length - 1 ? { keepNext: true } : {}),
          children: [
            cell(project.nameFi, w[0] ?? 0),
            cell(projectWords.funder[project.funder], w[1] ?? 0),
            cell(projectWords.grantType[project.grantType], w[2] ?? 0),
            cell(money(project.grantedCents), w[3] ?? 0, { align: 'right' }),
            cell(money(project.totalBudgetCents), w[4] ?? 0, { align: 'right' }),
            cell(period(project), w[5] ?? 0),
            cell(projectWords.status[project.status], w[6] ?? 0),
          ],
        }),
      );
    });
    out.push(subtotalRow(`${projectWords.area[area]} ${docLabels.total.toLowerCase()} (${group.length})`, group, w));
  }
  out.push(subtotalRow(`${docLabels.total} (${rows.length})`, rows, w));
  return table(columns, out);
}

function subtotalRow(label: string, rows: SummaryProject[], w: number[]): TableRow {
  const first = (w[0] ?? 0) + (w[1] ?? 0) + (w[2] ?? 0);
  return new TableRow({
    cantSplit: true,
    children: [
      cell(label, first, { bold: true, span: 3 }),
      cell(formatEuros(sum(rows, 'grantedCents')), w[3] ?? 0, { align: 'right', bold: true }),
      cell(formatEuros(sum(rows, 'totalBudgetCents')), w[4] ?? 0, { align: 'right', bold: true }),
      cell('', (w[5] ?? 0) + (w[6] ?? 0), { span: 2 }),
    ],
  });
}

export function totalsByFunderTable(rows: SummaryProject[]): Table {
  const columns: Column[] = [
    { title: projectWords.field.funder, width: 4200, align: 'left' },
    { title: projectWords.totals.count, width: 1500, align: 'right' },
    { title: 'Myönnetty €', width: 2200, align: 'right' },
    { title: 'Kokonaisbudjetti €', width: 2200, align: 'right' },
  ];
  const w = columns.map((column) => column.width);
  const line = (label: string, group: SummaryProject[], bold: boolean) =>
    new TableRow({
      cantSplit: true,
      children: [
        cell(label, w[0] ?? 0, { bold }),
        cell(String(group.length), w[1] ?? 0, { align: 'right', bold }),
        cell(formatEuros(sum(group, 'grantedCents')), w[2] ?? 0, { align: 'right', bold }),
        cell(formatEuros(sum(group, 'totalBudgetCents')), w[3] ?? 0, { align: 'right', bold }),
      ],
    });
  const body = funders
    .map((funder) => ({ funder, group: rows.filter((project) => project.funder === funder) }))
    .filter(({ group }) => group.length > 0)
    .map(({ funder, group }) => line(projectWords.funderLong[funder], group, false));
  return table(columns, [...body, line(docLabels.total, rows, true)]);
}
