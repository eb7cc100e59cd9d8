// One backup: SQLite's copy of the open database into backups/ of the data folder, checked with
// integrity_check on its own connection, described in a sidecar, copied to the second folder if
// one is set, and then both folders rotated. A second folder that is missing or cannot be written
// is reported on the entry and logged; it never fails the main backup.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { diagnoseStorage, storageError } from '../../../db/storage-fault';
import type { BackupEntry, BackupReason, SecondFolderProblem } from '../../../shared/domain/backup';
import { logger } from '../logger';
import { backupFileName, backupFilePattern, backupsDirOf, listFolder, sidecarPath, flushFile, syncFolder, toEntry, writeFileDurably } from './backup-files';
import type { BackupSidecar } from './backup-files';
import { countsOf, fingerprintOf } from './backup-contents';
import { readBackupSettings } from './backup-settings';
import { driverOptionsFor } from './native-binding';
import { backupsToKeep } from './rotation';

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function temporaryIn(folder: string): string {
  return path.join(folder, `.pykala-${randomBytes(6).toString('hex')}.sqlite3.tmp`);
}

/**
 * Makes the copy a self-contained file (rollback journal, so opening it needs no -wal beside it)
 * and reads what the sidecar says about it. integrity_check, not quick_check: a backup is the one
 * copy that must be sound, and checking it costs a fraction of a second.
 */
function inspectCopy(file: string, sqlite: BetterSqlite3.Database): Omit<BackupSidecar, 'fileName' | 'createdAt' | 'reason' | 'sizeBytes'> {
  const copy = new BetterSqlite3(file, { ...driverOptionsFor(sqlite), fileMustExist: true });
  // A damaged database still gets its copy (it may be all there is), marked unverified, with what
  // can be read of it; SQLite may even refuse the check itself ("malformed").
  const attempt = <T>(read: () => T, otherwise: T): T => {
    try {
      return read();
    } catch (error) {
      logger.warn('backup copy could not be read', describe(error));
      return otherwise;
    }
  };
  try {
    copy.pragma('journal_mode = DELETE');
    // integrity_check is most of a backup's time; a page cache that holds the whole copy (64 MB,
    // for this short-lived connection only) and reading it memory-mapped roughly halve it on a
    // database of 10,000 projects.
    copy.pragma('cache_size = -65536');
    copy.pragma('mmap_size = 268435456');
    const problems = attempt(() => (copy.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check), ['unreadable']);
    const verified = problems.length === 1 && problems[0] === 'ok';
    if (!verified) logger.warn('backup copy failed integrity_check', problems.slice(0, 3));
    return {
      counts: attempt(() => countsOf(copy), { projects: 0, items: 0, meetings: 0, people: 0 }),
      verified,
      schemaVersion: copy.pragma('user_version', { simple: true }) as number,
      fingerprint: attempt(() => fingerprintOf(copy), ''),
    };
  } finally {
    copy.close();
  }
}

function problemOf(error: unknown): SecondFolderProblem {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'missing';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'unwritable';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'full';
    default:
      return 'failed';
  }
}

/** The copy and its sidecar into the second folder, the same way (temporary, flushed, renamed). */
function copyToSecondFolder(folder: string, file: string, sidecar: BackupSidecar): SecondFolderProblem | null {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) return 'missing';
  const target = path.join(folder, sidecar.fileName);
  const temporary = temporaryIn(folder);
  try {
    fs.copyFileSync(file, temporary);
    flushFile(temporary);
    writeFileDurably(sidecarPath(target), `${JSON.stringify(sidecar, null, 2)}\n`);
    fs.renameSync(temporary, target);
    syncFolder(folder);
    return null;
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    if (!fs.existsSync(target)) fs.rmSync(sidecarPath(target), { force: true });
    return problemOf(error);
  }
}

