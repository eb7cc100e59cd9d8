import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import * as repo from '../../../db/repositories/projects-repository';
import type { DatabaseHandle } from '../../../db/connection';
import { ProjectCache } from '../../../electron/services/projects/project-cache';
import { ProjectService } from '../../../electron/services/projects/project-service';
import { ServiceError } from '../../../shared/errors';
import { projectQuerySchema, toProjectListRow } from '../../../shared/domain/project';
import type { ProjectInput } from '../../../shared/domain/project';
import { tempDir } from '../db/helpers';
import { newSessionMemory } from '../../../electron/services/session/session-memory';

const input: ProjectInput = {
  nameFi: 'Lukuinto', nameSv: '', area: 'perusopetus', funder: 'OKM', grantType: 'erityisavustus', callName: 'Haku', grantedCents: 1250050,
  ownShareKind: 'percent', ownShareValue: 1500, totalBudgetCents: 1500000, startDate: '2023-08-01', endDate: '2024-07-31', partnership: false,
  scope: 'oma', partners: [], responsiblePerson: 'Anna', coordinator: '', status: 'kaynnissa', decisionNumber: '', decisionDate: null,
  reportDueDate: null, description: '',
};

let handle: DatabaseHandle;
let service: ProjectService;
let clock = 0;
let ids = 0;
beforeEach(() => {
  handle = openDatabase(path.join(tempDir(), 's.sqlite3'));
  service = new ProjectService({ db: handle.db, sqlite: handle.sqlite, projectCache: new ProjectCache(() => handle.sqlite.pragma('data_version', { simple: true }) as number), now: () => new Date(Date.UTC(2024, 0, 1, 12, 0, clock++)), newId: () => `id-${String(++ids)}`, session: newSessionMemory() });
});
afterEach(() => { handle.close(); });

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ServiceError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('ProjectService', () => {
  it('creates, gets, updates and lists with totals', async () => {
    const created = await service.create(input);
    expect(created).toMatchObject({ ...input, isSample: false });
    expect(await service.get(created.id)).toEqual(created);
    const updated = await service.update(created.id, { ...input, nameFi: 'Lukuinto 2', grantedCents: 100 }, created.updatedAt);
    expect(updated.nameFi).toBe('Lukuinto 2');
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    expect(updated.createdAt).toBe(created.createdAt);
    const result = await service.list(projectQuerySchema.parse({}));
    expect(result.rows.map((p) => p.id)).toEqual([created.id]);
    expect(result.totals.grantedCents).toBe(100);
  });

  it('answers NOT_FOUND for missing ids and changes nothing', async () => {
    expect(await errorCode(service.get('nope'))).toBe('NOT_FOUND');
    expect(await errorCode(service.update('nope', input, ''))).toBe('NOT_FOUND');
    expect(await errorCode(service.delete('nope', ''))).toBe('NOT_FOUND');
    expect(await errorCode(service.restore('nope'))).toBe('NOT_FOUND');
    expect((await service.list(projectQuerySchema.parse({}))).rows).toEqual([]);
  });

  it('re-validates domain rules and writes nothing on bad input', async () => {
    const bad = { ...input, startDate: '2024-01-01', endDate: '2023-01-01', ownShareValue: 12000 };
    let caught: unknown;
    try {
      await service.create(bad);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ServiceError);
    expect((caught as ServiceError).fields).toEqual(
      expect.arrayContaining([
        { path: 'endDate', message: 'validation.project.endBeforeStart' },
        { path: 'ownShareValue', message: 'validation.project.ownShareOver100' },
      ]),
    );
    expect((await service.list(projectQuerySchema.parse({}))).rows).toHaveLength(0);
  });

  it('delete then restore brings the same project back', async () => {
    const created = await service.create(input);
    expect(await service.delete(created.id, created.updatedAt)).toEqual({ id: created.id });
    expect(await errorCode(service.get(created.id))).toBe('NOT_FOUND');
    expect(await service.restore(created.id)).toEqual(created);
    expect(await errorCode(service.restore(created.id))).toBe('NOT_FOUND');
  });
});

describe('ProjectService list cache', () => {
  it('reflects every write at once and agrees with the SQL totals', async () => {
    const a = await service.create({ ...input, nameFi: 'A', funder: 'OPH' });
    await service.create({ ...input, nameFi: 'B', area: 'lukiokoulutus' });
    const query = projectQuerySchema.parse({});
    expect((await service.list(query)).rows.map((p) => p.nameFi)).toEqual(['A', 'B']);
    const c = await service.update(a.id, { ...input, nameFi: 'C', grantedCents: 7 }, a.updatedAt);
    expect((await service.list(query)).rows.map((p) => [p.nameFi, p.grantedCents])).toEqual([['B', 1250050], ['C', 7]]);
    await service.delete(a.id, c.updatedAt);
    expect((await service.list(query)).rows.map((p) => p.nameFi)).toEqual(['B']);
    await service.restore(a.id);
    const listed = await service.list(query);
    expect(listed.totals).toEqual(await repo.projectTotals(handle.db, query));
  });

  it('lists slim rows, the same whether cached from a write or loaded from the file', async () => {
    const written = await service.create({ ...input, nameFi: 'Kirjoitettu', description: 'Pitkä kuvaus' });
    const fromWrite = (await service.list(projectQuerySchema.parse({}))).rows;
    const fresh = new ProjectService({ db: handle.db, sqlite: handle.sqlite, projectCache: new ProjectCache(() => 0), now: () => new Date(), newId: () => 'unused', session: newSessionMemory() });
    const fromFile = (await fresh.list(projectQuerySchema.parse({}))).rows;
    expect(JSON.stringify(fromFile)).toBe(JSON.stringify(fromWrite));
    expect(fromWrite).toEqual([toProjectListRow(written)]);
    expect(Object.keys(fromWrite[0] ?? {})).toEqual(['id', 'isSample', 'nameFi', 'area', 'funder', 'status', 'grantedCents', 'totalBudgetCents', 'startDate', 'endDate', 'responsiblePerson', 'reportDueDate']);
  });

  it('drops cached objects when another connection changes the file', async () => {
    const created = await service.create(input);
    await service.list(projectQuerySchema.parse({}));
    const other = new BetterSqlite3(handle.file);
    other.prepare('UPDATE projects SET name_fi = ? WHERE id = ?').run('Muutettu muualla', created.id);
    other.close();
    expect((await service.list(projectQuerySchema.parse({}))).rows[0]?.nameFi).toBe('Muutettu muualla');
  });
});
