// Settings → Varmuuskopiot: the copies the app has made (newest first, in the data folder and the
// second folder), "Varmuuskopioi nyt", the second folder, and restore through a preview of what
// the copy holds. A restore replaces the database under the app, so every screen is started
// afresh (reloadData) and the toast, which lives above them, says what happened.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import type { BackupEntry } from '../../../../shared/domain/backup';
import { formatFinnishDateTime } from '../../../../shared/format/timestamp';
import type { AppError } from '../../../../shared/ipc/define';
import { useAppStatus } from '../../app/app-status';
import { ErrorAlert } from '../../ui/error-alert';
import { useToast } from '../../ui/toast';
import { backupKey, countsText, formatBackupSize, sortBackups } from './backup-format';
import { RestoreDialog } from './restore-dialog';
import { SecondFolderForm } from './second-folder-form';
import './backups.css';

export function BackupsSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const { reloadData } = useAppStatus();
  const [entries, setEntries] = useState<BackupEntry[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [creating, setCreating] = useState(false);
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);

  const load = useCallback(() => {
    void call('backups:list', {}).then((envelope) => {
      if (envelope.ok) setEntries(sortBackups(envelope.value));
      else setError(envelope.error);
    });
  }, []);
  useEffect(load, [load]);

  const createNow = async () => {
    setCreating(true);
    const envelope = await call('backups:create', {});
    setCreating(false);
    if (!envelope.ok) {
      setError(envelope.error);
      return;
    }
    setError(null);
    const { createdAt, secondFolderProblem } = envelope.value;
    const date = formatFinnishDateTime(createdAt);
    // A second folder that could not take the copy never fails the backup, but the user must know.
    toast.show({ text: secondFolderProblem ? t(`backupsUi.secondFolderProblems.${secondFolderProblem}`, { date }) : t('backupsUi.created', { date }) });
    load();
  };

  return (
    <section className="editor-section backups" aria-labelledby="backups-heading">
      <h2 id="backups-heading" className="editor-section__title">{t('backupsUi.heading')}</h2>
      <p className="backups__intro">{t('backupsUi.intro')}</p>
      <div>
        <button type="button" className="button button--primary" disabled={creating} aria-busy={creating || undefined} onClick={() => { void createNow(); }}>
          {creating ? t('backupsUi.creating') : t('backupsUi.createNow')}
        </button>
      </div>
      <ErrorAlert error={error} details={error?.fields ?? []} onDismiss={() => { setError(null); }} />
      {entries === null ? (
        error ? null : <p aria-busy="true">{t('ui.loading')}</p>
      ) : (
        <div className="backups__table-wrap">
          <table className="items-table backups__table">
            <caption className="visually-hidden">{t('backupsUi.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('backupsUi.columns.createdAt')}</th>
                <th scope="col">{t('backupsUi.columns.reason')}</th>
                <th scope="col">{t('backupsUi.columns.contents')}</th>
                <th scope="col" className="backups__number">{t('backupsUi.columns.size')}</th>
                <th scope="col">{t('backupsUi.columns.verified')}</th>
                <th scope="col">{t('backupsUi.columns.location')}</th>
                <th scope="col">{t('backupsUi.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.length === 0 ? (
                <tr>
                  <td colSpan={7}>{t('backupsUi.none')}</td>
                </tr>
              ) : null}
              {entries.map((entry) => {
                const date = formatFinnishDateTime(entry.createdAt);
                const location = t(`backupsUi.locations.${entry.location}`);
                return (
                  <tr key={backupKey(entry)}>
                    <th scope="row">{date}</th>
                    <td>{t(`backupsUi.reasons.${entry.reason}`)}</td>
                    <td>{countsText(entry.counts, t)}</td>
                    <td className="backups__number">{formatBackupSize(entry.sizeBytes)}</td>
                    <td>
                      {entry.verified ? (
                        <span className="backups__verified">
                          <span aria-hidden="true">✓ </span>
                          {t('backupsUi.verified')}
                        </span>
                      ) : (
                        <span className="backups__unverified">{t('backupsUi.notVerified')}</span>
                      )}
                    </td>
                    <td>{location}</td>
                    <td className="items-table__actions">
                      <button type="button" className="button button--small" aria-label={t('backupsUi.restoreLabel', { date, location })} onClick={() => { setRestoring(entry); }}>
                        {t('backupsUi.restore')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <SecondFolderForm onSaved={load} />
      {restoring ? (
        <RestoreDialog
          entry={restoring}
          onClose={() => { setRestoring(null); }}
          onRestored={(result) => {
            setRestoring(null);
            toast.show({ text: t('backupsUi.restored', { date: formatFinnishDateTime(result.restored.createdAt) }) });
            void reloadData();
          }}
        />
      ) : null}
    </section>
  );
}