/** Leftovers of a backup killed halfway: older than a day, so a backup running in another process is never touched. */
function removeStaleTemporaries(folder: string, now: Date): void {
  for (const name of fs.readdirSync(folder)) {
    if (!name.endsWith('.tmp')) continue;
    const file = path.join(folder, name);
    try {
      if (now.getTime() - fs.statSync(file).mtimeMs > 86_400_000) fs.rmSync(file, { force: true });
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

/** Deletes what the rotation rule does not keep; only files named as backups are ever touched. */
export function rotateFolder(folder: string, now: Date): string[] {
  const entries = listFolder(folder);
  const keep = backupsToKeep(entries, now);
  const removed: string[] = [];
  for (const entry of entries) {
    if (keep.has(entry.fileName) || !backupFilePattern.test(entry.fileName)) continue;
    const file = path.join(folder, entry.fileName);
    try {
      fs.rmSync(file, { force: true });
      fs.rmSync(sidecarPath(file), { force: true });
      removed.push(entry.fileName);
    } catch (error) {
      logger.warn(`old backup ${file} could not be removed`, describe(error));
    }
  }
  try {
    removeStaleTemporaries(folder, now);
  } catch {
    // A folder that cannot be listed has nothing to clean.
  }
  return removed;
}

/** After the copy is made at `temporary`: verify, describe, put in place, copy to the second folder, rotate. */
function finish(sqlite: BetterSqlite3.Database, temporary: string, reason: BackupReason, now: Date): BackupEntry {
  const dataDir = path.dirname(sqlite.name);
  const folder = backupsDirOf(dataDir);
  let sidecar: BackupSidecar;
  let file: string;
  try {
    const inspected = inspectCopy(temporary, sqlite);
    flushFile(temporary);
    const fileName = backupFileName(folder, now, reason);
    file = path.join(folder, fileName);
    sidecar = { fileName, createdAt: now.toISOString(), reason, sizeBytes: fs.statSync(temporary).size, ...inspected };
    // The sidecar first: a crash in between leaves a sidecar without a copy, which nothing lists.
    writeFileDurably(sidecarPath(file), `${JSON.stringify(sidecar, null, 2)}\n`);
    fs.renameSync(temporary, file);
    syncFolder(folder);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw failure(folder, error);
  }
  const entry: BackupEntry = toEntry(sidecar, 'data');
  const { secondFolder } = readBackupSettings(dataDir);
  if (secondFolder !== null) {
    const problem = copyToSecondFolder(secondFolder, file, sidecar);
    if (problem === null) rotateFolder(secondFolder, now);
    else {
      logger.warn(`backup ${sidecar.fileName} was not copied to the second folder ${secondFolder}: ${problem}`);
      entry.secondFolderProblem = problem;
    }
  }
  rotateFolder(folder, now);
  return entry;
}

/** A backup that could not be made in the data folder: a full disk or a read-only folder is named as such. */
function failure(folder: string, error: unknown) {
  const fault = diagnoseStorage(folder, error);
  return fault ? storageError(fault, folder, describe(error)) : error;
}

function prepareFolder(sqlite: BetterSqlite3.Database): string {
  const folder = backupsDirOf(path.dirname(sqlite.name));
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw failure(folder, error);
  }
  return folder;
}

/** Pages per step of the online backup: all at once, see below. */
const allPages = 0x7fffffff;

/**
 * SQLite's online backup of the open database (better-sqlite3 `backup()`), which goes on while the
 * app keeps working. The copy is taken in one step: in steps, every write by another process in
 * between restarts the copy, so a busy second instance could keep it from ever finishing; one step
 * reads one consistent state under a WAL read lock that never blocks writers.
 */
export async function createBackup(sqlite: BetterSqlite3.Database, reason: BackupReason, now: Date): Promise<BackupEntry> {
  const temporary = temporaryIn(prepareFolder(sqlite));
  try {
    await sqlite.backup(temporary, { progress: () => allPages });
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    fs.rmSync(`${temporary}-journal`, { force: true });
    throw failure(path.dirname(temporary), error);
  }
  return finish(sqlite, temporary, reason, now);
}

/**
 * The same, synchronously, for the one caller that cannot wait: opening the database before a
 * migration (db/connection.ts opens synchronously). VACUUM INTO writes a consistent copy of the
 * database in one statement, without the event loop that `backup()` steps through.
 */
export function createBackupSync(sqlite: BetterSqlite3.Database, reason: BackupReason, now: Date): BackupEntry {
  const temporary = temporaryIn(prepareFolder(sqlite));
  try {
    sqlite.prepare('VACUUM INTO ?').run(temporary);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw failure(path.dirname(temporary), error);
  }
  return finish(sqlite, temporary, reason, now);
}
