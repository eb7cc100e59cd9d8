// Test helpers for backups: a data folder with a real database and a few projects in it.
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../../db/connection';
import type { DatabaseHandle } from '../../../db/connection';
import { backupsDirOf } from '../../../electron/services/backups/backup-files';
import { insertProjectRow, projectInput, tempDir } from '../db/helpers';

export function dataFolderWith(projects: number, dir = tempDir()): DatabaseHandle {
  const handle = openDatabase(path.join(dir, 'pykala.sqlite3'));
  handle.sqlite.transaction(() => {
    for (let n = 1; n <= projects; n += 1) insertProjectRow(handle.sqlite, `p${String(n)}`, projectInput({ nameFi: `Hanke ${String(n)}` }));
  })();
  return handle;
}

/** The backup files (not sidecars) in a folder, sorted. */
export function backupFiles(folder: string): string[] {
  return fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.sqlite3')).sort() : [];
}

export function backupsOf(handle: DatabaseHandle): string[] {
  return backupFiles(backupsDirOf(path.dirname(handle.file)));
}
