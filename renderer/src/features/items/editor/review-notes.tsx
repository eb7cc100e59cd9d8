// What the item shows of its review round, under the editor's bar: "Hyväksynyt: Mikko Saari
// 12.1.2024 klo 14.05" while it is approved or later; the reason of a return until the next send;
// the message the presenter was sent it with while it is in review.
import { useTranslation } from 'react-i18next';
import type { Actor, ItemReviewState } from '../../../../../shared/domain/review';
import { formatWhen } from '../../review/when';

export function ReviewNotes({ state }: { state: ItemReviewState | null }) {
  const { t } = useTranslation();
  if (state === null) return null;
  const who = (actor: Actor, at: string) => ({ name: actor.name.trim() === '' ? t('review.round.noName') : actor.name, when: formatWhen(at, t) });
  const { approved, returnReason, sentMessage } = state;
  return (
    <>
      {returnReason ? (
        <div role="note" className="warning-note item-editor__bar-alert review-note" data-testid="return-reason">
          <p className="review-note__who">{t('review.round.returnedBy', who(returnReason.actor, returnReason.at))}</p>
          <p className="review-note__text"><strong>{t('review.round.reasonLabel')}</strong> {returnReason.message}</p>
        </div>
      ) : null}
      {sentMessage ? (
        <div role="note" className="info-note item-editor__bar-alert review-note" data-testid="sent-message">
          <p className="review-note__who">{t('review.round.sentBy', who(sentMessage.actor, sentMessage.at))}</p>
          {sentMessage.message.trim() === '' ? null : <p className="review-note__text"><strong>{t('review.round.messageLabel')}</strong> {sentMessage.message}</p>}
        </div>
      ) : null}
      {approved ? (
        <p className="review-approved item-editor__bar-alert" data-testid="approved-by">{t('review.round.approvedBy', who(approved.actor, approved.at))}</p>
      ) : null}
    </>
  );
}
