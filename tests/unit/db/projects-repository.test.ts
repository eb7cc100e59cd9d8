import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import type { DatabaseHandle } from '../../../db/connection';
import * as repo from '../../../db/repositories/projects-repository';
import { finnishSortKey, searchFold } from '../../../db/text-keys';
import { hasDeadlineBy, isRunningOn, projectQuerySchema, projectSortKeys, projectStatuses } from '../../../shared/domain/project';
import type { ProjectInput, ProjectQueryInput } from '../../../shared/domain/project';
import { tempDir } from './helpers';

const base: ProjectInput = {
  nameFi: 'Hanke', nameSv: '', area: 'perusopetus', funder: 'OKM', grantType: 'erityisavustus', callName: '', grantedCents: 100,
  ownShareKind: 'percent', ownShareValue: null, totalBudgetCents: 200, startDate: '2023-08-01', endDate: '2024-07-31', partnership: false,
  scope: 'oma', partners: [], responsiblePerson: '', coordinator: '', status: 'kaynnissa', decisionNumber: '', decisionDate: null,
  reportDueDate: null, description: '',
};

let handle: DatabaseHandle;
let counter = 0;
beforeEach(() => { handle = openDatabase(path.join(tempDir(), 'p.sqlite3')); });
afterEach(() => { handle.close(); });

async function add(overrides: Partial<ProjectInput>): Promise<string> {
  counter += 1;
  const id = `p${String(counter).padStart(4, '0')}`;
  await repo.insertProject(handle.db, { ...base, ...overrides }, { id, isSample: false, now: '2024-01-01T00:00:00.000Z' });
  return id;
}

const list = (query: ProjectQueryInput) => repo.listProjects(handle.db, projectQuerySchema.parse(query));
const names = async (query: ProjectQueryInput) => (await list(query)).map((p) => p.nameFi);

describe('text keys', () => {
  it('fold case and ä/ö/å for search', () => {
    expect(searchFold('  Päiväkoti ÖLJY  Åland ')).toBe('paivakoti oljy aland');
  });
  it('sort ä and ö after z, in Finnish order', () => {
    const sorted = ['Ö', 'ä', 'Z', 'å', 'a', 'Émile', 'Ähtäri', 'Zeta'].sort((a, b) => (finnishSortKey(a) < finnishSortKey(b) ? -1 : 1));
    expect(sorted).toEqual(['a', 'Émile', 'Z', 'Zeta', 'å', 'ä', 'Ähtäri', 'Ö']);
  });
});

