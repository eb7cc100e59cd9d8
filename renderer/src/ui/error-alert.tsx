import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/ipc/define';

/**
 * Every error envelope reaches the person as its Finnish message (error.<CODE>), never raw text.
 * What is missing for a step (INCOMPLETE) is listed part by part.
 */
export function ErrorAlert({ error, onDismiss }: { error: AppError | null; onDismiss?: () => void }) {
  const { t } = useTranslation();
  const listed = error?.code === 'INCOMPLETE' ? [...new Set((error.fields ?? []).map((field) => t(field.message)))] : [];
  return (
    <div role="alert" className={error ? 'error-alert' : 'error-alert error-alert--empty'}>
      {error ? (
        <>
          <span>{t(`error.${error.code}`)}</span>
          {listed.length > 0 ? (
            <ul className="error-alert__list" aria-label={t('ui.missingParts')}>
              {listed.map((text) => <li key={text}>{text}</li>)}
            </ul>
          ) : null}
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
