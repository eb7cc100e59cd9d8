// The backups:* channels. They live beside the app context rather than in a handler factory:
// restore swaps the open database, the list and the settings work even when no database is open.
import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { ServiceError } from '../../../shared/errors';
import type { BackupEntry, BackupLocation, BackupSettings, RestoreResult } from '../../../shared/domain/backup';
import type { HandlerTable } from '../dispatch';
import { backupsDirOf, listFolder, toEntry } from './backup-files';
import { readBackupSettings, writeBackupSettings } from './backup-settings';
import { backupPath, previewSource } from './backup-source';
import type { SourceOptions } from './backup-source';
import { createBackup } from './create-backup';

export interface BackupHost {
  dataDir: string;
  now: () => Date;
  /** The open database's connection; throws DB_UNAVAILABLE when none is open. */
  sqlite: () => BetterSqlite3.Database;
  restoreFrom: (file: string, location: BackupLocation) => Promise<RestoreResult>;
  sourceOptions: SourceOptions;
}

/** Both folders' backups, newest first; a second folder that is gone simply lists none. */
export function listBackups(dataDir: string): BackupEntry[] {
  const entries = listFolder(backupsDirOf(dataDir)).map((sidecar) => toEntry(sidecar, 'data'));
  const { secondFolder } = readBackupSettings(dataDir);
  if (secondFolder !== null) entries.push(...listFolder(secondFolder).map((sidecar) => toEntry(sidecar, 'second')));
  return entries.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.location.localeCompare(b.location) || b.fileName.localeCompare(a.fileName));
}

function invalidFolder(key: string, detail: string): ServiceError {
  return new ServiceError('VALIDATION', detail, [{ path: 'secondFolder', message: `backups.settings.${key}` }]);
}

/** A second folder must be an existing folder given in full, and not the data folder's own backups/. */
export function saveBackupSettings(dataDir: string, secondFolder: string | null): BackupSettings {
  if (secondFolder !== null) {
    if (!path.isAbsolute(secondFolder)) throw invalidFolder('notAbsolute', `${secondFolder} is not an absolute path`);
    if (!fs.existsSync(secondFolder) || !fs.statSync(secondFolder).isDirectory()) throw invalidFolder('notFolder', `${secondFolder} is not a folder`);
    if (path.resolve(secondFolder) === path.resolve(backupsDirOf(dataDir)) || path.resolve(secondFolder) === path.resolve(dataDir)) {
      throw invalidFolder('sameFolder', `${secondFolder} is the data folder's own`);
    }
  }
  const settings: BackupSettings = { secondFolder: secondFolder === null ? null : path.resolve(secondFolder) };
  writeBackupSettings(dataDir, settings);
  return settings;
}

export function backupHandlers(host: BackupHost): HandlerTable {
  return {
    'backups:list': () => listBackups(host.dataDir),
    'backups:create': () => createBackup(host.sqlite(), 'manual', host.now()),
    'backups:preview': ({ fileName, location }) => previewSource(backupPath(host.dataDir, fileName, location), location, host.sourceOptions),
    'backups:restore': ({ fileName, location }) => host.restoreFrom(backupPath(host.dataDir, fileName, location), location),
    'backups:getSettings': () => readBackupSettings(host.dataDir),
    'backups:saveSettings': ({ secondFolder }) => saveBackupSettings(host.dataDir, secondFolder),
  };
}
