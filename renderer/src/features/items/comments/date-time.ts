// "12.1.2024 klo 14.05": when a comment or a version was made, in the computer's own time.
import type { TFunction } from 'i18next';
import { finnishDateTimeParts } from '../../../../../shared/format/timestamp';

export function formatDateTime(iso: string, t: TFunction): string {
  const parts = finnishDateTimeParts(iso);
  return parts ? t('review.comments.dateTime', parts) : '';
}
