// The file step of a restore: the checked copy becomes a NEW database file in the data folder and
// only then does pykala-data.json name it. A kill -9 at any moment leaves the pointer naming the
// old database (untouched) or the new one (complete and flushed), never half of either.
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { newDatabaseFileName, readPointer, writePointer } from '../data-pointer';
import { flushFile, syncFolder } from './backup-files';
import { refusal, withReader } from './backup-source';
import type { SourceOptions } from './backup-source';

/**
 * VACUUM INTO from a read-only connection: a consistent copy even of a database in WAL mode whose
 * latest commits are still in its -wal (a byte copy of the main file would miss them), and the
 * side files SQLite makes for reading are removed again, so the source is left as it was.
 */
function copyDatabase(source: string, target: string, options: SourceOptions): void {
  withReader(source, options, (reader) => reader.prepare('VACUUM INTO ?').run(target));
}

function verify(file: string, options: SourceOptions): void {
  const copy = new BetterSqlite3(file, { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const problems = (copy.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
    if (problems.length !== 1 || problems[0] !== 'ok') throw refusal('DB_CORRUPT', `integrity_check: ${problems.slice(0, 3).join('; ')}`);
  } finally {
    copy.close();
  }
}

/** Temporary names of a restore that a kill interrupted: never named by the pointer, so safe to remove. */
export const restoringSuffix = '.restoring';

export interface PreparedRestore {
  /** The new database file's name in the data folder (not yet there: it is `temporary` until switched). */
  fileName: string;
  temporary: string;
}

/**
 * Copies a checked source into a temporary file of the data folder and verifies the copy. Done
 * before the safety copy of the current state is made, whose rotation might otherwise remove the
 * very backup being restored.
 */
export function prepareRestoredCopy(dataDir: string, source: string, now: Date, options: SourceOptions = {}): PreparedRestore {
  const fileName = newDatabaseFileName(dataDir, now);
  const temporary = path.join(dataDir, `${fileName}${restoringSuffix}`);
  try {
    copyDatabase(source, temporary, options);
    verify(temporary, options);
    flushFile(temporary);
  } catch (error) {
    discardRestoredCopy({ fileName, temporary });
    throw error;
  }
  return { fileName, temporary };
}

export function discardRestoredCopy(prepared: PreparedRestore): void {
  for (const name of [prepared.temporary, `${prepared.temporary}-journal`]) fs.rmSync(name, { force: true });
}

/**
 * The new file takes its name (flushed), then pykala-data.json names it (written whole and
 * renamed). The old database file stays where it was, noted in the pointer's setAside list.
 */
export function switchToRestoredCopy(dataDir: string, prepared: PreparedRestore, now: Date): void {
  const target = path.join(dataDir, prepared.fileName);
  try {
    fs.renameSync(prepared.temporary, target);
    syncFolder(dataDir);
  } catch (error) {
    discardRestoredCopy(prepared);
    throw error;
  }
  const pointer = readPointer(dataDir);
  try {
    writePointer(dataDir, { databaseFile: prepared.fileName, setAside: [...pointer.setAside, { file: pointer.databaseFile, code: 'RESTORED_OVER', at: now.toISOString() }] });
    syncFolder(dataDir);
  } catch (error) {
    // The pointer still names the old database: the new file is nobody's, so it goes.
    fs.rmSync(target, { force: true });
    throw error;
  }
}

/** Leftovers of a restore killed before its rename: nothing names them. */
export function removeInterruptedRestores(dataDir: string): void {
  try {
    for (const name of fs.readdirSync(dataDir)) {
      if (name.endsWith(restoringSuffix) || name.endsWith(`${restoringSuffix}-journal`)) fs.rmSync(path.join(dataDir, name), { force: true });
    }
  } catch {
    // A folder that cannot be listed has nothing to clean.
  }
}
