// "12.1.2024 klo 14.05": when a comment or a version was made, in the computer's own time.
import type { TFunction } from 'i18next';

export function formatDateTime(iso: string, t: TFunction): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const date = `${String(at.getDate())}.${String(at.getMonth() + 1)}.${String(at.getFullYear())}`;
  const time = `${String(at.getHours())}.${String(at.getMinutes()).padStart(2, '0')}`;
  return t('review.comments.dateTime', { date, time });
}
