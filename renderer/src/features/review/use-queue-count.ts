// The count beside "Tarkastettavanani" in the navigation: asked again whenever the screen or the
// user changes, and after a review step taken anywhere (review-events.ts).
import { useEffect, useState } from 'react';
import { call } from '../../api';
import { onReviewChange } from './review-events';

export function useQueueCount(userId: string | null, path: string): number | null {
  const [count, setCount] = useState<{ userId: string; count: number } | null>(null);
  useEffect(() => {
    if (userId === null) return undefined;
    let live = true;
    const read = () => {
      void call('review:queue', {}).then((envelope) => {
        if (live) setCount(envelope.ok ? { userId, count: envelope.value.length } : null);
      });
    };
    read();
    const stop = onReviewChange(read);
    return () => {
      live = false;
      stop();
    };
  }, [userId, path]);
  // A count read for another user (before a switch) is not shown.
  return count !== null && count.userId === userId ? count.count : null;
}
