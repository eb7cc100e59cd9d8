// The count beside "Tarkastettavanani" in the navigation: asked again whenever the screen or the
// user changes, and after a review step taken anywhere (review-events.ts).
import { useEffect, useState } from 'react';
import { call } from '../../api';
import { onReviewChange } from './review-events';

export function useQueueCount(userId: string | null, path: string): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    if (userId === null) {
      setCount(null);
      return undefined;
    }
    let live = true;
    const read = () => {
      void call('review:queue', {}).then((envelope) => {
        if (live) setCount(envelope.ok ? envelope.value.length : null);
      });
    };
    read();
    const stop = onReviewChange(read);
    return () => {
      live = false;
      stop();
    };
  }, [userId, path]);
  return count;
}
