// When a backup is made without anyone asking: at start when anything changed since the last
// backup, and every 30 minutes while changes happen. "Changed" compares the database's fingerprint
// with the one stored beside the newest backup, so a restart or an idle half hour adds nothing.
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { BackupEntry, BackupReason } from '../../../shared/domain/backup';
import { logger } from '../logger';
import { backupsDirOf, listFolder } from './backup-files';
import { fingerprintOf } from './backup-contents';
import { createBackup } from './create-backup';

export const backupIntervalMs = 30 * 60 * 1000;

/** A repeating timer; the app's is setInterval, unref'd so it never keeps a process alive. Returns its stop. */
export type BackupTimer = (run: () => void, everyMs: number) => () => void;

export const systemTimer: BackupTimer = (run, everyMs) => {
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => {
    clearInterval(timer);
  };
};

export function changedSinceLastBackup(sqlite: BetterSqlite3.Database): boolean {
  const last = listFolder(backupsDirOf(path.dirname(sqlite.name)))[0];
  return last?.fingerprint !== fingerprintOf(sqlite);
}

/** A backup if anything changed; never throws (a failed automatic backup is logged, the app goes on). */
export async function backupIfChanged(sqlite: BetterSqlite3.Database, reason: BackupReason, now: Date): Promise<BackupEntry | null> {
  try {
    if (!sqlite.open || !changedSinceLastBackup(sqlite)) return null;
    return await createBackup(sqlite, reason, now);
  } catch (error) {
    logger.warn(`automatic backup (${reason}) failed`, error instanceof Error ? error.message : String(error));
    return null;
  }
}
