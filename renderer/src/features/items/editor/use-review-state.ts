// The item's review round as the service records it (review:state): who sent, returned or
// approved it and when, and whether the current user may approve. Asked again when the status
// changes, after each step (`reread`), and never for a new item not stored yet: for one, whether the
// user may approve follows the same pure rule the service applies (review-rules.ts).
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../../api';
import type { ItemStatus } from '../../../../../shared/domain/item';
import type { ItemReviewState } from '../../../../../shared/domain/review';
import type { AppError } from '../../../../../shared/ipc/define';

export function useReviewState(itemId: string, stored: boolean, status: ItemStatus): { state: ItemReviewState | null; error: AppError | null; reread: () => void } {
  const [state, setState] = useState<ItemReviewState | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    if (!stored) return undefined;
    let live = true;
    void call('review:state', { id: itemId }).then((envelope) => {
      if (!live) return;
      if (envelope.ok) {
        setState(envelope.value);
        setError(null);
      } else setError(envelope.error);
    });
    return () => { live = false; };
  }, [itemId, stored, status, round]);
  const reread = useCallback(() => { setRound((value) => value + 1); }, []);
  return { state: stored ? state : null, error, reread };
}
