import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/ipc/define';

/** Every error envelope reaches the person as its Finnish message (error.<CODE>), never raw text. */
export function ErrorAlert({ error, onDismiss }: { error: AppError | null; onDismiss?: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className={error ? 'error-alert' : 'error-alert error-alert--empty'}>
      {error ? (
        <>
          <span>{t(`error.${error.code}`)}</span>
          {onDismiss ? (
            <button type="button" className="button button--quiet" onClick={onDismiss}>
              {t('ui.actions.close')}
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
