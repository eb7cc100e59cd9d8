import { z } from 'zod';
import { channel } from '../define';
import type { ErrorCode } from '../define';

export type AppStatus =
  | { state: 'ready'; dataDir: string; databaseFile: string; hasSampleData: boolean }
  | {
      state: 'startupError';
      code: Extract<ErrorCode, 'DB_CORRUPT' | 'DB_NOT_SQLITE' | 'DB_NEWER_VERSION' | 'DB_UNAVAILABLE'>;
      databaseFile: string;
      detail: string;
    };

export const appChannels = {
  'app:status': channel(z.object({})).returns<AppStatus>(),
  /** After a startup error: start over in a new file, leaving the bad file exactly as it was. */
  'app:recover': channel(z.object({ mode: z.enum(['empty', 'demo']) })).returns<AppStatus>(),
};
