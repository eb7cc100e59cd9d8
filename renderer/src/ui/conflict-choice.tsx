// What a form shows when its save was refused because the same project, person or settings were
// saved elsewhere after the form read them (CONFLICT on expectedUpdatedAt: another window, or
// another app instance on the same data folder). The user's text stays in the form; they choose
// to see the stored version instead, or to save theirs over it knowingly.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/ipc/define';

/** A save or delete refused because the row changed since it was read (not any other CONFLICT). */
export function isStaleWrite(error: AppError | null): boolean {
  return error?.code === 'CONFLICT' && (error.fields ?? []).some((field) => field.path === 'expectedUpdatedAt');
}

interface ConflictChoiceProps {
  error: AppError;
  /** A choice is being carried out: both buttons wait. */
  busy: boolean;
  /** "Lataa tallennettu versio": the form shows the stored version; the user's changes are dropped. */
  onReload: () => void;
  /** "Tallenna omani päälle": the form's text is saved over the newest stored version. */
  onOverwrite: () => void;
}

export function ConflictChoice({ error, busy, onReload, onOverwrite }: ConflictChoiceProps) {
  const { t } = useTranslation();
  const first = useRef<HTMLButtonElement>(null);
  // The choice is what the user must deal with next: the keyboard goes there.
  useEffect(() => { first.current?.focus(); }, [error]);
  const message = error.fields?.find((field) => field.path === 'expectedUpdatedAt')?.message;
  return (
    <div className="conflict-choice" data-testid="conflict-choice">
      <p role="alert" className="error-alert">{message ? t(message) : t('error.CONFLICT')}</p>
      <p>{t('ui.conflict.hint')}</p>
      <div role="group" aria-label={t('ui.conflict.choices')} className="button-row">
        <button ref={first} type="button" className="button" disabled={busy} onClick={onReload}>
          {t('ui.conflict.reload')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={onOverwrite}>
          {t('ui.conflict.overwrite')}
        </button>
      </div>
    </div>
  );
}
