// The first step: "Valitse tiedosto…" opens the system's chooser (a button, so its text is
// Finnish rather than the browser's own "Choose File"); choosing reads the file at once.
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function FileStep({ busy, onFile }: { busy: boolean; onFile: (file: File) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="import-file">
      <p id={`${id}-hint`} className="muted">{t('dataImportUi.file.hint')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" aria-describedby={`${id}-hint`} disabled={busy} aria-busy={busy || undefined} onClick={() => { input.current?.click(); }}>
          {busy ? t('dataImportUi.working') : t('dataImportUi.file.choose')}
        </button>
      </div>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={t('dataImportUi.file.label')}
        accept=".csv,.xlsx,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // The same file can be chosen again after a refusal (fixed in Excel and saved over).
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
