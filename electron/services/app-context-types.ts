// What every transport (Electron main, browser host, CLI) gets from the Node side: one handler
// table over one open database in one data folder. Implemented by app-context.ts.
import type { AppStatus } from '../../shared/ipc/channels/app';
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
}

export interface AppContext {
  readonly dataDir: string;
  readonly handlers: HandlerTable;
  status(): AppStatus;
  /** Resolves once a new demo database has its meetings too (they are made through the services, asynchronously); every handler waits for it. */
  ready(): Promise<void>;
  close(): void;
}
