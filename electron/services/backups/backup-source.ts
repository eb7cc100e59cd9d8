// A file offered for restoring: checked read-only before anything is done (the same check as
// opening a data folder, db/inspect.ts), then described for the list and the preview.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { inspectDatabaseFile } from '../../../db/inspect';
import { ServiceError } from '../../../shared/errors';
import type { BackupEntry, BackupLocation, BackupPreview } from '../../../shared/domain/backup';
import { defaultSettings } from '../../../shared/domain/settings';
import { backupFilePattern, backupsDirOf, listFolder, toEntry } from './backup-files';
import { countsOf, latestChangeOf, organisationOf, recentItemsOf } from './backup-contents';
import { readBackupSettings } from './backup-settings';

export interface SourceOptions {
  nativeBinding?: string | undefined;
}

/** The refusals a restore explains in Finnish (shared/i18n/fi/backups.ts, backups.refused.*). */
const refusals = ['DB_NOT_SQLITE', 'DB_FOREIGN', 'DB_NEWER_VERSION', 'DB_CORRUPT', 'NOT_FOUND'] as const;
type Refusal = (typeof refusals)[number];

export function refusal(code: Refusal, detail: string): ServiceError {
  return new ServiceError(code, detail, [{ path: 'fileName', message: `backups.refused.${code}` }]);
}

/**
 * Throws a refusal unless the file is a sound Pykälä database this app can open (the same
 * version or older). Nothing is written: inspectDatabaseFile leaves the file byte-identical.
 */
export function checkRestorable(file: string, options: SourceOptions = {}): void {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw refusal('NOT_FOUND', `${file} does not exist`);
  let kind: string;
  try {
    kind = inspectDatabaseFile(file, options).kind;
  } catch (error) {
    if (error instanceof ServiceError) {
      const code = refusals.find((known) => known === error.code);
      if (code !== undefined) throw refusal(code, error.message);
    }
    throw error;
  }
  // An empty SQLite file (or a 0-byte one) holds nothing of Pykälä's to restore.
  if (kind === 'empty') throw refusal('DB_NOT_SQLITE', `${file} holds no Pykälä data`);
}

/** The folder of a location: backups/ of the data folder, or the second folder (NOT_FOUND if none is set). */
export function folderOf(dataDir: string, location: BackupLocation): string {
  if (location === 'data') return backupsDirOf(dataDir);
  const { secondFolder } = readBackupSettings(dataDir);
  if (secondFolder === null) throw refusal('NOT_FOUND', 'no second folder is set');
  return secondFolder;
}

/** The path of a listed backup; only a name that looks like one, so no other file can be reached. */
export function backupPath(dataDir: string, fileName: string, location: BackupLocation): string {
  if (!backupFilePattern.test(fileName)) throw refusal('NOT_FOUND', `${fileName} is not a backup's name`);
  const file = path.join(folderOf(dataDir, location), fileName);
  if (!fs.existsSync(file)) throw refusal('NOT_FOUND', `${file} does not exist`);
  return file;
}

/**
 * A read-only connection to a checked file. A file in WAL mode (one the CLI is given) makes SQLite
 * create -wal and -shm side files even to read; the ones that were not there are removed again.
 */
export function withReader<T>(file: string, options: SourceOptions, read: (db: BetterSqlite3.Database) => T): T {
  const sideFiles = [`${file}-wal`, `${file}-shm`].filter((side) => !fs.existsSync(side));
  try {
    const reader = new BetterSqlite3(file, { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), readonly: true, fileMustExist: true });
    try {
      return read(reader);
    } finally {
      reader.close();
    }
  } finally {
    for (const side of sideFiles) fs.rmSync(side, { force: true });
  }
}

/** The entry of a file: from its sidecar when it is a listed backup, else read from the file itself. */
export function describeSource(file: string, location: BackupLocation, options: SourceOptions = {}): BackupEntry {
  const listed = listFolder(path.dirname(file)).find((entry) => entry.fileName === path.basename(file) && entry.fingerprint !== '');
  if (listed) return toEntry(listed, location);
  const stat = fs.statSync(file);
  return withReader(file, options, (db) => ({
    fileName: path.basename(file),
    location,
    createdAt: stat.mtime.toISOString(),
    reason: 'manual',
    sizeBytes: stat.size,
    counts: countsOf(db),
    verified: false,
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
  }));
}

/** What the copy holds, shown before restoring it; the file is checked first and read read-only. */
export function previewSource(file: string, location: BackupLocation, options: SourceOptions = {}): BackupPreview {
  checkRestorable(file, options);
  const entry = describeSource(file, location, options);
  return withReader(file, options, (db) => ({
    entry,
    organisation: organisationOf(db) || defaultSettings.organisation,
    latestChangeAt: latestChangeOf(db),
    recentItems: recentItemsOf(db),
  }));
}
