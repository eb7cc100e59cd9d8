// pykala projects --data DIR [--active-on DATE] [--json]: the register as a table, or its full projects as JSON.
import type { ProjectListRow } from '../../../shared/domain/project';
import { formatFinnishDate, parseFinnishDate } from '../../../shared/format/date';
import { formatEuros } from '../../../shared/format/money';
import { translate } from '../../../shared/i18n/translate';
import { CliError } from '../cli-io';
import type { CliCommand } from '../cli-io';
import { call, dataDirOf, openExisting } from '../context';

function period(project: ProjectListRow): string {
  if (project.startDate === null && project.endDate === null) return '';
  const start = project.startDate ? formatFinnishDate(project.startDate) : '';
  const end = project.endDate ? formatFinnishDate(project.endDate) : '';
  return `${start}–${end}`;
}

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

/** Fixed-width columns; money right-aligned. Plain spaces so terminals and pipes agree. */
export function projectTable(projects: ProjectListRow[]): string {
  const h = (key: string) => translate(`cli.projects.header.${key}`);
  const columns = [
    { title: h('name'), width: 46, value: (p: ProjectListRow) => p.nameFi },
    { title: h('area'), width: 42, value: (p: ProjectListRow) => translate(`projects.area.${p.area}`) },
    { title: h('funder'), width: 10, value: (p: ProjectListRow) => translate(`projects.funder.${p.funder}`) },
    { title: h('granted'), width: 14, value: (p: ProjectListRow) => (p.grantedCents === null ? '' : formatEuros(p.grantedCents).replace(/\s/gu, ' ')), right: true },
    { title: h('period'), width: 22, value: period },
    { title: h('status'), width: 12, value: (p: ProjectListRow) => translate(`projects.status.${p.status}`) },
  ];
  const line = (cells: { text: string; width: number; right?: boolean | undefined }[]) =>
    cells.map((c) => (c.right ? c.text.padStart(c.width) : fit(c.text, c.width))).join('  ').trimEnd();
  const rows = projects.map((p) => line(columns.map((c) => ({ text: c.value(p), width: c.width, right: c.right }))));
  const rule = '-'.repeat(columns.reduce((sum, c) => sum + c.width + 2, -2));
  return [line(columns.map((c) => ({ text: c.title, width: c.width, right: c.right }))), rule, ...rows].join('\n');
}

/** An optional date option: absent → null; unreadable → a Finnish error before anything is opened. */
function dateOption(raw: string | boolean | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const iso = parseFinnishDate(raw);
  if (iso === null) throw new CliError(translate('cli.error.badDate', { value: raw }));
  return iso;
}

export const projectsCommand: CliCommand = {
  options: { 'active-on': { type: 'string' }, 'due-by': { type: 'string' }, json: { type: 'boolean' } },
  async run(values, _positionals, io) {
    const activeOn = dateOption(values['active-on']);
    const dueBy = dateOption(values['due-by']);
    const context = openExisting(dataDirOf(values));
    try {
      const { rows } = await call(context, 'projects:list', { activeOn, dueBy, sortBy: 'nameFi' });
      if (values.json === true) {
        // Scripts get every field of each project, not just the table's columns.
        const projects = [];
        for (const row of rows) projects.push(await call(context, 'projects:get', { id: row.id }));
        io.stdout.write(`${JSON.stringify(projects, null, 2)}\n`);
        return;
      }
      const count =
        activeOn && !dueBy
          ? translate('cli.projects.countActive', { count: rows.length, date: formatFinnishDate(activeOn) })
          : dueBy && !activeOn
            ? translate('cli.projects.countDue', { count: rows.length, date: formatFinnishDate(dueBy) })
            : translate('cli.projects.count', { count: rows.length });
      io.stdout.write(`${projectTable(rows)}\n\n${count}\n`);
    } finally {
      context.close();
    }
  },
};
