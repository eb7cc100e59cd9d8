// Top level: read app:status first. A database that could not be opened gets the
// startup-error screen instead of a half-working app.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../shared/ipc/channels/app';
import type { AppError } from '../../../shared/ipc/define';
import { ErrorAlert } from '../ui/error-alert';
import { ToastProvider } from '../ui/toast';
import { AppShell } from './app-shell';
import { AppStatusContext } from './app-status';
import { SessionGate } from './session-gate';
import { StartupErrorScreen } from './startup-error-screen';
import { takeStatus } from './prefetch';

export function App() {
  const { t } = useTranslation();
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

  if (error) {
    return (
      <main className="page page--centered">
        <h1>{t('common.appName')}</h1>
        <ErrorAlert error={error} />
      </main>
    );
  }
  if (!status) {
    return (
      <main className="page page--centered" aria-busy="true">
        <p>{t('ui.loading')}</p>
      </main>
    );
  }
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