describe('projects repository', () => {
  it('round-trips every field', async () => {
    const input: ProjectInput = { ...base, nameSv: 'Projekt', partners: ['Kruunupyy', 'Kannus'], partnership: true, ownShareKind: 'euros', ownShareValue: 1550, decisionDate: '2023-06-01', reportDueDate: '2024-10-31', description: 'Tavoite' };
    const id = await add(input);
    const project = await repo.getProject(handle.db, id);
    expect(project).toEqual({ ...input, id, isSample: false, createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' });
  });

  it('filters by area, funder, status, scope and year overlap', async () => {
    await add({ nameFi: 'A', area: 'varhaiskasvatus', funder: 'OPH', scope: 'seudullinen', startDate: '2022-01-01', endDate: '2022-12-31' });
    await add({ nameFi: 'B', area: 'perusopetus', funder: 'OKM', status: 'haettu', startDate: '2024-08-01', endDate: null });
    await add({ nameFi: 'C', area: 'lukiokoulutus', funder: 'AVI', startDate: null, endDate: null });
    expect(await names({ areas: ['varhaiskasvatus', 'lukiokoulutus'] })).toEqual(['A', 'C']);
    expect(await names({ funders: ['OKM'] })).toEqual(['B']);
    expect(await names({ statuses: ['haettu'] })).toEqual(['B']);
    expect(await names({ scopes: ['seudullinen'] })).toEqual(['A']);
    expect(await names({ year: 2022 })).toEqual(['A']);
    expect(await names({ year: 2030 })).toEqual(['B']);
    expect(await names({ year: 2023 })).toEqual([]);
  });

  it('searches every word, case- and ä/ö-insensitively, with % and _ taken literally', async () => {
    await add({ nameFi: 'Päiväkodin lukuinto', partners: ['Kruunupyy'] });
    await add({ nameFi: 'Koulun 100% kerho_toiminta' });
    expect(await names({ search: 'PAIVAKOD' })).toEqual(['Päiväkodin lukuinto']);
    expect(await names({ search: 'lukuinto kruunupyy' })).toEqual(['Päiväkodin lukuinto']);
    expect(await names({ search: 'lukuinto kannus' })).toEqual([]);
    expect(await names({ search: '100%' })).toEqual(['Koulun 100% kerho_toiminta']);
    expect(await names({ search: 'o_t' })).toEqual(['Koulun 100% kerho_toiminta']);
    expect(await names({ search: '%' })).toEqual(['Koulun 100% kerho_toiminta']);
  });

  it('sorts names in Finnish order and every key both ways with nulls last', async () => {
    await add({ nameFi: 'Öljy', grantedCents: null });
    await add({ nameFi: 'Äiti', grantedCents: 300 });
    await add({ nameFi: 'Zeta', grantedCents: 100 });
    await add({ nameFi: 'aamu', grantedCents: 200 });
    expect(await names({ sortBy: 'nameFi' })).toEqual(['aamu', 'Zeta', 'Äiti', 'Öljy']);
    expect(await names({ sortBy: 'nameFi', sortDirection: 'desc' })).toEqual(['Öljy', 'Äiti', 'Zeta', 'aamu']);
    expect(await names({ sortBy: 'grantedCents' })).toEqual(['Zeta', 'aamu', 'Äiti', 'Öljy']);
    expect(await names({ sortBy: 'grantedCents', sortDirection: 'desc' })).toEqual(['Äiti', 'aamu', 'Zeta', 'Öljy']);
    for (const sortBy of projectSortKeys) {
      for (const sortDirection of ['asc', 'desc'] as const) expect(await list({ sortBy, sortDirection })).toHaveLength(4);
    }
  });

  it('sorts statuses in lifecycle order', async () => {
    await add({ nameFi: 'x', status: 'hylatty' });
    await add({ nameFi: 'y', status: 'valmisteilla' });
    await add({ nameFi: 'z', status: 'kaynnissa' });
    expect((await list({ sortBy: 'status' })).map((p) => p.status)).toEqual(['valmisteilla', 'kaynnissa', 'hylatty']);
  });

  it('totals by funder and area over the filtered rows only', async () => {
    await add({ funder: 'OKM', area: 'perusopetus', grantedCents: 1000, totalBudgetCents: 2000 });
    await add({ funder: 'OKM', area: 'varhaiskasvatus', grantedCents: 500, totalBudgetCents: null });
    await add({ funder: 'OPH', area: 'perusopetus', grantedCents: null, totalBudgetCents: 700 });
    await add({ funder: 'AVI', area: 'perusopetus', grantedCents: 9999, status: 'hylatty' });
    const totals = await repo.projectTotals(handle.db, projectQuerySchema.parse({ statuses: ['kaynnissa'] }));
    expect(totals).toEqual({
      count: 3, grantedCents: 1500, totalBudgetCents: 2700,
      byFunder: [{ key: 'OKM', count: 2, grantedCents: 1500, totalBudgetCents: 2000 }, { key: 'OPH', count: 1, grantedCents: 0, totalBudgetCents: 700 }],
      byArea: [{ key: 'perusopetus', count: 2, grantedCents: 1000, totalBudgetCents: 2700 }, { key: 'varhaiskasvatus', count: 1, grantedCents: 500, totalBudgetCents: 0 }],
    });
  });

  it('soft delete hides a row, restore brings the same row back', async () => {
    const id = await add({ nameFi: 'Poistettava' });
    expect(await repo.softDeleteProject(handle.db, id, '2024-02-01T00:00:00.000Z')).toBe(true);
    expect(await repo.getProject(handle.db, id)).toBeUndefined();
    expect(await names({})).toEqual([]);
    expect(await repo.softDeleteProject(handle.db, id, '2024-02-01T00:00:00.000Z')).toBe(false);
    expect(await repo.restoreProject(handle.db, id)).toBe(true);
    expect((await repo.getProject(handle.db, id))?.nameFi).toBe('Poistettava');
  });

  it('activeOn in SQL agrees with shared isRunningOn on random projects', async () => {
    const isoDay = fc.integer({ min: 0, max: 3 * 365 }).map((d) => new Date(Date.UTC(2022, 0, 1 + d)).toISOString().slice(0, 10));
    const project = fc.record({ status: fc.constantFrom(...projectStatuses), startDate: fc.option(isoDay), endDate: fc.option(isoDay) });
    await fc.assert(
      fc.asyncProperty(fc.array(project, { minLength: 1, maxLength: 25 }), isoDay, async (projects, date) => {
        await handle.db.deleteFrom('projects').execute();
        const ids: string[] = [];
        for (const p of projects) ids.push(await add(p));
        const expected = ids.filter((_, i) => isRunningOn(projects[i]!, date)).sort();
        const actual = (await list({ activeOn: date })).map((p) => p.id).sort();
        expect(actual).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('dueBy in SQL agrees with shared hasDeadlineBy on random projects', async () => {
    const isoDay = fc.integer({ min: 0, max: 3 * 365 }).map((d) => new Date(Date.UTC(2022, 0, 1 + d)).toISOString().slice(0, 10));
    const project = fc.record({ status: fc.constantFrom(...projectStatuses), endDate: fc.option(isoDay), reportDueDate: fc.option(isoDay) });
    await fc.assert(
      fc.asyncProperty(fc.array(project, { minLength: 1, maxLength: 25 }), isoDay, async (projects, date) => {
        await handle.db.deleteFrom('projects').execute();
        const ids: string[] = [];
        for (const p of projects) ids.push(await add({ ...p, startDate: p.endDate === null ? null : '2021-01-01' }));
        const expected = ids.filter((_, i) => hasDeadlineBy(projects[i]!, date)).sort();
        const actual = (await list({ dueBy: date })).map((p) => p.id).sort();
        expect(actual).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
