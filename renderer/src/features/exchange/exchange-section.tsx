// Settings → Siirtotiedosto: everything out as one .pykala file ("Vie kaikki"), a file brought
// in ("Tuo siirtotiedosto": the dry run's report first, then the import), and the conflicts the
// imports left for the user to decide.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, saveFile } from '../../api';
import type { AppError } from '../../../../shared/ipc/define';
import { ErrorAlert } from '../../ui/error-alert';
import { useToast } from '../../ui/toast';
import { ConflictsList } from './conflicts-list';
import { ExchangeImport } from './exchange-import';

export function ExchangeSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const [error, setError] = useState<AppError | null>(null);
  const [exporting, setExporting] = useState(false);
  // Bumped by an import, so the conflicts list reads what it left.
  const [imports, setImports] = useState(0);

  const exportAll = async () => {
    setExporting(true);
    setError(null);
    try {
      const envelope = await call('exchange:export', { scope: { kind: 'all' } });
      if (!envelope.ok) {
        setError(envelope.error);
        return;
      }
      const result = await saveFile(envelope.value);
      if (result.saved) toast.show({ text: t('exchangeUi.exported', { fileName: envelope.value.fileName }) });
      else if (result.error) setError(result.error);
    } finally {
      setExporting(false);
    }
  };

  return (
    <section className="editor-section exchange" aria-labelledby="exchange-heading">
      <h2 id="exchange-heading" className="editor-section__title">{t('exchangeUi.section.heading')}</h2>
      <p className="backups__intro">{t('exchangeUi.section.intro')}</p>
      <div className="button-row">
        <button type="button" className="button" disabled={exporting} aria-busy={exporting || undefined} onClick={() => { void exportAll(); }}>
          {t('exchangeUi.section.exportAll')}
        </button>
        <ExchangeImport onImported={() => { setImports((value) => value + 1); }} />
      </div>
      <ErrorAlert error={error} details={error?.fields ?? []} onDismiss={() => { setError(null); }} />
      <ConflictsList key={imports} />
    </section>
  );
}
