// Top level: read app:status first. A database that could not be opened gets the
// startup-error screen instead of a half-working app.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppStatus } from '../../../shared/ipc/channels/app';
import type { AppError } from '../../../shared/ipc/define';
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

  const ready = status?.state === 'ready' ? status : null;
  const statusApi = useMemo(() => (ready ? { status: ready, refresh } : null), [ready, refresh]);

  if (error) return <GateError error={error} />;
  if (!status) return <GateLoading />;
  if (status.state === 'startupError') return <StartupErrorScreen status={status} onRecovered={setStatus} />;
  return (
    <AppStatusContext.Provider value={statusApi}>
      <ToastProvider>
        <SessionGate>
          <AppShell />
        </SessionGate>
      </ToastProvider>
    </AppStatusContext.Provider>
  );
}
