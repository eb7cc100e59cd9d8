// Restoring a backup: first what the copy holds (backups:preview: the organisation, the counts, the
// latest change, the newest items), so the user recognises the copy, then the restore itself,
// which backs up the current state before it replaces anything.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import type { BackupEntry, BackupPreview, RestoreResult } from '../../../../shared/domain/backup';
import { formatFinnishDateTime } from '../../../../shared/format/timestamp';
import type { AppError } from '../../../../shared/ipc/define';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert } from '../../ui/error-alert';
import { countsText } from './backup-format';

interface Props {
  entry: BackupEntry;
  onClose: () => void;
  onRestored: (result: RestoreResult) => void;
}

export function RestoreDialog({ entry, onClose, onRestored }: Props) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<BackupPreview | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    void call('backups:preview', { fileName: entry.fileName, location: entry.location }).then((envelope) => {
      if (!current) return;
      if (envelope.ok) setPreview(envelope.value);
      else setError(envelope.error);
    });
    return () => { current = false; };
  }, [entry]);

  const restore = async () => {
    setBusy(true);
    setError(null);
    const envelope = await call('backups:restore', { fileName: entry.fileName, location: entry.location });
    setBusy(false);
    if (envelope.ok) onRestored(envelope.value);
    else setError(envelope.error);
  };

  const shown = preview?.entry ?? entry;
  return (
    // While the restore runs the dialog stays: closing it would not stop the swap.
    <Dialog title={t('backupsUi.preview.title')} size="wide" describedBy="restore-intro" onClose={() => { if (!busy) onClose(); }}>
      <p id="restore-intro">{t('backupsUi.preview.intro', { date: formatFinnishDateTime(shown.createdAt), reason: t(`backupsUi.reasons.${shown.reason}`) })}</p>
      {preview ? (
        <dl className="backups__preview" data-testid="backup-preview">
          <dt>{t('backupsUi.preview.organisation')}</dt>
          <dd>{preview.organisation}</dd>
          <dt>{t('backupsUi.preview.counts')}</dt>
          <dd>{countsText(shown.counts, t, true)}</dd>
          <dt>{t('backupsUi.preview.latestChange')}</dt>
          <dd>{preview.latestChangeAt === '' ? t('backupsUi.preview.noChange') : formatFinnishDateTime(preview.latestChangeAt)}</dd>
          <dt>{t('backupsUi.preview.recentItems')}</dt>
          <dd>
            {preview.recentItems.length === 0 ? (
              t('backupsUi.preview.noItems')
            ) : (
              <ul className="backups__recent">
                {preview.recentItems.map((item, index) => (
                  // Titles need not be unique; the copy's order makes them so.
                  <li key={`${String(index)}:${item.title}`}>{t('backupsUi.preview.itemUpdated', { title: item.title, date: formatFinnishDateTime(item.updatedAt) })}</li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      ) : error ? null : (
        <p aria-busy="true">{t('backupsUi.preview.loading')}</p>
      )}
      {preview ? (
        <>
          <p>{t('backupsUi.preview.replaces')}</p>
          <p className="backups__safety">{t('backupsUi.preview.safetyFirst')}</p>
        </>
      ) : null}
      <ErrorAlert error={error} details={error?.fields ?? []} />
      <div className="button-row button-row--end dialog__actions">
        <button type="button" className="button" autoFocus disabled={busy} onClick={onClose}>{t('ui.actions.cancel')}</button>
        <button type="button" className="button button--danger-solid" disabled={busy || preview === null} aria-busy={busy || undefined} onClick={() => { void restore(); }}>
          {busy ? t('backupsUi.preview.restoring') : t('backupsUi.preview.confirm')}
        </button>
      </div>
    </Dialog>
  );
}
