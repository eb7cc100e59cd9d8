// "Kommentoi": the small form for a new comment on the selected words, shown with its quote.
// Saving anchors the comment (the editor's mark, an undo step of the text), stores the item so the
// anchor is in the database, then adds the comment under the mark's id (useItemComments.add).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../shared/ipc/define';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import type { CommentTarget } from './comment-bridge';

interface Props {
  target: CommentTarget;
  /** Resolves to the problem, or null once the comment is stored. */
  onSave: (body: string) => Promise<AppError | string | null>;
  onClose: () => void;
}

export function CommentDialog({ target, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<AppError | string | null>(null);
  const empty = body.trim() === '';
  const submit = async () => {
    setTried(true);
    if (empty || busy) return;
    setBusy(true);
    const result = await onSave(body.trim());
    setBusy(false);
    if (result !== null) setProblem(result);
  };
  return (
    <Dialog title={t('review.comments.dialogTitle')} onClose={onClose}>
      <form
        className="comment-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <p className="comment-form__quote-label">{t('review.comments.quoteLabel')} ({t(`review.comments.field.${target.field}`)}):</p>
        <blockquote className="comment-quote" data-testid="comment-form-quote">{target.quote}</blockquote>
        <label className="field">
          <span className="field__label">{t('review.comments.bodyLabel')}</span>
          <textarea
            name="commentBody"
            rows={4}
            // The form opens on request, so taking focus is expected here.
            autoFocus
            value={body}
            aria-invalid={tried && empty ? true : undefined}
            aria-describedby={tried && empty ? 'comment-body-error' : undefined}
            onChange={(event) => { setBody(event.target.value); }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                void submit();
              }
            }}
          />
          {tried && empty ? <span id="comment-body-error" className="field__error">{t('review.error.commentEmpty')}</span> : null}
        </label>
        {typeof problem === 'string' ? <p role="alert" className="error-alert">{t(problem)}</p> : <ErrorAlert error={problem} />}
        <div className="button-row button-row--end dialog__actions">
          <button type="button" className="button" onClick={onClose}>{t('review.comments.cancel')}</button>
          <button type="submit" className="button button--primary" disabled={busy}>{t('review.comments.save')}</button>
        </div>
      </form>
    </Dialog>
  );
}
