// pykala-data.json names the current database file of a data folder; after a recovery it also
// remembers the files that were set aside, so nobody has to guess which file is which.
import fs from 'node:fs';
import path from 'node:path';
import { databaseFileName } from './data-folder';

export const pointerFileName = 'pykala-data.json';

export interface SetAsideFile {
  file: string;
  code: string;
  at: string;
}

export interface DataPointer {
  databaseFile: string;
  setAside: SetAsideFile[];
}

/** A bare file name inside the folder; anything else in the JSON is ignored as untrusted. */
function isPlainFileName(name: unknown): name is string {
  return typeof name === 'string' && name.length > 0 && name.length < 200 && path.basename(name) === name && name !== '.' && name !== '..';
}

export function readPointer(dataDir: string): DataPointer {
  const fallback: DataPointer = { databaseFile: databaseFileName, setAside: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(path.join(dataDir, pointerFileName), 'utf8'));
  } catch {
    return fallback;
  }
  if (typeof raw !== 'object' || raw === null) return fallback;
  const record = raw as Record<string, unknown>;
  const setAside = Array.isArray(record.setAside)
    ? record.setAside.filter((entry): entry is SetAsideFile => typeof entry === 'object' && entry !== null && isPlainFileName((entry as SetAsideFile).file))
    : [];
  return { databaseFile: isPlainFileName(record.databaseFile) ? record.databaseFile : databaseFileName, setAside };
}

/** Written to a temporary file and renamed, so a crash or a full disk never leaves half a pointer. */
export function writePointer(dataDir: string, pointer: DataPointer): void {
  const target = path.join(dataDir, pointerFileName);
  const temporary = `${target}.tmp`;
  try {
    // Flushed before the rename: after a power cut the pointer is the old one or the new one, never empty.
    const fd = fs.openSync(temporary, 'w');
    try {
      fs.writeFileSync(fd, `${JSON.stringify(pointer, null, 2)}\n`, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

/** "pykala-2026-11-28-1530.sqlite3", with "-2", "-3" … if that name is taken. */
export function newDatabaseFileName(dataDir: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? `pykala-${stamp}.sqlite3` : `pykala-${stamp}-${String(n)}.sqlite3`;
    if (!fs.existsSync(path.join(dataDir, name))) return name;
  }
}
