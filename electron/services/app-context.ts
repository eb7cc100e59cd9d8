// Opens the data folder's database for a transport (Electron main, browser host, CLI).
// A bad database never crashes the app: status() reports it, every data channel answers
// DB_UNAVAILABLE, and 'app:recover' starts over in a new file next to the untouched bad one.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../db/connection';
import type { DatabaseHandle } from '../../db/connection';
import { hasSampleProjectsSync } from '../../db/repositories/projects-repository';
import { ServiceError } from '../../shared/errors';
import type { AppStatus } from '../../shared/ipc/channels/app';
import type { AppContext, AppContextOptions } from './app-context-types';
import { newDatabaseFileName, readPointer, writePointer } from './data-pointer';
import { seedDemo } from './demo/seed-demo';
import type { HandlerTable } from './dispatch';
import { handlerFactories } from './handler-factories';
import { logger } from './logger';
import { serviceDeps } from './service-deps';
import type { ServiceDeps } from './service-deps';

type StartupErrorCode = Extract<AppStatus, { state: 'startupError' }>['code'];

export interface OpenAppContextOptions extends AppContextOptions {
  /** better_sqlite3.node for the running runtime; the Electron shell supplies one. */
  nativeBinding?: string | undefined;
  now?: () => Date;
}

type State = { kind: 'ready'; handle: DatabaseHandle; deps: ServiceDeps } | { kind: 'error'; status: AppStatus & { state: 'startupError' } };

function startupCode(error: unknown): StartupErrorCode {
  if (error instanceof ServiceError && (error.code === 'DB_CORRUPT' || error.code === 'DB_NOT_SQLITE' || error.code === 'DB_NEWER_VERSION')) return error.code;
  return 'DB_UNAVAILABLE';
}

/** Path of the database the folder's pointer names (it may not exist yet). */
export function currentDatabasePath(dataDir: string): string {
  return path.join(dataDir, readPointer(dataDir).databaseFile);
}

export function openAppContext(options: OpenAppContextOptions): AppContext {
  const dataDir = path.resolve(options.dataDir);
  const now = options.now ?? (() => new Date());
  fs.mkdirSync(dataDir, { recursive: true });

  function open(file: string, seed: boolean): State {
    const handle = openDatabase(file, { nativeBinding: options.nativeBinding });
    try {
      if (seed) seedDemo({ db: handle.db, sqlite: handle.sqlite, now: now().toISOString(), newId: randomUUID });
    } catch (error) {
      handle.close();
      throw error;
    }
    return { kind: 'ready', handle, deps: { ...serviceDeps(handle.db, handle.sqlite), now } };
  }

  function start(): State {
    const file = currentDatabasePath(dataDir);
    const isNew = !fs.existsSync(file);
    try {
      return open(file, isNew && options.seedDemoIfNew);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      // An expected refusal (not SQLite, corrupt, newer) needs no stack trace; anything else does.
      logger.warn(`database ${file} could not be opened`, error instanceof ServiceError ? detail : error);
      return { kind: 'error', status: { state: 'startupError', code: startupCode(error), databaseFile: file, detail } };
    }
  }

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

  function recover(mode: 'empty' | 'demo'): AppStatus {
    if (state.kind !== 'error') throw new ServiceError('CONFLICT', 'The database is open; nothing to recover');
    const bad = state.status;
    const fileName = newDatabaseFileName(dataDir, now());
    const next = open(path.join(dataDir, fileName), mode === 'demo');
    const pointer = readPointer(dataDir);
    writePointer(dataDir, {
      databaseFile: fileName,
      setAside: [...pointer.setAside, { file: path.basename(bad.databaseFile), code: bad.code, at: now().toISOString() }],
    });
    logger.info(`recovered into ${fileName}; ${path.basename(bad.databaseFile)} left untouched`);
    state = next;
    return status();
  }

  const handlers: HandlerTable = {
    'app:status': () => status(),
    'app:recover': ({ mode }) => recover(mode),
  };
  for (const factory of handlerFactories) Object.assign(handlers, factory(deps));

  return {
    dataDir,
    handlers,
    status,
    close() {
      if (state.kind === 'ready') state.handle.close();
    },
  };
}
