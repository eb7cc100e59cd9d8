// Storage faults named for what they are: a full disk, or a file or folder that cannot be
// written (read-only mount, missing permission, immutable file). Both leave the database as it
// was, so the person is told to free space or fix the folder, not that the file is corrupt.
import fs from 'node:fs';
import path from 'node:path';
import { ServiceError } from '../shared/errors';

export type StorageFault = 'DISK_FULL' | 'DB_READ_ONLY';

/** Below this much free space an unexplained write failure is taken to be the full disk. */
const nearlyFullBytes = 1024 * 1024;

function codeOf(error: unknown): string {
  const code: unknown = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}

/**
 * What an error of any write says about the storage: a full disk, or SQLite refusing to write
 * its database. A file system permission error is left alone here: it may be about some other
 * file (an export's target), not the database.
 */
export function writeFaultOf(error: unknown): StorageFault | null {
  const code = codeOf(error);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return 'DISK_FULL';
  if (code === 'SQLITE_READONLY' || code.startsWith('SQLITE_READONLY_')) return 'DB_READ_ONLY';
  return null;
}

/** What an error while opening the database or writing in its folder says about the storage. */
export function storageFaultOf(error: unknown): StorageFault | null {
  const code = codeOf(error);
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') return 'DB_READ_ONLY';
  return writeFaultOf(error);
}

/** An SQLite error of the kind a storage fault causes (I/O, cannot open, full, read-only). */
export function isStorageError(error: unknown): boolean {
  return /^SQLITE_(IOERR|CANTOPEN|FULL|READONLY)/u.test(codeOf(error));
}

function writable(target: string): boolean {
  try {
    // access() honours read-only mounts and immutable files even for root, unlike mode bits.
    fs.accessSync(target, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether a new file can be created in the folder (a recovery's new database). */
export function isFolderWritable(dir: string): boolean {
  return writable(dir);
}

/** DB_READ_ONLY when the database file (if it exists) or its folder cannot be written. */
export function writeProbe(file: string): StorageFault | null {
  if (!writable(path.dirname(file))) return 'DB_READ_ONLY';
  if (fs.existsSync(file) && !writable(file)) return 'DB_READ_ONLY';
  return null;
}

function nearlyFull(dir: string): boolean {
  try {
    const stats = fs.statfsSync(dir);
    return stats.bavail * stats.bsize < nearlyFullBytes;
  } catch {
    return false;
  }
}

/** Whether SQLite could make the -wal and -shm files a read of `file` needs next to it. */
export function canMakeSideFiles(file: string): boolean {
  return writeProbe(file) === null && !nearlyFull(path.dirname(file));
}

/**
 * The fault behind a failed write to `file`: what the error says, else what the storage shows
 * now (SQLite reports some of these as a generic I/O error or "unable to open").
 */
export function diagnoseStorage(file: string, error: unknown): StorageFault | null {
  return storageFaultOf(error) ?? writeProbe(file) ?? (nearlyFull(path.dirname(file)) ? 'DISK_FULL' : null);
}

export function storageError(fault: StorageFault, file: string, detail: string): ServiceError {
  switch (fault) {
    case 'DISK_FULL':
      return new ServiceError('DISK_FULL', `The disk holding ${file} is full: ${detail}`);
    case 'DB_READ_ONLY':
      return new ServiceError('DB_READ_ONLY', `${file} or its folder cannot be written: ${detail}`);
  }
}
