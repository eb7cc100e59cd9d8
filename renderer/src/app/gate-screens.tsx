// What the app shows while a gate (the app's status, who is working) is read, or when it cannot be.
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/ipc/define';
import { ErrorAlert } from '../ui/error-alert';

export function GateError({ error }: { error: AppError }) {
  const { t } = useTranslation();
  return (
    <main className="page page--centered">
      <h1>{t('common.appName')}</h1>
      <ErrorAlert error={error} />
    </main>
  );
}

export function GateLoading() {
  const { t } = useTranslation();
  return (
    <main className="page page--centered" aria-busy="true">
      <p>{t('ui.loading')}</p>
    </main>
  );
}
