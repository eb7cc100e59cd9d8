// The conflicts exchange imports left: records changed both here and in the file. This machine's
// version is in use and the incoming one kept until the user picks: "Pidä tämän koneen versio"
// (the next exchange sends this one as an update) or "Ota tuotu versio".
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api';
import type { ExchangeConflict } from '../../../../shared/domain/exchange';
import { formatFinnishDateTime } from '../../../../shared/format/timestamp';
import type { AppError } from '../../../../shared/ipc/define';
import { ErrorAlert } from '../../ui/error-alert';
import { useToast } from '../../ui/toast';

export function ConflictsList() {
  const { t } = useTranslation();
  const toast = useToast();
  const [conflicts, setConflicts] = useState<ExchangeConflict[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    void call('exchange:conflicts', {}).then((envelope) => {
      if (envelope.ok) setConflicts(envelope.value);
      else setError(envelope.error);
    });
  }, []);
  useEffect(load, [load]);

  const resolve = async (conflict: ExchangeConflict, keep: 'local' | 'incoming') => {
    setBusy(true);
    const envelope = await call('exchange:resolveConflict', { id: conflict.id, keep });
    setBusy(false);
    if (!envelope.ok) {
      setError(envelope.error);
      load();
      return;
    }
    setError(null);
    toast.show({ text: t(keep === 'local' ? 'exchangeUi.conflicts.keptLocal' : 'exchangeUi.conflicts.keptIncoming', { title: conflict.title }) });
    load();
  };

  return (
    <div className="exchange-conflicts">
      <h3 id="exchange-conflicts-heading" className="backups__subheading">{t('exchangeUi.conflicts.heading')}</h3>
      <ErrorAlert error={error} details={error?.fields ?? []} onDismiss={() => { setError(null); }} />
      {conflicts === null ? (
        error ? null : <p aria-busy="true">{t('ui.loading')}</p>
      ) : conflicts.length === 0 ? (
        <p>{t('exchangeUi.conflicts.none')}</p>
      ) : (
        <>
          <p className="backups__intro">{t('exchangeUi.conflicts.intro')}</p>
          <table className="items-table">
            <caption className="visually-hidden">{t('exchangeUi.conflicts.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exchangeUi.conflicts.columns.what')}</th>
                <th scope="col">{t('exchangeUi.conflicts.columns.file')}</th>
                <th scope="col">{t('exchangeUi.conflicts.columns.receivedAt')}</th>
                <th scope="col">{t('exchangeUi.conflicts.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {conflicts.map((conflict) => (
                <tr key={conflict.id}>
                  <th scope="row">{t('exchangeUi.entry', { kind: t(`exchangeUi.kinds.${conflict.kind}`), title: conflict.title })}</th>
                  <td>{conflict.fileName}</td>
                  <td>{formatFinnishDateTime(conflict.receivedAt)}</td>
                  <td className="items-table__actions">
                    <button type="button" className="button button--small" disabled={busy} aria-label={t('exchangeUi.conflicts.keepLocalLabel', { title: conflict.title })} onClick={() => { void resolve(conflict, 'local'); }}>
                      {t('exchangeUi.conflicts.keepLocal')}
                    </button>
                    <button type="button" className="button button--small" disabled={busy} aria-label={t('exchangeUi.conflicts.keepIncomingLabel', { title: conflict.title })} onClick={() => { void resolve(conflict, 'incoming'); }}>
                      {t('exchangeUi.conflicts.keepIncoming')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
