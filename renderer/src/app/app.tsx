// Top level: read app:status first. A database that could not be opened gets the
// startup-error screen instead of a half-working app.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppStatus } from '../../../shared/ipc/channels/app';
import type { AppError } from '../../../shared/ipc/define';
import { call } from '../api';
import { GateError, GateLoading } from './gate-screens';
import { ToastProvider } from '../ui/toast';
import { AppShell } from './app-shell';
import { AppStatusContext } from './app-status';
import { SessionGate } from './session-gate';
import { StartupErrorScreen } from './startup-error-screen';
import { takeStatus } from './prefetch';

export function App() {
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const refresh = useCallback(() => {
    void takeStatus().then((envelope) => {
      if (envelope.ok) setStatus(envelope.value);
      else setError(envelope.error);
    });
  }, []);
  useEffect(refresh, [refresh]);

  // Keys everything below the status: a new generation mounts the session gate and every screen
  // again, so each reads the (restored) database anew instead of showing what it had loaded.
  const [generation, setGeneration] = useState(0);
  const reloadData = useCallback(async () => {
    const envelope = await call('app:status', {});
    if (envelope.ok) setStatus(envelope.value);
    else setError(envelope.error);
    setGeneration((value) => value + 1);
  }, []);

  const ready = status?.state === 'ready' ? status : null;
  const statusApi = useMemo(() => (ready ? { status: ready, refresh, reloadData } : null), [ready, refresh, reloadData]);

  if (error) return <GateError error={error} />;
  if (!status) return <GateLoading />;
  if (status.state === 'startupError') return <StartupErrorScreen status={status} onRecovered={setStatus} />;
  return (
    <AppStatusContext.Provider value={statusApi}>
      <ToastProvider>
        <SessionGate key={generation}>
          <AppShell />
        </SessionGate>
      </ToastProvider>
    </AppStatusContext.Provider>
  );
}
