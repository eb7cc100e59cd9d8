import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { latestVersion } from '../../../db/migrations/index';
import { openAppContext } from '../../../electron/services/app-context';
import type { BackupTimer } from '../../../electron/services/backups/backup-triggers';
import { backupIntervalMs, systemTimer } from '../../../electron/services/backups/backup-triggers';
import { backupsDirOf, listFolder } from '../../../electron/services/backups/backup-files';
import { dispatch } from '../../../electron/services/dispatch';
import { insertProjectRow, projectInput, tempDir } from '../db/helpers';

/** A data folder with a database that already holds something (not new: no demo, a project). */
function existingFolder(): string {
  const dir = tempDir();
  const handle = openDatabase(path.join(dir, 'pykala.sqlite3'));
  insertProjectRow(handle.sqlite, 'p1', projectInput({ nameFi: 'Ensimmäinen' }));
  handle.close();
  return dir;
}

const reasons = (dir: string) => listFolder(backupsDirOf(dir)).map((entry) => entry.reason).reverse();

/** A clock the test moves by hand. */
function clock(start: Date) {
  let current = start.getTime();
  return { now: () => new Date(current), advance: (ms: number) => { current += ms; } };
}

/** A timer the test fires by hand; remembers the interval asked for and whether it was stopped. */
function manualTimer() {
  const timer = { run: null as (() => void) | null, everyMs: 0, stopped: false };
  const start: BackupTimer = (run, everyMs) => {
    timer.run = run;
    timer.everyMs = everyMs;
    return () => {
      timer.stopped = true;
    };
  };
  return { timer, start };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the backup at start', () => {
  it('is made only when something changed since the last backup', async () => {
    const dir = existingFolder();
    const time = clock(new Date(2026, 11, 1, 8, 0));
    const openOnce = async () => {
      const context = openAppContext({ dataDir: dir, seedDemoIfNew: false, automaticBackups: true, now: time.now, backupTimer: manualTimer().start });
      await context.backupsSettled();
      return context;
    };
    (await openOnce()).close();
    expect(reasons(dir)).toEqual(['start']);
    time.advance(60_000);
    (await openOnce()).close();
    expect(reasons(dir)).toEqual(['start']);
    // A change made by another program instance (here: straight into the file) counts too.
    const raw = new BetterSqlite3(path.join(dir, 'pykala.sqlite3'));
    raw.prepare("UPDATE projects SET name_fi = 'Muutettu', updated_at = '2026-12-01T09:00:00.000Z'").run();
    raw.close();
    time.advance(60_000);
    (await openOnce()).close();
    expect(reasons(dir)).toEqual(['start', 'start']);
  });

  it('is not made for a new database, nor when automatic backups are off (the CLI)', async () => {
    const fresh = tempDir();
    const context = openAppContext({ dataDir: fresh, seedDemoIfNew: true, automaticBackups: true, backupTimer: manualTimer().start });
    await context.ready();
    await context.backupsSettled();
    context.close();
    expect(fs.existsSync(backupsDirOf(fresh))).toBe(false);
    const dir = existingFolder();
    const cli = openAppContext({ dataDir: dir, seedDemoIfNew: false });
    await cli.backupsSettled();
    cli.close();
    expect(fs.existsSync(backupsDirOf(dir))).toBe(false);
  });
});

describe('the 30-minute backup', () => {
  it('runs every 30 minutes, backs up only when something changed since the last one, and stops on close', async () => {
    const dir = existingFolder();
    const time = clock(new Date(2026, 11, 1, 8, 0));
    const { timer, start } = manualTimer();
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: false, automaticBackups: true, now: time.now, backupTimer: start });
    await context.backupsSettled();
    expect(timer.everyMs).toBe(backupIntervalMs);
    expect(backupIntervalMs).toBe(30 * 60 * 1000);
    const tick = async () => {
      time.advance(backupIntervalMs);
      timer.run?.();
      await context.backupsSettled();
    };
    await tick(); // nothing changed since the start backup
    expect(reasons(dir)).toEqual(['start']);
    const saved = await dispatch(context.handlers, 'projects:create', projectInput({ nameFi: 'Uusi hanke' }));
    expect(saved.ok).toBe(true);
    await tick();
    expect(reasons(dir)).toEqual(['start', 'interval']);
    const newest = listFolder(backupsDirOf(dir))[0]!;
    expect(newest.createdAt).toBe(new Date(2026, 11, 1, 9, 0).toISOString());
    expect(newest.counts.projects).toBe(2);
    await tick(); // idle half hour
    expect(reasons(dir)).toEqual(['start', 'interval']);
    context.close();
    expect(timer.stopped).toBe(true);
  });

  it('uses an unref’d interval of the system, so it never keeps the process alive', () => {
    const spy = vi.spyOn(globalThis, 'setInterval');
    const stop = systemTimer(() => undefined, backupIntervalMs);
    const handle = spy.mock.results[0]?.value as NodeJS.Timeout;
    expect(spy).toHaveBeenCalledWith(expect.any(Function), backupIntervalMs);
    expect(handle.hasRef()).toBe(false);
    stop();
  });
});

describe('the backup before a migration', () => {
  it('opening a version 9 database leaves a copy at version 9 in backups/, then migrates', async () => {
    const dir = tempDir();
    const old = openDatabase(path.join(dir, 'pykala.sqlite3'), { targetVersion: 9 });
    insertProjectRow(old.sqlite, 'p9', projectInput({ nameFi: 'Versiossa 9' }));
    old.close();
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: false, now: () => new Date(2026, 11, 1, 7, 15) });
    const list = await dispatch(context.handlers, 'backups:list', {});
    context.close();
    expect(list.ok && list.value).toEqual([expect.objectContaining({ fileName: 'pykala-2026-12-01-0715-migration.sqlite3', reason: 'migration', schemaVersion: 9, verified: true, counts: expect.objectContaining({ projects: 1 }) as unknown })]);
    const copy = new BetterSqlite3(path.join(backupsDirOf(dir), 'pykala-2026-12-01-0715-migration.sqlite3'), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(9);
    expect(copy.prepare('SELECT name_fi FROM projects').pluck().all()).toEqual(['Versiossa 9']);
    expect(copy.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'import_batches'").pluck().get()).toBe(0);
    copy.close();
    const live = new BetterSqlite3(path.join(dir, 'pykala.sqlite3'), { readonly: true });
    expect(live.pragma('user_version', { simple: true })).toBe(latestVersion);
    live.close();
    // Opened again: nothing to migrate, no new copy.
    openAppContext({ dataDir: dir, seedDemoIfNew: false }).close();
    expect(listFolder(backupsDirOf(dir))).toHaveLength(1);
  });
});
