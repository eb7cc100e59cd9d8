// "Takaisin" and "Jatka" of the mapping and values steps. "Jatka" reads the file again with the
// mapping as it now is, so the next step shows what this one chose.
import { useTranslation } from 'react-i18next';
import type { ImportFlow } from './use-import-flow';

export function StepButtons({ flow, nextDisabled = false }: { flow: ImportFlow; nextDisabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="button-row import-actions">
      <button type="button" className="button" disabled={flow.busy} onClick={flow.back}>{t('dataImportUi.back')}</button>
      <button type="button" className="button button--primary" disabled={flow.busy || nextDisabled} aria-busy={flow.busy || undefined} onClick={() => { void flow.proceed(); }}>
        {flow.busy ? t('dataImportUi.working') : t('dataImportUi.next')}
      </button>
    </div>
  );
}
