// The register's service layer on 10,000 projects: median ms per filter/sort/search case
// (target ≤ 10 ms), the same query in raw better-sqlite3 SQL, and the ratio (Kysely's overhead).
// Both sides return the same rows and totals; the bench checks that before timing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../db/connection';
import { insertProjectsSync, listProjects, projectTotals } from '../../db/repositories/projects-repository';
import { projectColumns, rowToProject } from '../../db/repositories/project-rows';
import type { ProjectRow } from '../../db/repositories/project-rows';
import { ProjectService } from '../../electron/services/projects/project-service';
import { serviceDeps } from '../../electron/services/service-deps';
import { projectQuerySchema, projectStatuses, toProjectListRow } from '../../shared/domain/project';
import type { ProjectQueryInput } from '../../shared/domain/project';
import { syntheticProjects } from './bench-projects';

const rowCount = 10_000;
const targetMs = 10;
const warmup = 5;
const runs = 31;

interface Case {
  name: string;
  query: ProjectQueryInput;
  where: string;
  params: unknown[];
  order: string;
}

const running = "status IN ('myonnetty','kaynnissa','paattynyt','raportoitu') AND start_date IS NOT NULL AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)";
const statusOrder = `CASE ${projectStatuses.map((s, i) => `WHEN status = '${s}' THEN ${String(i)}`).join(' ')} ELSE ${String(projectStatuses.length)} END`;

