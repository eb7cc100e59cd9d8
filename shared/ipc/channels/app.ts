import { z } from 'zod';
import { channel } from '../define';
import type { ErrorCode } from '../define';

/** Why the database could not be opened; each has its Finnish text (error.<CODE>). */
export const startupErrorCodes = ['DB_CORRUPT', 'DB_NOT_SQLITE', 'DB_FOREIGN', 'DB_NEWER_VERSION', 'DB_READ_ONLY', 'DISK_FULL', 'DB_UNAVAILABLE'] as const satisfies readonly ErrorCode[];
export type StartupErrorCode = (typeof startupErrorCodes)[number];

export type AppStatus =
  | { state: 'ready'; dataDir: string; databaseFile: string; hasSampleData: boolean }
  | {
      state: 'startupError';
      code: StartupErrorCode;
      databaseFile: string;
      detail: string;
      /** Whether a new database file can be made in the data folder (false in a read-only folder). */
      canStartNew: boolean;
    };

export const appChannels = {
  'app:status': channel(z.object({})).returns<AppStatus>(),
  /**
   * After a startup error: 'retry' opens the same file again (after the person freed disk space
   * or fixed the folder); 'empty' and 'demo' start over in a new file, leaving the bad one exactly as it was.
   */
  'app:recover': channel(z.object({ mode: z.enum(['retry', 'empty', 'demo']) })).returns<AppStatus>(),
};
