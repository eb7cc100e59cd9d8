// Opens the data folder's database for a transport (Electron main, browser host, CLI).
// A bad database never crashes the app: status() reports it, every data channel answers
// DB_UNAVAILABLE, and 'app:recover' starts over in a new file next to the untouched bad one.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../db/connection';
import type { DatabaseHandle } from '../../db/connection';
import { hasSampleProjectsSync } from '../../db/repositories/projects-repository';
import { diagnoseStorage, isFolderWritable, isStorageError, storageError, storageFaultOf } from '../../db/storage-fault';
import { ServiceError } from '../../shared/errors';
import { startupErrorCodes } from '../../shared/ipc/channels/app';
import type { AppStatus, StartupErrorCode } from '../../shared/ipc/channels/app';
import type { BackupLocation, RestoreResult } from '../../shared/domain/backup';
import type { AppContext, AppContextOptions } from './app-context-types';
import { backupHandlers } from './backups/backup-handlers';
import { checkRestorable, describeSource } from './backups/backup-source';
import { backupIfChanged, backupIntervalMs, systemTimer } from './backups/backup-triggers';
import { createBackup, createBackupSync } from './backups/create-backup';
import { rememberNativeBinding } from './backups/native-binding';
import { discardRestoredCopy, prepareRestoredCopy, removeInterruptedRestores, switchToRestoredCopy } from './backups/restore-file';
import { newDatabaseFileName, readPointer, writePointer } from './data-pointer';
import { seedDemo } from './demo/seed-demo';
import { seedMeetingsDemo } from './demo/seed-meetings';
import { seedReviewDemo } from './demo/seed-review';
import type { HandlerTable } from './dispatch';
import { handlerFactories } from './handler-factories';
import { logger } from './logger';
import { serviceDeps } from './service-deps';
import { newSessionMemory } from './session/session-memory';
import type { ServiceDeps } from './service-deps';

export interface OpenAppContextOptions extends AppContextOptions {
  /** better_sqlite3.node for the running runtime; the Electron shell supplies one. */
  nativeBinding?: string | undefined;
  now?: () => Date;
}

type State = { kind: 'ready'; handle: DatabaseHandle; deps: ServiceDeps } | { kind: 'error'; status: AppStatus & { state: 'startupError' } };

function startupCode(error: unknown): StartupErrorCode {
  const code = error instanceof ServiceError ? error.code : storageFaultOf(error);
  return startupErrorCodes.find((known) => known === code) ?? 'DB_UNAVAILABLE';
}

