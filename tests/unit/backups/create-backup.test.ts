import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { pykalaApplicationId } from '../../../db/file-identity';
import { latestVersion } from '../../../db/migrations/index';
import { backupsDirOf, listFolder } from '../../../electron/services/backups/backup-files';
import { writeBackupSettings } from '../../../electron/services/backups/backup-settings';
import { createBackup, createBackupSync } from '../../../electron/services/backups/create-backup';
import { insertProjectRow, projectInput, sha256, tempDir } from '../db/helpers';
import { remountReadOnly, smallDisk } from '../storage';
import { backupFiles, backupsOf, dataFolderWith } from './helpers';

const now = new Date(2026, 11, 1, 9, 30);

function readCopy<T>(file: string, read: (db: BetterSqlite3.Database) => T): T {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

describe('createBackup', () => {
  it('copies the open database into backups/ of its data folder, verified, described beside it and not inside it', async () => {
    const handle = dataFolderWith(3);
    const entry = await createBackup(handle.sqlite, 'manual', now);
    // Written after the copy: must not be in it.
    insertProjectRow(handle.sqlite, 'later', projectInput({ nameFi: 'Myöhempi' }));
    const folder = backupsDirOf(path.dirname(handle.file));
    expect(entry).toEqual({
      fileName: 'pykala-2026-12-01-0930-manual.sqlite3', location: 'data', createdAt: now.toISOString(), reason: 'manual',
      sizeBytes: fs.statSync(path.join(folder, entry.fileName)).size, counts: { projects: 3, items: 0, meetings: 0, people: 0 }, verified: true, schemaVersion: latestVersion,
    });
    expect(backupsOf(handle)).toEqual([entry.fileName]);
    const copy = path.join(folder, entry.fileName);
    // A file that stands alone: rollback journal in its header, nothing beside it, Pykälä's mark.
    const header = fs.readFileSync(copy).subarray(0, 100);
    expect([header[18], header[19]]).toEqual([1, 1]);
    expect(header.readInt32BE(68)).toBe(pykalaApplicationId);
    expect(fs.readdirSync(folder).sort()).toEqual([entry.fileName, `${entry.fileName}.json`]);
    readCopy(copy, (db) => {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT name_fi FROM projects ORDER BY id').pluck().all()).toEqual(['Hanke 1', 'Hanke 2', 'Hanke 3']);
    });
    // The list comes from the sidecar; the database itself holds no trace of its backups.
    expect(listFolder(folder)).toEqual([{ ...entry, location: undefined, fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/u) as unknown }].map((row) => {
      delete row.location;
      return row;
    }));
    const tables = handle.sqlite.prepare("SELECT name FROM sqlite_master WHERE name LIKE '%backup%'").all();
    expect(tables).toEqual([]);
    handle.close();
  });

  it('names a second backup of the same minute apart instead of replacing the first', async () => {
    const handle = dataFolderWith(1);
    const first = await createBackup(handle.sqlite, 'manual', now);
    const second = await createBackup(handle.sqlite, 'manual', now);
    expect([first.fileName, second.fileName]).toEqual(['pykala-2026-12-01-0930-manual.sqlite3', 'pykala-2026-12-01-0930-manual-2.sqlite3']);
    expect(backupsOf(handle)).toHaveLength(2);
    handle.close();
  });

  it('records what integrity_check says: a copy of a damaged database is marked unverified', async () => {
    const dir = tempDir();
    const handle = dataFolderWith(400, dir);
    handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const pages = handle.sqlite.pragma('page_count', { simple: true }) as number;
    const pageSize = handle.sqlite.pragma('page_size', { simple: true }) as number;
    const indexRoot = handle.sqlite.prepare("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'projects' AND sql IS NOT NULL ORDER BY name LIMIT 1").pluck().get() as number;
    handle.close();
    expect(pages).toBeGreaterThan(indexRoot);
    // Garbage over the index's root page, past its page header: the table reads, the index does not agree.
    const fd = fs.openSync(path.join(dir, 'pykala.sqlite3'), 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize - 200, 0x5a), 0, pageSize - 200, (indexRoot - 1) * pageSize + 100);
    fs.closeSync(fd);
    const damaged = new BetterSqlite3(path.join(dir, 'pykala.sqlite3'));
    const entry = await createBackup(damaged, 'manual', now);
    damaged.close();
    expect(entry.verified).toBe(false);
    expect(listFolder(backupsDirOf(dir))[0]?.verified).toBe(false);
  });

  it('before a migration copies synchronously with VACUUM INTO, the same way verified and described', () => {
    const handle = dataFolderWith(2);
    const entry = createBackupSync(handle.sqlite, 'migration', now);
    expect(entry).toMatchObject({ fileName: 'pykala-2026-12-01-0930-migration.sqlite3', reason: 'migration', verified: true, counts: { projects: 2 } });
    handle.close();
  });
});

