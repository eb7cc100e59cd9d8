// "12.1.2024 klo 14.05": when a review step was taken, in the computer's own time zone (the
// service stores instants in UTC).
import type { TFunction } from 'i18next';

export function whenParts(iso: string): { date: string; time: string } | null {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  const minutes = String(at.getMinutes()).padStart(2, '0');
  return { date: `${String(at.getDate())}.${String(at.getMonth() + 1)}.${String(at.getFullYear())}`, time: `${String(at.getHours())}.${minutes}` };
}

export function formatWhen(iso: string, t: TFunction): string {
  const parts = whenParts(iso);
  return parts ? t('review.round.when', parts) : '';
}
