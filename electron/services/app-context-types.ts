// What every transport (Electron main, browser host, CLI) gets from the Node side: one handler
// table over one open database in one data folder. Implemented by app-context.ts.
import type { AppStatus } from '../../shared/ipc/channels/app';
import type { RestoreResult } from '../../shared/domain/backup';
import type { BackupTimer } from './backups/backup-triggers';
import type { HandlerTable } from './dispatch';

export interface AppContextOptions {
  dataDir: string;
  /** Create the demo database when the folder has none (npm start, dev:web); the CLI passes false. */
  seedDemoIfNew: boolean;
  /**
   * With the demo, also its meetings (issue 8; default true). Item-workflow tests that need the
   * seed item as handled but not yet in checked minutes start without them.
   */
  demoMeetings?: boolean;
  /** better-sqlite3 binary for Electron's ABI (electron/native/binding.ts); undefined = the Node build. */
  nativeBinding?: string | undefined;
  /**
   * Backups without anyone asking: at start when anything changed since the last backup, and every
   * 30 minutes while changes happen. The desktop app and the browser host turn it on; the CLI
   * (one command, then gone) and tests that do not test it leave it off. A backup before a
   * migration, an import, an exchange import and a restore is made regardless.
   */
  automaticBackups?: boolean;
  /** The repeating timer of the 30-minute backups (tests inject one to run it by hand); setInterval, unref'd, by default. */
  backupTimer?: BackupTimer;
}

export interface AppContext {
  readonly dataDir: string;
  readonly handlers: HandlerTable;
  status(): AppStatus;
  /** Resolves once a new demo database has its meetings too (they are made through the services, asynchronously); every handler waits for it. */
  ready(): Promise<void>;
  /** Resolves once the automatic backups started so far have finished (for tests and a clean quit). */
  backupsSettled(): Promise<void>;
  /**
   * Replaces the database with a copy from a file (a backup, or one the CLI is given): refused with
   * a ServiceError and nothing changed unless it is a sound Pykälä database of this version or older.
   * The current state is backed up first.
   */
  restoreFrom(file: string): Promise<RestoreResult>;
  /** Stops the backup timer and closes the database. */
  close(): void;
}
