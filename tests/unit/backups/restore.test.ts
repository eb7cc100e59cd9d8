import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { pykalaApplicationId } from '../../../db/file-identity';
import { latestVersion } from '../../../db/migrations/index';
import { openAppContext } from '../../../electron/services/app-context';
import type { AppContext } from '../../../electron/services/app-context-types';
import { backupsDirOf } from '../../../electron/services/backups/backup-files';
import { readPointer } from '../../../electron/services/data-pointer';
import { dispatch } from '../../../electron/services/dispatch';
import type { BackupEntry, BackupPreview, RestoreResult } from '../../../shared/domain/backup';
import type { ProjectListResult } from '../../../shared/domain/project';
import { translate } from '../../../shared/i18n/translate';
import { insertProjectRow, projectInput, sha256, tempDir } from '../db/helpers';

const at = (minute: number) => () => new Date(2026, 11, 1, 10, minute);

async function names(context: AppContext): Promise<string[]> {
  const listed = await dispatch(context.handlers, 'projects:list', {});
  if (!listed.ok) throw new Error(listed.error.code);
  return (listed.value as ProjectListResult).rows.map((row) => row.nameFi).sort();
}

async function create(context: AppContext, nameFi: string): Promise<void> {
  const saved = await dispatch(context.handlers, 'projects:create', projectInput({ nameFi }));
  expect(saved.ok).toBe(true);
}

/** Every file of a folder (recursively) with its hash: "nothing changed" compared whole. */
function snapshot(dir: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isFile()) result[name] = sha256(file);
  }
  return result;
}

describe('restoring a backup through the app context', () => {
  it('brings the data back, backs up the current state first, and the app keeps answering', async () => {
    const dir = tempDir();
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: false, now: at(0) });
    await create(context, 'Ennen varmuuskopiota');
    const made = await dispatch(context.handlers, 'backups:create', {});
    const backup = (made.ok ? made.value : null) as BackupEntry;
    await create(context, 'Varmuuskopion jälkeen');
    const oldFile = readPointer(dir).databaseFile;

    const preview = await dispatch(context.handlers, 'backups:preview', { fileName: backup.fileName, location: 'data' });
    expect(preview.ok && (preview.value as BackupPreview)).toMatchObject({ entry: backup, organisation: 'Kokkolan kaupunki', recentItems: [] });

    // A channel called while the restore runs waits for it and answers from the restored data.
    const [answer, during] = await Promise.all([dispatch(context.handlers, 'backups:restore', { fileName: backup.fileName, location: 'data' }), names(context)]);
    expect(answer.ok).toBe(true);
    expect(during).toEqual(['Ennen varmuuskopiota']);
    const result = (answer.ok ? answer.value : null) as RestoreResult;
    expect(result.restored).toEqual(backup);
    expect(result.safetyCopy).toMatchObject({ reason: 'restore', verified: true, counts: { projects: 2 } });
    expect(await names(context)).toEqual(['Ennen varmuuskopiota']);

    // The app goes on in the new file: a save lands there and survives a restart.
    await create(context, 'Palautuksen jälkeen');
    const pointer = readPointer(dir);
    expect(pointer.databaseFile).not.toBe(oldFile);
    expect(pointer.setAside).toEqual([{ file: oldFile, code: 'RESTORED_OVER', at: at(0)().toISOString() }]);
    expect(context.status()).toMatchObject({ state: 'ready', databaseFile: path.join(dir, pointer.databaseFile) });
    context.close();
    const again = openAppContext({ dataDir: dir, seedDemoIfNew: false });
    expect(await names(again)).toEqual(['Ennen varmuuskopiota', 'Palautuksen jälkeen']);
    // The safety copy holds what was replaced, and the old file is still there untouched by the restore.
    const safety = new BetterSqlite3(path.join(backupsDirOf(dir), result.safetyCopy.fileName), { readonly: true });
    expect(safety.prepare('SELECT name_fi FROM projects ORDER BY name_fi').pluck().all()).toEqual(['Ennen varmuuskopiota', 'Varmuuskopion jälkeen']);
    safety.close();
    expect(fs.existsSync(path.join(dir, oldFile))).toBe(true);
    again.close();
  });

  it('migrates a copy from an older version once restored', async () => {
    const dir = tempDir();
    const source = path.join(tempDir(), 'vanha.sqlite3');
    const old = openDatabase(source, { targetVersion: 9 });
    insertProjectRow(old.sqlite, 'v9', projectInput({ nameFi: 'Versiosta 9' }));
    old.close();
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: false, now: at(5) });
    await create(context, 'Nykyinen');
    const result = await context.restoreFrom(source);
    expect(result.restored).toMatchObject({ schemaVersion: 9, counts: { projects: 1 } });
    expect(await names(context)).toEqual(['Versiosta 9']);
    const live = new BetterSqlite3(path.join(dir, readPointer(dir).databaseFile), { readonly: true });
    expect(live.pragma('user_version', { simple: true })).toBe(latestVersion);
    live.close();
    context.close();
  });
});

