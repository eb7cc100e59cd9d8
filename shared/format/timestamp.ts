// A moment as the history and the review show it: "12.1.2024 klo 14.05" in the computer's own time
// zone (the office's), the hour without a leading zero as Finnish clock times are written. The one
// reading of a stored instant for the CLI, the review round, the comments and the versions.
import { format } from 'date-fns';

/** The date "12.1.2024" and the time "14.05" of a stored instant; null for a time that cannot be read. */
export function finnishDateTimeParts(iso: string): { date: string; time: string } | null {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  return { date: format(at, 'd.M.yyyy'), time: format(at, 'H.mm') };
}

/** "2024-01-12T12:05:00.000Z" → "12.1.2024 klo 14.05" in Finland; '' for a time that cannot be read. */
export function formatFinnishDateTime(iso: string): string {
  const parts = finnishDateTimeParts(iso);
  return parts ? `${parts.date} klo ${parts.time}` : '';
}
