// "12.1.2024 klo 14.05": when a review step was taken, in the computer's own time zone (the
// service stores instants in UTC).
import type { TFunction } from 'i18next';
import { finnishDateTimeParts } from '../../../../shared/format/timestamp';

export const whenParts = finnishDateTimeParts;

export function formatWhen(iso: string, t: TFunction): string {
  const parts = finnishDateTimeParts(iso);
  return parts ? t('review.round.when', parts) : '';
}
