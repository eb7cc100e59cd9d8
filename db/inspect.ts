// The read-only check of an existing database file before Pykälä writes anything to it (not even
// the switch to WAL). A file that is not SQLite, is another program's database, is corrupt or
// comes from a newer app is refused and left byte-identical, with its -wal and -shm files.
import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { ServiceError } from '../shared/errors';
import { headerOffsets, pykalaApplicationId, sqliteHeaderLength } from './file-identity';
import { latestVersion } from './migrations/index';
import { applicationId, migrate, userVersion } from './migrations/runner';
import { canMakeSideFiles, diagnoseStorage, isStorageError, storageError } from './storage-fault';

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');

export interface InspectOptions {
  nativeBinding?: string | undefined;
}

/**
 * pykala: marked with Pykälä's application_id. unmarked: Pykälä's schema at user_version 1…latest
 * from before the mark (marked on open). empty: no schema at all (a 0-byte file, or one that a
 * crash left before the first migration committed); Pykälä may initialise it.
 */
export type DatabaseFileKind = 'pykala' | 'unmarked' | 'empty';

export interface FileInspection {
  userVersion: number;
  kind: DatabaseFileKind;
}

interface SchemaView {
  applicationId: number;
  userVersion: number;
  /** "type name" of every schema object SQLite did not make itself. */
  objects: string[];
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function readHeader(file: string): Buffer {
  const header = Buffer.alloc(sqliteHeaderLength);
  const fd = fs.openSync(file, 'r');
  try {
    return header.subarray(0, fs.readSync(fd, header, 0, header.length, 0));
  } finally {
    fs.closeSync(fd);
  }
}

function readView(reader: BetterSqlite3.Database): SchemaView {
  const objects = reader.prepare("SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY 1").pluck().all() as string[];
  return { applicationId: applicationId(reader), userVersion: userVersion(reader), objects };
}

const expectedObjects = new Map<number, string>();

/** The schema objects the migrations make at a version, from a scratch in-memory database. */
function objectsAt(version: number, options: InspectOptions): string {
  let known = expectedObjects.get(version);
  if (known === undefined) {
    const scratch = new BetterSqlite3(':memory:', options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    try {
      migrate(scratch, version);
      known = readView(scratch).objects.join('\n');
    } finally {
      scratch.close();
    }
    expectedObjects.set(version, known);
  }
  return known;
}

function foreign(file: string, why: string): ServiceError {
  return new ServiceError('DB_FOREIGN', `${file} is another program's SQLite database (${why})`);
}

/** What kind of file the view shows; throws DB_FOREIGN or DB_NEWER_VERSION. */
function classify(file: string, view: SchemaView, options: InspectOptions): DatabaseFileKind {
  if (view.applicationId === pykalaApplicationId) {
    if (view.userVersion > latestVersion) {
      throw new ServiceError('DB_NEWER_VERSION', `${file} has schema ${String(view.userVersion)}; this app knows up to ${String(latestVersion)}`);
    }
    return 'pykala';
  }
  if (view.applicationId !== 0) throw foreign(file, `application_id ${String(view.applicationId)}`);
  if (view.userVersion === 0 && view.objects.length === 0) return 'empty';
  if (view.userVersion >= 1 && view.userVersion <= latestVersion && view.objects.join('\n') === objectsAt(view.userVersion, options)) return 'unmarked';
  throw foreign(file, `no application_id; user_version ${String(view.userVersion)} with ${view.objects.slice(0, 5).join(', ') || 'no tables'}`);
}

/**
 * The database as it is in the main file alone, read from a copy in memory: no side file is
 * created or touched. Without a -wal this is the whole database. SQLite cannot open a WAL-mode
 * image from memory, so the copy's header says rollback journal (bytes 18-19; the file keeps 2).
 */
function withImage<T>(file: string, options: InspectOptions, read: (reader: BetterSqlite3.Database) => T): T {
  const image = fs.readFileSync(file);
  if (image.length > 19) {
    image[18] = 1;
    image[19] = 1;
  }
  const reader = new BetterSqlite3(image, { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), readonly: true });
  try {
    return read(reader);
  } finally {
    reader.close();
  }
}

/**
 * An unmarked file with a -wal beside it (in use by another program, or left by a crash): the
 * main file is judged first from memory, so another program's tables there are refused with
 * nothing touched. Only a file that looks like Pykälä's (or empty) goes on to SQLite, whose
 * readers share the -shm index with any program that has the file open.
 */
function precheckMainFile(file: string, options: InspectOptions): void {
  try {
    withImage(file, options, (reader) => classify(file, readView(reader), options));
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    // A main file SQLite cannot read alone is judged with its -wal below.
  }
}

/** A read that failed: a storage fault (the -shm could not be made) is named, anything else is corruption. */
function unreadable(file: string, error: unknown): ServiceError {
  const fault = isStorageError(error) ? diagnoseStorage(file, error) : null;
  return fault ? storageError(fault, file, describe(error)) : new ServiceError('DB_CORRUPT', `${file} failed to read: ${describe(error)}`);
}

/** quick_check, user_version and the schema, for the verdict; DB_CORRUPT when SQLite cannot read it. */
function check(file: string, reader: BetterSqlite3.Database, options: InspectOptions): FileInspection {
  let view: SchemaView;
  let problems: string[];
  try {
    view = readView(reader);
  } catch (error) {
    throw unreadable(file, error);
  }
  const kind = classify(file, view, options);
  try {
    problems = (reader.pragma('quick_check') as { quick_check: string }[]).map((row) => row.quick_check);
  } catch (error) {
    throw unreadable(file, error);
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    throw new ServiceError('DB_CORRUPT', `${file} quick_check: ${problems.slice(0, 3).join('; ')}`);
  }
  return { userVersion: view.userVersion, kind };
}

/**
 * Checks an existing file without changing it. Throws ServiceError DB_NOT_SQLITE, DB_FOREIGN,
 * DB_NEWER_VERSION, DB_CORRUPT, or DB_READ_ONLY when a sound file's folder cannot even be read
 * as SQLite needs.
 */
export function inspectDatabaseFile(file: string, options: InspectOptions = {}): FileInspection {
  const wal = `${file}-wal`;
  // A 0-byte file is SQLite's empty database: what a crash between creating the file and the
  // first commit leaves. It holds nothing to lose, so Pykälä initialises it like a new file.
  if (sizeOf(file) === 0 && sizeOf(wal) === 0) return { userVersion: 0, kind: 'empty' };
  const header = readHeader(file);
  if (header.length < sqliteMagic.length || !header.subarray(0, sqliteMagic.length).equals(sqliteMagic)) {
    throw new ServiceError('DB_NOT_SQLITE', `${file} is not an SQLite database (header mismatch)`);
  }
  // Another program's mark is read straight from the header: such a file is refused before
  // SQLite opens it, so not even its -shm index is touched.
  const markedAs = header.length >= headerOffsets.applicationId + 4 ? header.readInt32BE(headerOffsets.applicationId) : 0;
  if (markedAs !== 0 && markedAs !== pykalaApplicationId) throw foreign(file, `application_id ${String(markedAs)}`);

  const hasWal = sizeOf(wal) > 0;
  if (markedAs === 0 && hasWal) precheckMainFile(file, options);
  // In a folder that cannot be written, or on a full disk, SQLite cannot make the -wal and -shm
  // a read needs; with no -wal the main file is the whole database, so it is checked from memory.
  if (!hasWal && !canMakeSideFiles(file)) {
    try {
      return withImage(file, options, (reader) => check(file, reader, options));
    } catch (error) {
      if (error instanceof ServiceError) throw error;
      throw new ServiceError('DB_CORRUPT', `Cannot read ${file}: ${describe(error)}`);
    }
  }

  // A read-only connection to a WAL database creates -wal and -shm side files; remove the
  // ones that were not there before, so a refused file's folder is left exactly as it was.
  const sideFiles = [wal, `${file}-shm`].filter((side) => !fs.existsSync(side));
  const removeCreatedSideFiles = () => {
    for (const side of sideFiles) fs.rmSync(side, { force: true });
  };
  let reader: BetterSqlite3.Database;
  try {
    reader = new BetterSqlite3(file, { ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}), readonly: true, fileMustExist: true });
  } catch (error) {
    removeCreatedSideFiles();
    const fault = diagnoseStorage(file, error);
    if (fault) throw storageError(fault, file, describe(error));
    throw new ServiceError('DB_CORRUPT', `Cannot open ${file} read-only: ${describe(error)}`);
  }
  try {
    return check(file, reader, options);
  } finally {
    reader.close();
    removeCreatedSideFiles();
  }
}
