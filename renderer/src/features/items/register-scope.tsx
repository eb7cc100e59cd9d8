// "Running on date X in areas Y": the scope of a project summary or a live register figure.
import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { responsibilityAreas } from '../../../../shared/domain/project';
import type { ResponsibilityArea } from '../../../../shared/domain/project';
import { formatFinnishDate, parseFinnishDate } from '../../../../shared/format/date';
import { Dialog } from '../../ui/dialog';
import { TextField } from '../../ui/field';

export interface RegisterScope {
  activeOn: string;
  areas: ResponsibilityArea[];
}

/** The seed's question is "running at the start of the year", so that is the default. */
export function defaultActiveOn(now: Date = new Date()): string {
  return `${now.getFullYear()}-01-01`;
}

interface ScopeDialogProps {
  title: string;
  submitLabel: string;
  onSubmit: (scope: RegisterScope) => Promise<string | null> | string | null;
  onCancel: () => void;
  children?: ReactNode;
}

/** onSubmit returns an error text to show, or null when done. */
export function RegisterScopeDialog({ title, submitLabel, onSubmit, onCancel, children }: ScopeDialogProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(formatFinnishDate(defaultActiveOn()));
  const [areas, setAreas] = useState<ResponsibilityArea[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    const activeOn = parseFinnishDate(date);
    if (!activeOn) {
      setError(t('validation.date.invalid'));
      return;
    }
    setBusy(true);
    void Promise.resolve(onSubmit({ activeOn, areas })).then((message) => {
      setBusy(false);
      if (message) setError(message);
    });
  };

  // A portal: the dialog's form must not sit inside the item's form in the DOM (nested forms
  // submit as a page navigation).
  return createPortal(
    <Dialog title={title} onClose={onCancel}>
      <form onSubmit={submit} className="scope-form" noValidate>
        {children}
        <TextField label={t('editor.liveValue.activeOn')} name="activeOn" value={date} onChange={setDate} hint={t('editor.screen.dateHint')} error={error ?? undefined} autoFocus />
        <fieldset className="scope-form__areas">
          <legend>{t('editor.liveValue.areas')}</legend>
          {responsibilityAreas.map((area) => (
            <label key={area} className="checkbox">
              <input
                type="checkbox"
                checked={areas.includes(area)}
                onChange={(event) => { setAreas(event.target.checked ? [...areas, area] : areas.filter((a) => a !== area)); }}
              />
              {t(`projects.area.${area}`)}
            </label>
          ))}
        </fieldset>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel}>{t('ui.actions.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy}>{submitLabel}</button>
        </div>
      </form>
    </Dialog>,
    document.body,
  );
}
