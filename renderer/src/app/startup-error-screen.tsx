// The database could not be opened (corrupt, not SQLite, from a newer version). Say so in
// Finnish, name the file, say it was left alone, and offer a fresh start in a new file.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import type { AppStatus } from '../../../shared/ipc/channels/app';
import type { AppError } from '../../../shared/ipc/define';
import { ErrorAlert } from '../ui/error-alert';

interface StartupErrorScreenProps {
  status: Extract<AppStatus, { state: 'startupError' }>;
  onRecovered: (status: AppStatus) => void;
}

export function StartupErrorScreen({ status, onRecovered }: StartupErrorScreenProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const recover = (mode: 'empty' | 'demo') => {
    setBusy(true);
    void call('app:recover', { mode }).then((envelope) => {
      setBusy(false);
      if (envelope.ok) onRecovered(envelope.value);
      else setError(envelope.error);
    });
  };

  return (
    <main className="page page--centered">
      <section className="startup-error" aria-labelledby="startup-error-title">
        <h1 id="startup-error-title">{t('ui.startup.title')}</h1>
        <p className="startup-error__message">{t(`error.${status.code}`)}</p>
        <p className="startup-error__file">{t('ui.startup.file', { file: status.databaseFile })}</p>
        <p>{t('ui.startup.untouched')}</p>
        <div className="button-row">
          <button type="button" className="button button--primary" disabled={busy} onClick={() => { recover('demo'); }}>
            {t('ui.startup.startDemo')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => { recover('empty'); }}>
            {t('ui.startup.startEmpty')}
          </button>
        </div>
        <ErrorAlert error={error} />
      </section>
    </main>
  );
}