type Maker = (file: string) => void;
const badFiles: [string, string, Maker][] = [
  ['DB_NOT_SQLITE', 'a text file', (file) => { fs.writeFileSync(file, 'Tämä ei ole tietokanta.\n'); }],
  ['DB_NOT_SQLITE', 'an empty file', (file) => { fs.writeFileSync(file, ''); }],
  ['DB_FOREIGN', 'another program’s SQLite database', (file) => {
    const raw = new BetterSqlite3(file);
    raw.exec('CREATE TABLE laskut (id INTEGER PRIMARY KEY, summa INTEGER)');
    raw.close();
  }],
  ['DB_NEWER_VERSION', 'a database of a newer Pykälä', (file) => {
    const raw = new BetterSqlite3(file);
    raw.pragma(`application_id = ${String(pykalaApplicationId)}`);
    raw.pragma(`user_version = ${String(latestVersion + 1)}`);
    raw.exec('CREATE TABLE tulevaisuus (x INTEGER)');
    raw.close();
  }],
  ['DB_CORRUPT', 'a damaged Pykälä database', (file) => {
    const handle = openDatabase(file);
    handle.sqlite.transaction(() => {
      for (let n = 0; n < 300; n += 1) insertProjectRow(handle.sqlite, `p${String(n)}`, projectInput({ nameFi: `Hanke ${String(n)}` }));
    })();
    handle.sqlite.pragma('journal_mode = DELETE');
    handle.close();
    const size = fs.statSync(file).size;
    const fd = fs.openSync(file, 'r+');
    fs.writeSync(fd, Buffer.alloc(8192, 0x5a), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
    fs.closeSync(fd);
  }],
];

describe('a file that is not a sound Pykälä backup', () => {
  it.each(badFiles)('%s (%s): refused with a Finnish message, nothing changed anywhere', async (code, _what, make) => {
    const dir = tempDir();
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: false, now: at(20) });
    await create(context, 'Pysyy ennallaan');
    // Offered both ways: as a file (the CLI) and as a backup named in backups/ (the settings screen).
    const outside = path.join(tempDir(), 'tiedosto.sqlite3');
    make(outside);
    fs.mkdirSync(backupsDirOf(dir), { recursive: true });
    const listedName = 'pykala-2026-11-30-1200-manual.sqlite3';
    fs.copyFileSync(outside, path.join(backupsDirOf(dir), listedName));
    const folderBefore = snapshot(dir);
    const sourceBefore = snapshot(path.dirname(outside));

    await expect(context.restoreFrom(outside)).rejects.toMatchObject({ code, fields: [{ path: 'fileName', message: `backups.refused.${code}` }] });
    const viaChannel = await dispatch(context.handlers, 'backups:restore', { fileName: listedName, location: 'data' });
    expect(viaChannel).toMatchObject({ ok: false, error: { code, fields: [{ message: `backups.refused.${code}` }] } });
    const preview = await dispatch(context.handlers, 'backups:preview', { fileName: listedName, location: 'data' });
    expect(preview).toMatchObject({ ok: false, error: { code } });

    expect(translate(`backups.refused.${code}`)).toMatch(/Mitään ei muutettu\.$/u);
    expect(snapshot(dir)).toEqual(folderBefore);
    expect(snapshot(path.dirname(outside))).toEqual(sourceBefore);
    expect(await names(context)).toEqual(['Pysyy ennallaan']);
    context.close();
  });

  it('a name that is not a backup’s, or one that is not there: NOT_FOUND, no other file reachable', async () => {
    const dir = tempDir();
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: false });
    for (const fileName of ['../pykala.sqlite3', 'pykala.sqlite3', 'pykala-2026-11-30-1200-manual.sqlite3']) {
      expect(await dispatch(context.handlers, 'backups:restore', { fileName, location: 'data' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await dispatch(context.handlers, 'backups:restore', { fileName: 'pykala-2026-11-30-1200-manual.sqlite3', location: 'second' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    context.close();
  });
});

describe('the backup settings', () => {
  it('keep the second folder outside the database, refuse a folder that is not there, and list its copies', async () => {
    const dir = tempDir();
    const second = tempDir('pykala-usb-');
    const context = openAppContext({ dataDir: dir, seedDemoIfNew: false, now: at(30) });
    expect(await dispatch(context.handlers, 'backups:getSettings', {})).toEqual({ ok: true, value: { secondFolder: null } });
    for (const [folder, key] of [['suhteellinen/kansio', 'notAbsolute'], [path.join(second, 'ei-ole'), 'notFolder'], [backupsDirOf(dir), 'sameFolder']] as const) {
      if (key === 'sameFolder') fs.mkdirSync(folder, { recursive: true });
      expect(await dispatch(context.handlers, 'backups:saveSettings', { secondFolder: folder })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: [{ path: 'secondFolder', message: `backups.settings.${key}` }] } });
      expect(translate(`backups.settings.${key}`)).not.toContain('backups.');
    }
    expect(await dispatch(context.handlers, 'backups:saveSettings', { secondFolder: second })).toEqual({ ok: true, value: { secondFolder: second } });
    await create(context, 'Hanke');
    const made = await dispatch(context.handlers, 'backups:create', {});
    expect(made.ok).toBe(true);
    const list = await dispatch(context.handlers, 'backups:list', {});
    const entries = (list.ok ? list.value : []) as BackupEntry[];
    expect(entries.map((entry) => [entry.location, entry.fileName])).toEqual([['data', 'pykala-2026-12-01-1030-manual.sqlite3'], ['second', 'pykala-2026-12-01-1030-manual.sqlite3']]);
    // The restore of the second folder's copy works the same way.
    await create(context, 'Toinen');
    const restored = await dispatch(context.handlers, 'backups:restore', { fileName: 'pykala-2026-12-01-1030-manual.sqlite3', location: 'second' });
    expect(restored.ok).toBe(true);
    expect(await names(context)).toEqual(['Hanke']);
    // The setting survives the restore: it was never in the database.
    expect(await dispatch(context.handlers, 'backups:getSettings', {})).toEqual({ ok: true, value: { secondFolder: second } });
    context.close();
  });
});

describe('a restore made by another process while the app is open', () => {
  it('is followed on the next call: the app reads the restored data and writes into the restored file, not the one set aside', async () => {
    const dir = tempDir();
    const app = openAppContext({ dataDir: dir, seedDemoIfNew: false, now: at(0) });
    await create(app, 'Ennen varmuuskopiota');
    const made = await dispatch(app.handlers, 'backups:create', {});
    const backup = (made.ok ? made.value : null) as BackupEntry;
    await create(app, 'Varmuuskopion jälkeen');

    // `pykala restore` from a terminal: its own context on the same folder.
    const cli = openAppContext({ dataDir: dir, seedDemoIfNew: false, now: at(1) });
    await cli.restoreFrom(path.join(backupsDirOf(dir), backup.fileName));
    cli.close();

    expect(await names(app)).toEqual(['Ennen varmuuskopiota']);
    await create(app, 'Palautuksen jälkeen');
    app.close();

    const reopened = openAppContext({ dataDir: dir, seedDemoIfNew: false, now: at(2) });
    expect(await names(reopened)).toEqual(['Ennen varmuuskopiota', 'Palautuksen jälkeen']);
    reopened.close();
  });
});
