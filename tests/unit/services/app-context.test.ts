import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openAppContext } from '../../../electron/services/app-context';
import { dispatch } from '../../../electron/services/dispatch';
import { pointerFileName, readPointer } from '../../../electron/services/data-pointer';
import { latestVersion } from '../../../db/migrations/index';
import { pykalaApplicationId } from '../../../db/file-identity';
import { appChannels } from '../../../shared/ipc/channels/app';
import { projectChannels } from '../../../shared/ipc/channels/projects';
import { demoProjects, demoRunningCount, demoRunningDate } from '../../../shared/demo/projects';
import { isRunningOn } from '../../../shared/domain/project';
import type { ProjectListResult } from '../../../shared/domain/project';
import { sha256, tempDir } from '../db/helpers';

const fixedNow = () => new Date(2026, 10, 28, 15, 30);

describe('demo data', () => {
  it('has exactly 27 projects running on 1.1.2024, all valid and all marked as samples', () => {
    expect(demoProjects.filter((p) => isRunningOn(p.input, demoRunningDate))).toHaveLength(demoRunningCount);
    expect(demoRunningCount).toBe(27);
    const statuses = new Set(demoProjects.map((p) => p.input.status));
    for (const status of ['haettu', 'valmisteilla', 'paattynyt', 'hylatty']) expect(statuses.has(status as never)).toBe(true);
    expect(new Set(demoProjects.map((p) => p.id)).size).toBe(demoProjects.length);
  });
});

describe('openAppContext', () => {
  it('creates the demo database in a new folder and serves every app and project channel', async () => {
    const dir = tempDir();
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: true });
    expect(context.status()).toEqual({ state: 'ready', dataDir: dir, databaseFile: path.join(dir, 'pykala.sqlite3'), hasSampleData: true });
    for (const channel of [...Object.keys(appChannels), ...Object.keys(projectChannels)]) expect(context.handlers).toHaveProperty(channel);
    const result = await dispatch(context.handlers, 'projects:list', { activeOn: '2024-01-01' });
    expect(result.ok && (result.value as ProjectListResult).rows.length).toBe(27);
    const recover = await dispatch(context.handlers, 'app:recover', { mode: 'empty' });
    expect(recover).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    context.close();
  });

  it('without seedDemoIfNew creates an empty database', async () => {
    const context = openAppContext({ dataDir: tempDir(), seedDemoIfNew: false });
    expect(context.status()).toMatchObject({ state: 'ready', hasSampleData: false });
    const result = await dispatch(context.handlers, 'projects:list', {});
    expect(result.ok && (result.value as ProjectListResult).rows).toEqual([]);
    context.close();
  });

  it.each([
    ['DB_NOT_SQLITE', (file: string) => { fs.writeFileSync(file, 'ei tietokanta'); }],
    ['DB_NEWER_VERSION', (file: string) => {
      const raw = new BetterSqlite3(file);
      raw.pragma(`application_id = ${String(pykalaApplicationId)}`);
      raw.pragma(`user_version = ${String(latestVersion + 1)}`);
      raw.exec('CREATE TABLE future (x INTEGER)');
      raw.close();
    }],
    ['DB_FOREIGN', (file: string) => {
      const raw = new BetterSqlite3(file);
      raw.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Maija')");
      raw.close();
    }],
    ['DB_CORRUPT', (file: string) => {
      const raw = new BetterSqlite3(file);
      raw.exec('CREATE TABLE t (x TEXT)');
      const insert = raw.prepare('INSERT INTO t VALUES (?)');
      for (let i = 0; i < 300; i += 1) insert.run('y'.repeat(300));
      raw.close();
      fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
    }],
  ] as const)('a %s file does not crash: data channels answer DB_UNAVAILABLE, recovery leaves it untouched', async (code, makeBad) => {
    const dir = tempDir();
    const badFile = path.join(dir, 'pykala.sqlite3');
    makeBad(badFile);
    const before = sha256(badFile);
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: true, now: fixedNow });
    expect(context.status()).toMatchObject({ state: 'startupError', code, databaseFile: badFile, canStartNew: true });
    expect(await dispatch(context.handlers, 'projects:list', {})).toMatchObject({ ok: false, error: { code: 'DB_UNAVAILABLE' } });
    expect(await dispatch(context.handlers, 'projects:get', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'DB_UNAVAILABLE' } });

    const recovered = await dispatch(context.handlers, 'app:recover', { mode: 'demo' });
    const newFile = path.join(dir, 'pykala-2026-11-28-1530.sqlite3');
    expect(recovered).toEqual({ ok: true, value: { state: 'ready', dataDir: dir, databaseFile: newFile, hasSampleData: true } });
    expect(sha256(badFile)).toBe(before);
    expect(readPointer(dir)).toEqual({ databaseFile: 'pykala-2026-11-28-1530.sqlite3', setAside: [{ file: 'pykala.sqlite3', code, at: fixedNow().toISOString() }] });
    const list = await dispatch(context.handlers, 'projects:list', { activeOn: '2024-01-01' });
    expect(list.ok && (list.value as ProjectListResult).rows.length).toBe(27);
    context.close();

    // The next start opens the recovered file, not the bad one.
    const again = openAppContext({ dataDir: dir, seedDemoIfNew: true });
    expect(again.status()).toMatchObject({ state: 'ready', databaseFile: newFile });
    again.close();
    expect(sha256(badFile)).toBe(before);
  });

  it('recovering to an empty database starts without projects', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'pykala.sqlite3'), 'x'.repeat(5000));
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: true, now: fixedNow });
    expect(await dispatch(context.handlers, 'app:recover', { mode: 'empty' })).toMatchObject({ ok: true, value: { state: 'ready', hasSampleData: false } });
    context.close();
  });

  it('a 0-byte database file (a crash before the first commit) is a new database: the demo is seeded once', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'pykala.sqlite3'), '');
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: true });
    expect(context.status()).toMatchObject({ state: 'ready', hasSampleData: true });
    context.close();
    // Opening it again seeds nothing more.
    const again = openAppContext({ dataDir: dir, seedDemoIfNew: true });
    const list = await dispatch(again.handlers, 'projects:list', {});
    expect(list.ok && (list.value as ProjectListResult).totals.count).toBe(demoProjects.length);
    again.close();
  });

  it('ignores a pointer naming a path outside the folder', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, pointerFileName), JSON.stringify({ databaseFile: '../elsewhere.sqlite3' }));
    expect(readPointer(dir).databaseFile).toBe('pykala.sqlite3');
    fs.writeFileSync(path.join(dir, pointerFileName), '{ broken');
    expect(readPointer(dir).databaseFile).toBe('pykala.sqlite3');
  });
});
