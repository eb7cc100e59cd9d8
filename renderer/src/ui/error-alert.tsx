import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../shared/ipc/define';
import { issueDetailKey, useIssueText } from './field-issues';
import type { IssueDetail } from './field-issues';

interface ErrorAlertProps {
  error: AppError | null;
  onDismiss?: () => void;
  /**
   * Message keys of the error's field issues that no field on screen shows (field-issues.ts).
   * They are said here: under "Tarkista merkityt kentät" when some field is marked, otherwise
   * instead of the code's general message, which would point at marks that are not there.
   */
  details?: readonly IssueDetail[];
  /** Whether some field on screen is marked with this error's problem. */
  fieldsMarked?: boolean;
}

/**
 * Every error envelope reaches the person as its Finnish message (error.<CODE>), never raw text.
 * What is missing for a step (INCOMPLETE) is listed part by part.
 */
export function ErrorAlert({ error, onDismiss, details = [], fieldsMarked = false }: ErrorAlertProps) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  return (
    <div role="alert" className={error ? 'error-alert' : 'error-alert error-alert--empty'}>
      {error ? (
        <>
          <ErrorText error={error} details={details} fieldsMarked={fieldsMarked} t={t} issueText={issueText} />
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

interface ErrorTextProps {
  error: AppError;
  details: readonly IssueDetail[];
  fieldsMarked: boolean;
  t: (key: string) => string;
  issueText: (detail: IssueDetail) => string;
}

function ErrorText({ error, details, fieldsMarked, t, issueText }: ErrorTextProps) {
  if (error.code === 'INCOMPLETE') {
    const missing = [...new Set((error.fields ?? []).map((field) => issueText(field)))];
    return (
      <div className="error-alert__text">
        <span>{t('error.INCOMPLETE')}</span>
        <ul className="error-alert__details" aria-label={t('ui.missingParts')}>
          {missing.map((text) => <li key={text}>{text}</li>)}
        </ul>
      </div>
    );
  }
  if (error.code === 'VALIDATION') {
    // "Tarkista merkityt kentät" only when some field is marked; else what is wrong, said here.
    const said = fieldsMarked ? details : details.length > 0 ? details : ['validation.invalid'];
    if (said.length === 0) return <span>{t('error.VALIDATION')}</span>;
    return (
      <div className="error-alert__text">
        <span>{fieldsMarked ? t('error.VALIDATION') : t('ui.form.notSaved')}</span>
        <ul className="error-alert__details">
          {said.map((detail) => <li key={issueDetailKey(detail)}>{issueText(detail)}</li>)}
        </ul>
      </div>
    );
  }
  // Another code with a specific message (e.g. "the person is a preparer") says that, not the code's general text.
  if (details.length === 0) return <span>{t(`error.${error.code}`)}</span>;
  return <span>{details.map(issueText).join(' ')}</span>;
}
