// The files of a backup folder: "pykala-2026-12-01-0930-manual.sqlite3" and beside it its
// sidecar "….sqlite3.json" with what the list shows (reason, counts, verified, schema). The
// metadata lives beside the copies, never in the database they copy: a restore must not bring
// back an older list of backups, and a copy must stay byte-for-byte what SQLite wrote.
import fs from 'node:fs';
import path from 'node:path';
import { backupReasons } from '../../../shared/domain/backup';
import type { BackupCounts, BackupEntry, BackupLocation, BackupReason } from '../../../shared/domain/backup';

export const backupFolderName = 'backups';
const reasonPattern = backupReasons.join('|');
/** Only files named like this are listed, rotated or restored: a second folder may hold anything else. */
export const backupFilePattern = new RegExp(`^pykala-(\\d{4})-(\\d{2})-(\\d{2})-(\\d{2})(\\d{2})-(${reasonPattern})(?:-(\\d+))?\\.sqlite3$`, 'u');

/** What the sidecar stores: the entry without its location (a copy in the second folder is the same backup). */
export interface BackupSidecar extends Omit<BackupEntry, 'location' | 'secondFolderProblem'> {
  /** The database's state when copied (see backup-contents.ts), so "changed since the last backup" needs no copy opened. */
  fingerprint: string;
}

export function backupsDirOf(dataDir: string): string {
  return path.join(dataDir, backupFolderName);
}

export function sidecarPath(file: string): string {
  return `${file}.json`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local time, as the user reads the name (and as newDatabaseFileName names database files). */
export function backupFileName(folder: string, now: Date, reason: BackupReason): string {
  const stamp = `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? `pykala-${stamp}-${reason}.sqlite3` : `pykala-${stamp}-${reason}-${String(n)}.sqlite3`;
    if (!fs.existsSync(path.join(folder, name)) && !fs.existsSync(sidecarPath(path.join(folder, name)))) return name;
  }
}

/** Written to a temporary file, flushed and renamed, so a crash never leaves half a sidecar. */
export function writeFileDurably(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${String(process.pid)}.tmp`;
  try {
    const fd = fs.openSync(temporary, 'w');
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(path.dirname(file));
}

/** A copy's bytes on disk before it is renamed into place, so a crash never leaves a named but empty file. */
export function flushFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flushes a folder's entries (a rename) to disk; Windows cannot open a folder for that and needs no such step. */
export function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Not supported on this platform: the rename itself is still atomic.
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function isCounts(value: unknown): value is BackupCounts {
  if (typeof value !== 'object' || value === null) return false;
  const counts = value as Record<string, unknown>;
  return ['projects', 'items', 'meetings', 'people'].every((key) => typeof counts[key] === 'number');
}

function readSidecar(file: string): BackupSidecar | null {
  try {
    const raw = JSON.parse(fs.readFileSync(sidecarPath(file), 'utf8')) as Record<string, unknown>;
    const reason = backupReasons.find((known) => known === raw.reason);
    if (typeof raw.createdAt !== 'string' || reason === undefined || !isCounts(raw.counts)) return null;
    return {
      fileName: path.basename(file),
      createdAt: raw.createdAt,
      reason,
      sizeBytes: typeof raw.sizeBytes === 'number' ? raw.sizeBytes : 0,
      counts: raw.counts,
      verified: raw.verified === true,
      schemaVersion: typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0,
      fingerprint: typeof raw.fingerprint === 'string' ? raw.fingerprint : '',
    };
  } catch {
    return null;
  }
}

/** What the name alone says, for a copy whose sidecar is missing (copied by hand, or a crash between the two). */
function fromName(file: string, match: RegExpExecArray): BackupSidecar {
  const [, year, month, day, hour, minute, reason] = match;
  const at = new Date(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
  let sizeBytes = 0;
  try {
    sizeBytes = fs.statSync(file).size;
  } catch {
    // Listed anyway; restore will say what is wrong with it.
  }
  return {
    fileName: path.basename(file),
    createdAt: at.toISOString(),
    reason: reason as BackupReason,
    sizeBytes,
    counts: { projects: 0, items: 0, meetings: 0, people: 0 },
    verified: false,
    schemaVersion: 0,
    fingerprint: '',
  };
}

/** The backups in a folder, newest first; a folder that is missing or unreadable has none. */
export function listFolder(folder: string): BackupSidecar[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  const found: BackupSidecar[] = [];
  for (const name of names) {
    const match = backupFilePattern.exec(name);
    if (!match) continue;
    const file = path.join(folder, name);
    found.push(readSidecar(file) ?? fromName(file, match));
  }
  return found.sort((a, b) => (a.createdAt === b.createdAt ? b.fileName.localeCompare(a.fileName) : b.createdAt.localeCompare(a.createdAt)));
}

export function toEntry(sidecar: BackupSidecar, location: BackupLocation): BackupEntry {
  return {
    fileName: sidecar.fileName, location, createdAt: sidecar.createdAt, reason: sidecar.reason, sizeBytes: sidecar.sizeBytes,
    counts: sidecar.counts, verified: sidecar.verified, schemaVersion: sidecar.schemaVersion,
  };
}