/** A file this process made for a recovery that did not finish: it holds nothing, so it goes. */
function removeNewFile(file: string): void {
  for (const name of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(name, { force: true });
}

/** Path of the database the folder's pointer names (it may not exist yet). */
export function currentDatabasePath(dataDir: string): string {
  return path.join(dataDir, readPointer(dataDir).databaseFile);
}

export function openAppContext(options: OpenAppContextOptions): AppContext {
  const dataDir = path.resolve(options.dataDir);
  const now = options.now ?? (() => new Date());

  /** Who uses this instance (issue 9): one memory for the context's life, whichever database is open. */
  const session = newSessionMemory();

  /** The demo's meetings, made through the services (async): every handler waits for them. */
  let seeding: Promise<void> = Promise.resolve();

  function open(file: string, seed: boolean): State {
    const handle = openDatabase(file, {
      nativeBinding: options.nativeBinding,
      // Always a copy before the schema changes, so an update that goes wrong can be undone.
      beforeMigration: (sqlite) => {
        rememberNativeBinding(sqlite, options.nativeBinding);
        createBackupSync(sqlite, 'migration', now());
      },
    });
    // createBackup verifies each copy on a connection of its own, with the same native binding.
    rememberNativeBinding(handle.sqlite, options.nativeBinding);
    try {
      if (seed && handle.isNew) seedDemo({ db: handle.db, sqlite: handle.sqlite, now: now().toISOString(), newId: randomUUID });
    } catch (error) {
      handle.close();
      throw error;
    }
    // Another database (a recovery) has its own users and its own last choice.
    Object.assign(session, newSessionMemory());
    const deps = { ...serviceDeps(handle.db, handle.sqlite, session), now };
    if (seed && handle.isNew) {
      // One transaction each: on failure (or a close before it ends) the base demo stays without meetings, or without the item in review.
      const warn = (what: string) => (error: unknown) => {
        logger.warn(`the demo ${what} were not created`, error instanceof Error ? error.message : String(error));
      };
      const meetings = options.demoMeetings === false ? Promise.resolve() : seedMeetingsDemo(deps).catch(warn('meetings'));
      seeding = meetings.then(() => seedReviewDemo(deps)).catch(warn('review round'));
    }
    return { kind: 'ready', handle, deps };
  }

  function start(): State {
    const file = currentDatabasePath(dataDir);
    try {
      // A data folder on a read-only or full disk cannot be made: that is named, not thrown.
      fs.mkdirSync(dataDir, { recursive: true });
      return open(file, options.seedDemoIfNew);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const code = startupCode(error);
      // An expected refusal (not SQLite, corrupt, newer, storage) needs no stack trace; anything else does.
      logger.warn(`database ${file} could not be opened`, code === 'DB_UNAVAILABLE' ? error : detail);
      return { kind: 'error', status: { state: 'startupError', code, databaseFile: file, detail, canStartNew: isFolderWritable(dataDir) } };
    }
  }

  removeInterruptedRestores(dataDir);
  let state = start();

  function status(): AppStatus {
    if (state.kind === 'error') return state.status;
    const { handle } = state;
    return { state: 'ready', dataDir, databaseFile: handle.file, hasSampleData: hasSampleProjectsSync(handle.db, handle.sqlite) };
  }

  function deps(): ServiceDeps {
    if (state.kind === 'error') throw new ServiceError('DB_UNAVAILABLE', `Database unavailable: ${state.status.code}`);
    return state.deps;
  }

  /** A new database next to the bad one; on any failure nothing of it is left and the pointer is unchanged. */
  function startNew(bad: Extract<AppStatus, { state: 'startupError' }>, mode: 'empty' | 'demo'): State {
    if (!isFolderWritable(dataDir)) throw storageError('DB_READ_ONLY', dataDir, 'cannot create a new database in the data folder');
    const fileName = newDatabaseFileName(dataDir, now());
    const file = path.join(dataDir, fileName);
    let next: State;
    try {
      next = open(file, mode === 'demo');
    } catch (error) {
      removeNewFile(file);
      const fault = storageFaultOf(error);
      throw fault ? storageError(fault, file, error instanceof Error ? error.message : String(error)) : error;
    }
    try {
      const pointer = readPointer(dataDir);
      writePointer(dataDir, {
        databaseFile: fileName,
        setAside: [...pointer.setAside, { file: path.basename(bad.databaseFile), code: bad.code, at: now().toISOString() }],
      });
    } catch (error) {
      if (next.kind === 'ready') next.handle.close();
      removeNewFile(file);
      const fault = storageFaultOf(error);
      throw fault ? storageError(fault, dataDir, error instanceof Error ? error.message : String(error)) : error;
    }
    logger.info(`recovered into ${fileName}; ${path.basename(bad.databaseFile)} left untouched`);
    return next;
  }

  function recover(mode: 'retry' | 'empty' | 'demo'): AppStatus {
    if (state.kind !== 'error') throw new ServiceError('CONFLICT', 'The database is open; nothing to recover');
    // 'retry': the same file again, once the disk has room or the folder can be written.
    state = mode === 'retry' ? start() : startNew(state.status, mode);
    return status();
  }

  /**
   * SQLite reports some storage faults only as a generic I/O error (a database file or its -wal
   * made read-only mid-session gives SQLITE_IOERR_WRITE): this context knows the file, so it
   * looks at the storage and names the fault instead of leaving it INTERNAL.
   */
  function namingStorageFaults(handler: (input: unknown) => unknown): (input: unknown) => Promise<unknown> {
    return async (input) => {
      await seeding;
      try {
        return await handler(input);
      } catch (error) {
        if (error instanceof ServiceError || state.kind !== 'ready' || !isStorageError(error)) throw error;
        const fault = diagnoseStorage(state.handle.file, error);
        throw fault ? storageError(fault, state.handle.file, error instanceof Error ? error.message : String(error)) : error;
      }
    };
  }

  /** While a restore swaps the database, the other channels wait for it instead of using the old handle. */
  let restoring: Promise<unknown> = Promise.resolve();

  function ready(): Extract<State, { kind: 'ready' }> {
    if (state.kind === 'error') throw new ServiceError('DB_UNAVAILABLE', `Database unavailable: ${state.status.code}`);
    return state;
  }

  /**
   * Check the file (refused: nothing changed), copy it into a new database file of the data folder,
   * back up the current state, switch the pointer, then close the old handle and open the new one
   * (migrating an older copy). Until the pointer switch the old database is the app's; after it,
   * the new one, which is complete on disk: a kill at any moment leaves one or the other.
   */
  async function restoreFrom(source: string, location: BackupLocation): Promise<RestoreResult> {
    const current = ready();
    const sourceOptions = { nativeBinding: options.nativeBinding };
    checkRestorable(source, sourceOptions);
    const restored = describeSource(source, location, sourceOptions);
    const prepared = prepareRestoredCopy(dataDir, source, now(), sourceOptions);
    let safetyCopy;
    try {
      safetyCopy = await createBackup(current.handle.sqlite, 'restore', now());
      if (state !== current) throw new ServiceError('CONFLICT', 'The database was replaced during the restore');
    } catch (error) {
      discardRestoredCopy(prepared);
      throw error;
    }
    switchToRestoredCopy(dataDir, prepared, now());
    current.handle.close();
    state = start();
    logger.info(`restored ${source} into ${prepared.fileName}; the previous state is in ${safetyCopy.fileName}`);
    if (state.kind === 'error') throw new ServiceError(state.status.code, `The restored copy could not be opened: ${state.status.detail}`);
    return { restored, safetyCopy };
  }

  /**
   * Another process may have switched the folder to a restored copy (`pykala restore` run while the
   * app is open): writing on into the old file would lose every later change at the next start, so
   * each call first follows the pointer. One small file read per call.
   */
  function followPointer(): void {
    if (state.kind !== 'ready' || currentDatabasePath(dataDir) === state.handle.file) return;
    logger.info(`the data folder now names ${currentDatabasePath(dataDir)}; leaving ${state.handle.file}`);
    state.handle.close();
    state = start();
  }

  function restoreExclusively(source: string, location: BackupLocation): Promise<RestoreResult> {
    const run = restoring.then(() => restoreFrom(source, location));
    restoring = run.catch(() => undefined);
    return run;
  }

  const handlers: HandlerTable = {
    'app:status': () => status(),
    'app:recover': ({ mode }) => recover(mode),
  };
  for (const factory of handlerFactories) {
    for (const [name, handler] of Object.entries(factory(deps)) as [string, (input: unknown) => unknown][]) {
      Object.assign(handlers, { [name]: namingStorageFaults(async (input) => {
        await restoring;
        followPointer();
        return handler(input);
      }) });
    }
  }
  const backups = backupHandlers({
    dataDir,
    now,
    sqlite: () => ready().handle.sqlite,
    restoreFrom: restoreExclusively,
    sourceOptions: { nativeBinding: options.nativeBinding },
  });
  for (const [name, handler] of Object.entries(backups) as [string, (input: unknown) => unknown][]) {
    // No wait for a running restore here: a second restore chains on the first by itself.
    Object.assign(handlers, { [name]: namingStorageFaults((input) => {
      followPointer();
      return handler(input);
    }) });
  }

  /**
   * Automatic backups (the desktop app and the browser host): at start when anything changed since
   * the last backup, then every 30 minutes if something changed. One at a time, never throwing.
   */
  let backupWork: Promise<unknown> = Promise.resolve();
  function backUpIfChanged(reason: 'start' | 'interval'): Promise<unknown> {
    backupWork = backupWork.then(async () => {
      await seeding;
      await restoring;
      if (state.kind === 'ready') await backupIfChanged(state.handle.sqlite, reason, now());
    });
    return backupWork;
  }
  let stopTimer = () => {};
  if (options.automaticBackups === true) {
    if (state.kind === 'ready' && !state.handle.isNew) void backUpIfChanged('start');
    stopTimer = (options.backupTimer ?? systemTimer)(() => {
      void backUpIfChanged('interval');
    }, backupIntervalMs);
  }

  return {
    dataDir,
    handlers,
    status,
    ready: () => seeding,
    backupsSettled: () => backupWork.then(() => undefined),
    restoreFrom: (file) => restoreExclusively(path.resolve(file), 'data'),
    close() {
      stopTimer();
      if (state.kind === 'ready') state.handle.close();
    },
  };
}
