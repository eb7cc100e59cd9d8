// The database could not be opened. Say why in Finnish, name the file, say it was left alone,
// and offer only what can work: a bad file (corrupt, not SQLite, another program's, newer) gets a
// fresh start in a new file; a storage fault (read-only, full disk) keeps the good file and is
// opened again once fixed. A folder that cannot be written gets no new-file buttons at all.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api';
import type { AppStatus } from '../../../shared/ipc/channels/app';
import type { AppError } from '../../../shared/ipc/define';
import { ErrorAlert } from '../ui/error-alert';

type StartupError = Extract<AppStatus, { state: 'startupError' }>;

interface StartupErrorScreenProps {
  status: StartupError;
  onRecovered: (status: AppStatus) => void;
}

/** What the person can do about this code: open the same file again, and/or start a new one. */
function choices(status: StartupError): { retry: boolean; startNew: boolean } {
  switch (status.code) {
    case 'DB_READ_ONLY':
      // The file is fine; a new file helps only where the folder itself can be written.
      return { retry: true, startNew: status.canStartNew };
    case 'DISK_FULL':
      return { retry: true, startNew: false };
    case 'DB_UNAVAILABLE':
      return { retry: true, startNew: status.canStartNew };
    case 'DB_CORRUPT':
    case 'DB_NOT_SQLITE':
    case 'DB_FOREIGN':
    case 'DB_NEWER_VERSION':
      return { retry: false, startNew: status.canStartNew };
  }
}

export function StartupErrorScreen({ status, onRecovered }: StartupErrorScreenProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [retried, setRetried] = useState(false);
  const { retry, startNew } = choices(status);
  const storageFault = status.code === 'DB_READ_ONLY' || status.code === 'DISK_FULL';

  const recover = (mode: 'retry' | 'empty' | 'demo') => {
    setBusy(true);
    setError(null);
    void call('app:recover', { mode }).then((envelope) => {
      setBusy(false);
      setRetried(mode === 'retry');
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
        <p>{storageFault ? t('ui.startup.storageUntouched') : t('ui.startup.untouched')}</p>
        {status.code === 'DB_READ_ONLY' ? <p>{t('ui.startup.fixReadOnly')}</p> : null}
        {status.code === 'DISK_FULL' ? <p>{t('ui.startup.fixDiskFull')}</p> : null}
        {!status.canStartNew ? <p>{t('ui.startup.cannotStartNew')}</p> : null}
        <div className="button-row">
          {retry ? (
            <button type="button" className="button button--primary" disabled={busy} onClick={() => { recover('retry'); }}>
              {t('ui.startup.retry')}
            </button>
          ) : null}
          {startNew ? (
            <>
              <button type="button" className={retry ? 'button' : 'button button--primary'} disabled={busy} onClick={() => { recover('demo'); }}>
                {t('ui.startup.startDemo')}
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => { recover('empty'); }}>
                {t('ui.startup.startEmpty')}
              </button>
            </>
          ) : null}
        </div>
        {retried && !busy && error === null ? <p role="status">{t('ui.startup.stillFailing')}</p> : null}
        <ErrorAlert error={error} />
      </section>
    </main>
  );
}
