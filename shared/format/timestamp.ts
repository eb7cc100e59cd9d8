// A moment as the history and the review show it: "12.1.2024 klo 14.05" in the computer's own time
// zone (the office's), the hour without a leading zero as Finnish clock times are written.
import { format } from 'date-fns';

/** "2024-01-12T12:05:00.000Z" → "12.1.2024 klo 14.05" in Finland; '' for a time that cannot be read. */
export function formatFinnishDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return `${format(at, 'd.M.yyyy')} klo ${format(at, 'H.mm')}`;
}
