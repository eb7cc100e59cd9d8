// A review step taken on one screen (sent, approved, returned, a Word import) changes what the
// navigation's "Tarkastettavanani" count says; the count listens for this event.
const reviewChanged = 'pykala:review-changed';

export function announceReviewChange(): void {
  window.dispatchEvent(new Event(reviewChanged));
}

export function onReviewChange(listener: () => void): () => void {
  window.addEventListener(reviewChanged, listener);
  return () => { window.removeEventListener(reviewChanged, listener); };
}
