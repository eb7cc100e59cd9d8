// Who is using the app (issue 9): the current user as the service knows it (per app instance, the
// last choice remembered in the data folder). Screens read it to know what to offer (approve only
// for the item's presenter) and reload their data when the user switches.
import { createContext, useContext } from 'react';
import type { SessionState } from '../../../shared/ipc/channels/review';
import type { AppError } from '../../../shared/ipc/define';

export interface SessionApi {
  session: SessionState;
  /** One step on a shared laptop: the refusal is returned for the caller to show. */
  setUser: (personId: string) => Promise<AppError | null>;
  /** Re-read session:get, e.g. after the people list changed (a role given or taken away). */
  refresh: () => void;
}

export const SessionContext = createContext<SessionApi | null>(null);

export function useSession(): SessionApi {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside the session gate');
  return value;
}

/** Permissive mode: nobody has a role yet (an old database), so every step is allowed and nobody is asked. */
export function isPermissive(session: SessionState): boolean {
  return session.users.length === 0;
}
