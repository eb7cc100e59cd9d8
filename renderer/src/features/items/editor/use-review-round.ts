// The review round's steps from the editor: each saves what is pending first (takeStep), then
// asks the service, which records who and when; the review state is read again after each step
// and the navigation's queue count is told.
import { call } from '../../../api';
import type { AgendaItem } from '../../../../../shared/domain/item';
import type { ItemReviewState } from '../../../../../shared/domain/review';
import type { AppError, Envelope } from '../../../../../shared/ipc/define';
import { isPermissive, useSession } from '../../../app/session';
import { announceReviewChange } from '../../review/review-events';
import { useReviewState } from './use-review-state';
import { canReviewItem } from '../../../../../shared/domain/review-rules';

interface Options {
  item: AgendaItem;
  /** The form's presenter: for a new item not stored yet, the rule is applied to what is typed. */
  presenterName: string;
  takeStep: (action: () => Promise<Envelope<AgendaItem>>) => Promise<AppError | null>;
  showError: (error: AppError) => void;
  /** The stored item's updatedAt, read after the pending save. */
  expectedUpdatedAt: () => string;
}

export interface ReviewRound {
  state: ItemReviewState | null;
  canReview: boolean;
  send: (message: string) => Promise<AppError | null>;
  approve: () => void;
  giveBack: (reason: string) => Promise<AppError | null>;
  /** Read the review state again (after a Word import recorded its step). */
  reread: () => void;
}

export function useReviewRound({ item, presenterName, takeStep, showError, expectedUpdatedAt }: Options): ReviewRound {
  const { session } = useSession();
  // A new item has no createdAt until its first change stores it.
  const stored = item.createdAt !== '';
  const { state, reread } = useReviewState(item.id, stored, item.status);
  const canReview = stored ? (state?.canReview ?? false) : canReviewItem(session.user, presenterName, !isPermissive(session));
  /**
   * A refusal about the dialog's own text (path 'message' or 'reason') stays in the dialog, at its
   * field; any other (something missing in the form, a conflict) closes it and goes to the bar,
   * where the form's fields are marked.
   */
  const step = async (action: () => Promise<Envelope<AgendaItem>>, dialogPath: string | null): Promise<AppError | null> => {
    const refused = await takeStep(action);
    if (refused === null) {
      reread();
      announceReviewChange();
      return null;
    }
    if (dialogPath !== null && (refused.fields ?? []).some((field) => field.path === dialogPath)) return refused;
    showError(refused);
    return null;
  };
  return {
    state,
    canReview,
    reread,
    send: (message) => step(() => call('review:send', { id: item.id, message, expectedUpdatedAt: expectedUpdatedAt() }), 'message'),
    approve: () => { void step(() => call('review:approve', { id: item.id, expectedUpdatedAt: expectedUpdatedAt() }), null); },
    giveBack: (reason) => step(() => call('review:return', { id: item.id, reason, expectedUpdatedAt: expectedUpdatedAt() }), 'reason'),
  };
}