const cases: Case[] = [
  { name: 'kaikki, nimi A–Ö', query: {}, where: '', params: [], order: 'name_sort ASC, id' },
  { name: 'kaikki, nimi Ö–A', query: { sortDirection: 'desc' }, where: '', params: [], order: 'name_sort DESC, id DESC' },
  { name: 'kaikki, myönnetty ↓', query: { sortBy: 'grantedCents', sortDirection: 'desc' }, where: '', params: [], order: 'granted_cents IS NULL, granted_cents DESC, name_sort DESC, id DESC' },
  { name: 'kaikki, tila', query: { sortBy: 'status' }, where: '', params: [], order: `${statusOrder} ASC, name_sort ASC, id` },
  { name: 'vastuualue', query: { areas: ['perusopetus'] }, where: 'AND area IN (?)', params: ['perusopetus'], order: 'name_sort ASC, id' },
  { name: 'rahoittaja + tila', query: { funders: ['OKM', 'OPH'], statuses: ['kaynnissa'] }, where: 'AND funder IN (?, ?) AND status IN (?)', params: ['OKM', 'OPH', 'kaynnissa'], order: 'name_sort ASC, id' },
  { name: 'käynnissä 1.1.2024', query: { activeOn: '2024-01-01' }, where: `AND ${running}`, params: ['2024-01-01', '2024-01-01'], order: 'name_sort ASC, id' },
  {
    name: 'määräaika 30.6.2024',
    query: { dueBy: '2024-06-30' },
    where: "AND status IN ('myonnetty','kaynnissa','paattynyt') AND ((end_date IS NOT NULL AND end_date <= ?) OR (report_due_date IS NOT NULL AND report_due_date <= ?))",
    params: ['2024-06-30', '2024-06-30'],
    order: 'name_sort ASC, id',
  },
  { name: 'vuosi 2024', query: { year: 2024 }, where: "AND start_date IS NOT NULL AND start_date <= '2024-12-31' AND (end_date IS NULL OR end_date >= '2024-01-01')", params: [], order: 'name_sort ASC, id' },
  { name: 'haku "lukuinto"', query: { search: 'lukuinto' }, where: 'AND instr(search_text, ?) > 0', params: ['lukuinto'], order: 'name_sort ASC, id' },
  { name: 'haku "paivakoti tuki"', query: { search: 'paivakoti tuki' }, where: 'AND instr(search_text, ?) > 0 AND instr(search_text, ?) > 0', params: ['paivakoti', 'tuki'], order: 'name_sort ASC, id' },
  {
    name: 'haku, myönnetty ↓',
    query: { search: 'lukuinto', sortBy: 'grantedCents', sortDirection: 'desc' },
    where: 'AND instr(search_text, ?) > 0',
    params: ['lukuinto'],
    order: 'granted_cents IS NULL, granted_cents DESC, name_sort DESC, id DESC',
  },
  {
    name: 'yhdistelmä, päättyy ↓',
    query: { areas: ['varhaiskasvatus'], activeOn: '2024-01-01', search: 'laatu', sortBy: 'endDate', sortDirection: 'desc' },
    where: `AND area IN (?) AND ${running} AND instr(search_text, ?) > 0`,
    params: ['varhaiskasvatus', '2024-01-01', '2024-01-01', 'laatu'],
    order: 'end_date IS NULL, end_date DESC, name_sort DESC, id DESC',
  },
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** npm run bench starts Node with --expose-gc: the garbage of the result comparison is collected before timing, not during it. */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

async function timeMedian(action: () => unknown): Promise<number> {
  collectGarbage?.();
  for (let i = 0; i < warmup; i += 1) await action();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await action();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-bench-'));
  const handle = openDatabase(path.join(dir, 'bench.sqlite3'));
  try {
    const now = new Date().toISOString();
    const seedStart = performance.now();
    insertProjectsSync(handle.db, handle.sqlite, syntheticProjects(rowCount).map((input) => ({ input, meta: { id: randomUUID(), isSample: false, now } })));
    handle.sqlite.pragma('optimize');
    process.stdout.write(`seeded ${String(rowCount)} projects in ${(performance.now() - seedStart).toFixed(0)} ms\n\n`);

    const service = new ProjectService(serviceDeps(handle.db, handle.sqlite));
    const kysely = async (query: ReturnType<typeof projectQuerySchema.parse>) => ({ rows: await listProjects(handle.db, query), totals: await projectTotals(handle.db, query) });
    const header = `${'case'.padEnd(24)}${'rows'.padStart(7)}${'service ms'.padStart(12)}${'kysely ms'.padStart(11)}${'raw ms'.padStart(9)}${'kysely/raw'.padStart(12)}  service target ≤ ${String(targetMs)} ms`;
    process.stdout.write(`${header}\n${'-'.repeat(header.length)}\n`);
    let failures = 0;
    for (const benchCase of cases) {
      const query = projectQuerySchema.parse(benchCase.query);
      const rowsSql = handle.sqlite.prepare(`SELECT ${projectColumns.join(', ')} FROM projects WHERE deleted_at IS NULL ${benchCase.where} ORDER BY ${benchCase.order}`);
      const totalsSql = (column: string) => handle.sqlite.prepare(
        `SELECT ${column} AS key, count(*) AS count, coalesce(sum(granted_cents), 0) AS grantedCents, coalesce(sum(total_budget_cents), 0) AS totalBudgetCents FROM projects WHERE deleted_at IS NULL ${benchCase.where} GROUP BY ${column} ORDER BY grantedCents DESC, key`,
      );
      const byFunder = totalsSql('funder');
      const byArea = totalsSql('area');
      const raw = () => ({
        rows: (rowsSql.all(...benchCase.params) as ProjectRow[]).map(rowToProject),
        byFunder: byFunder.all(...benchCase.params),
        byArea: byArea.all(...benchCase.params),
      });
      const viaService = await service.list(query);
      const viaKysely = await kysely(query);
      const viaRaw = raw();
      const same = JSON.stringify(viaService.rows) === JSON.stringify(viaRaw.rows.map(toProjectListRow)) && JSON.stringify(viaKysely.rows) === JSON.stringify(viaRaw.rows)
        && JSON.stringify(viaService.totals.byFunder) === JSON.stringify(viaRaw.byFunder) && JSON.stringify(viaKysely.totals.byArea) === JSON.stringify(viaRaw.byArea);
      const serviceMs = await timeMedian(() => service.list(query));
      const kyselyMs = await timeMedian(() => kysely(query));
      const rawMs = await timeMedian(raw);
      const verdict = !same ? 'DIFFERENT RESULT' : serviceMs <= targetMs ? 'ok' : 'OVER TARGET';
      if (verdict !== 'ok') failures += 1;
      process.stdout.write(
        `${benchCase.name.padEnd(24)}${String(viaService.rows.length).padStart(7)}${serviceMs.toFixed(2).padStart(12)}${kyselyMs.toFixed(2).padStart(11)}${rawMs.toFixed(2).padStart(9)}${(kyselyMs / rawMs).toFixed(2).padStart(12)}  ${verdict}\n`,
      );
    }
    process.stdout.write(
      `\nmedian of ${String(runs)} runs after ${String(warmup)} warm-ups. service = ProjectService.list: the Kysely-built id query run on\n`
      + 'better-sqlite3 (plucked, read from the sort and search indexes of migrations 003-005), cached slim list rows, totals from those rows;\n'
      + 'kysely = the full query through Kysely (rows + SQL totals), raw = the same SQL on better-sqlite3; kysely/raw = Kysely\'s overhead\n',
    );
    if (failures > 0) process.stdout.write(`${String(failures)} case(s) over target or different\n`);
  } finally {
    handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
