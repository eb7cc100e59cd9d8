import { createContext, useContext } from 'react';
import type { AppStatus } from '../../../shared/ipc/channels/app';

export interface AppStatusApi {
  status: Extract<AppStatus, { state: 'ready' }>;
  /** Re-read app:status, e.g. after data changed whether the database holds sample rows. */
  refresh: () => void;
  /**
   * The database was replaced under the app (a backup restored): re-read app:status and start every
   * screen below it afresh, who is working included, as the app does after app:recover. Toasts stay.
   */
  reloadData: () => Promise<void>;
}

export const AppStatusContext = createContext<AppStatusApi | null>(null);

export function useAppStatus(): AppStatusApi {
  const value = useContext(AppStatusContext);
  if (!value) throw new Error('useAppStatus outside the app shell');
  return value;
}
