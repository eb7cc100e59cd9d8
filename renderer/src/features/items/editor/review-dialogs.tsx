// The review round's two dialogs: "Lähetä esittelijälle" with an optional message, and "Palauta
// korjattavaksi" with its required reason. The service decides (an empty reason is refused there,
// VALIDATION at path 'reason'); its refusal is shown at the field, anything else in the dialog.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../shared/ipc/define';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { TextField } from '../../../ui/field';
import { placeIssues, useIssueText } from '../../../ui/field-issues';
import { useFocusFirstInvalid } from '../../../ui/use-focus-invalid';

interface Props {
  /** Null: done (or the editor's bar says why not); an error: shown here. */
  onSubmit: (text: string) => Promise<AppError | null>;
  onClose: () => void;
}

function TextStepDialog({ kind, intro, onSubmit, onClose }: Props & { kind: 'send' | 'return'; intro: string }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const [text, setText] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, attempt);
  const path = kind === 'send' ? 'message' : 'reason';
  const issues = placeIssues(error?.fields, (issuePath) => (issuePath === path ? path : null));
  const fieldMessage = issues.byField[path];
  const submit = async () => {
    setBusy(true);
    const refused = await onSubmit(text);
    setBusy(false);
    if (refused === null) {
      onClose();
      return;
    }
    setError(refused);
    setAttempt((value) => value + 1);
  };
  return (
    <Dialog title={t(kind === 'send' ? 'review.round.sendTitle' : 'review.round.returnTitle')} onClose={onClose}>
      <form ref={formRef} className="scope-form" noValidate onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <p className="dialog__intro">{intro}</p>
        <TextField
          label={t(kind === 'send' ? 'review.round.message' : 'review.round.reason')}
          name={path}
          value={text}
          multiline
          autoFocus
          onChange={setText}
          error={fieldMessage === undefined ? undefined : issueText(fieldMessage)}
        />
        <ErrorAlert error={error} details={issues.unplaced} fieldsMarked={fieldMessage !== undefined} />
        <div className="button-row button-row--end dialog__actions">
          <button type="button" className="button" onClick={onClose}>{t('ui.actions.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy}>{t(kind === 'send' ? 'review.round.send' : 'review.round.returnConfirm')}</button>
        </div>
      </form>
    </Dialog>
  );
}

export function SendDialog({ presenterName, ...props }: Props & { presenterName: string }) {
  const { t } = useTranslation();
  const intro = presenterName.trim() === '' ? t('review.round.sendIntroNoPresenter') : t('review.round.sendIntro', { presenter: presenterName.trim() });
  return <TextStepDialog kind="send" intro={intro} {...props} />;
}

export function ReturnDialog(props: Props) {
  const { t } = useTranslation();
  return <TextStepDialog kind="return" intro={t('review.round.returnIntro')} {...props} />;
}