describe('the second folder', () => {
  it('gets the same copy and sidecar, and is rotated too', async () => {
    const handle = dataFolderWith(2);
    const second = tempDir('pykala-usb-');
    writeBackupSettings(path.dirname(handle.file), { secondFolder: second });
    const entry = await createBackup(handle.sqlite, 'manual', now);
    expect(entry.secondFolderProblem).toBeUndefined();
    const folder = backupsDirOf(path.dirname(handle.file));
    expect(backupFiles(second)).toEqual([entry.fileName]);
    expect(sha256(path.join(second, entry.fileName))).toBe(sha256(path.join(folder, entry.fileName)));
    expect(listFolder(second)).toEqual(listFolder(folder));
    for (let minute = 1; minute <= 11; minute += 1) await createBackup(handle.sqlite, 'interval', new Date(2026, 11, 1, 10, minute));
    handle.close();
    expect(backupFiles(second)).toEqual(backupFiles(folder));
    expect(backupFiles(second)).toHaveLength(10);
  });

  it('that is missing (the USB stick is out): the main backup is made and the problem reported', async () => {
    const handle = dataFolderWith(2);
    const gone = path.join(tempDir(), 'irrotettu-tikku');
    writeBackupSettings(path.dirname(handle.file), { secondFolder: gone });
    const entry = await createBackup(handle.sqlite, 'manual', now);
    handle.close();
    expect(entry).toMatchObject({ verified: true, secondFolderProblem: 'missing' });
    expect(backupsOf(handle)).toEqual([entry.fileName]);
    expect(fs.existsSync(gone)).toBe(false);
  });

  it('that cannot be written: the main backup is made, the problem reported, nothing half left there', async () => {
    const handle = dataFolderWith(2);
    const readOnly = smallDisk('2m');
    fs.writeFileSync(path.join(readOnly, 'vanha.txt'), 'x');
    remountReadOnly(readOnly);
    writeBackupSettings(path.dirname(handle.file), { secondFolder: readOnly });
    const entry = await createBackup(handle.sqlite, 'manual', now);
    handle.close();
    expect(entry).toMatchObject({ verified: true, secondFolderProblem: 'unwritable' });
    expect(backupsOf(handle)).toEqual([entry.fileName]);
    expect(fs.readdirSync(readOnly)).toEqual(['vanha.txt']);
  });

  it('that is full: reported as such, the partial copy removed', async () => {
    const handle = dataFolderWith(3000);
    const full = smallDisk('256k');
    writeBackupSettings(path.dirname(handle.file), { secondFolder: full });
    const entry = await createBackup(handle.sqlite, 'manual', now);
    handle.close();
    expect(entry.sizeBytes).toBeGreaterThan(256 * 1024);
    expect(entry).toMatchObject({ verified: true, secondFolderProblem: 'full' });
    expect(fs.readdirSync(full)).toEqual([]);
  });
});

describe('a data folder whose backups/ cannot be made', () => {
  it('fails with a named storage fault and leaves nothing behind', async () => {
    const disk = smallDisk('2m');
    const handle = openDatabase(path.join(disk, 'pykala.sqlite3'));
    insertProjectRow(handle.sqlite, 'p1', projectInput());
    fs.mkdirSync(path.join(disk, 'backups'));
    const filler = path.join(disk, 'täyte');
    // Fill the disk so the copy cannot be written.
    try {
      fs.writeFileSync(filler, Buffer.alloc(4 * 1024 * 1024));
    } catch {
      // Full, as intended.
    }
    await expect(createBackup(handle.sqlite, 'manual', now)).rejects.toMatchObject({ code: 'DISK_FULL' });
    expect(fs.readdirSync(path.join(disk, 'backups'))).toEqual([]);
    handle.close();
  });
});
