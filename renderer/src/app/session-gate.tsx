// Between the app's status and its screens: who is working. When users exist but none is chosen
// (a new demo database, or the remembered user lost their role) the app first asks "Kuka käyttää
// Pykälää?"; a database where nobody has a role yet is used as before (permissive, see
// session.ts), and the header offers "Lisää itseni" there.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { call } from '../api';
import type { SessionState } from '../../../shared/ipc/channels/review';
import type { AppError } from '../../../shared/ipc/define';
import { GateError, GateLoading } from './gate-screens';
import { UserPicker } from '../features/users/user-picker';
import { SessionContext } from './session';

export function SessionGate({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const refresh = useCallback(() => {
    void call('session:get', {}).then((envelope) => {
      if (envelope.ok) setSession(envelope.value);
      else setError(envelope.error);
    });
  }, []);
  useEffect(refresh, [refresh]);

  const setUser = useCallback(async (personId: string): Promise<AppError | null> => {
    const envelope = await call('session:setUser', { personId });
    if (!envelope.ok) return envelope.error;
    setSession(envelope.value);
    return null;
  }, []);

  const api = useMemo(() => (session ? { session, setUser, refresh } : null), [session, setUser, refresh]);

  if (error) return <GateError error={error} />;
  if (!api) return <GateLoading />;
  return (
    <SessionContext.Provider value={api}>
      {api.session.user === null && api.session.users.length > 0 ? <UserPicker /> : children}
    </SessionContext.Provider>
  );
}
