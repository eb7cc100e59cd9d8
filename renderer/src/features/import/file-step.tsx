// The first step: a plain labelled file input, so that the keyboard (Enter or Space opens the
// system's chooser) and screen readers need nothing special. Choosing reads the file at once.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function FileStep({ busy, onFile }: { busy: boolean; onFile: (file: File) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field import-file">
      <label className="field__label" htmlFor={id}>{t('dataImportUi.file.label')}</label>
      <input
        id={id}
        type="file"
        accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={`${id}-hint`}
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // The same file can be chosen again after a refusal (fixed in Excel and saved over).
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <p id={`${id}-hint`} className="field__hint">{t('dataImportUi.file.hint')}</p>
      {busy ? <p aria-busy="true" role="status">{t('dataImportUi.working')}</p> : null}
    </div>
  );
}
