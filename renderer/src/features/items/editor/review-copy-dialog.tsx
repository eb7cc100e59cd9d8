// "Tarkastuskopio Wordiin": the proposal as a Word file for the presenter to review, with the open
// comments as Word comments and, when a version is chosen, the changes since it as tracked changes.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import type { VersionEntry } from '../../../../../shared/domain/compare-types';
import type { AppError } from '../../../../../shared/ipc/define';
import { Dialog } from '../../../ui/dialog';
import { ErrorAlert } from '../../../ui/error-alert';
import { formatWhen } from '../../review/when';

export interface ReviewCopyOptions {
  comments: boolean;
  changesSince: number | null;
}

interface Props {
  itemId: string;
  onExport: (options: ReviewCopyOptions) => void;
  onClose: () => void;
}

export function ReviewCopyDialog({ itemId, onExport, onClose }: Props) {
  const { t } = useTranslation();
  const selectId = useId();
  const [versions, setVersions] = useState<VersionEntry[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [comments, setComments] = useState(true);
  const [since, setSince] = useState('');
  useEffect(() => {
    let live = true;
    void call('versions:list', { id: itemId }).then((envelope) => {
      if (!live) return;
      if (envelope.ok) setVersions(envelope.value);
      else setError(envelope.error);
    });
    return () => { live = false; };
  }, [itemId]);
  // The newest version is what the copy shows: changes since it would be none.
  const choices = (versions ?? []).slice(0, -1).reverse();
  return (
    <Dialog title={t('review.wordExport.title')} onClose={onClose}>
      <form
        className="scope-form"
        onSubmit={(event) => {
          event.preventDefault();
          onExport({ comments, changesSince: since === '' ? null : Number(since) });
        }}
      >
        <p className="dialog__intro">{t('review.wordExport.intro')}</p>
        <label className="checkbox">
          <input type="checkbox" name="comments" checked={comments} onChange={(event) => { setComments(event.target.checked); }} />
          {t('review.wordExport.comments')}
        </label>
        <div className="field">
          <label htmlFor={selectId} className="field__label">{t('review.wordExport.changesSince')}</label>
          <select id={selectId} name="changesSince" value={since} disabled={versions === null} onChange={(event) => { setSince(event.target.value); }}>
            <option value="">{versions === null && !error ? t('review.wordExport.loadingVersions') : t('review.wordExport.noChanges')}</option>
            {choices.map((entry) => (
              <option key={entry.version} value={String(entry.version)}>
                {t('review.wordExport.sinceVersion', { version: entry.version, when: formatWhen(entry.createdAt, t), author: entry.author.name || t('review.round.noName') })}
              </option>
            ))}
          </select>
        </div>
        <ErrorAlert error={error} />
        <div className="button-row button-row--end dialog__actions">
          <button type="button" className="button" onClick={onClose}>{t('ui.actions.cancel')}</button>
          <button type="submit" className="button button--primary">{t('review.wordExport.export')}</button>
        </div>
      </form>
    </Dialog>
  );
}
