// An import call's refusal in Finnish: the file's own problem as the service named it ("no
// recognisable header", "broken quote", the rows that are invalid), or the code's message; an
// undo refused because a project was changed since (CONFLICT) says exactly that.
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/ipc/define';
import { issueDetailKey, useIssueText } from '../../ui/field-issues';

/** A refusal may list every invalid row; the first ones say enough, the preview shows them all. */
const maxDetails = 10;

export function ImportError({ error, onDismiss }: { error: AppError | null; onDismiss: () => void }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const details = error?.code === 'CONFLICT' ? [] : (error?.fields ?? []);
  const said = [...new Map(details.map((detail) => [issueDetailKey(detail), issueText(detail)])).values()];
  return (
    <div role="alert" className={error ? 'error-alert' : 'error-alert error-alert--empty'} data-testid="import-error">
      {error ? (
        <>
          <div className="error-alert__text">
            {error.code === 'CONFLICT' ? <span>{t('dataImportUi.report.undoConflict')}</span> : null}
            {error.code !== 'CONFLICT' && said.length === 0 ? <span>{t(`error.${error.code}`)}</span> : null}
            {said.length > 0 ? (
              <ul className="error-alert__details">
                {said.slice(0, maxDetails).map((text) => <li key={text}>{text}</li>)}
                {said.length > maxDetails ? <li>…</li> : null}
              </ul>
            ) : null}
          </div>
          <button type="button" className="button button--quiet" onClick={onDismiss}>{t('ui.actions.close')}</button>
        </>
      ) : null}
    </div>
  );
}
