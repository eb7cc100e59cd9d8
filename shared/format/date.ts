// Dates are stored as ISO "yyyy-MM-dd" strings and shown d.m.yyyy without leading zeros.
import { format, isValid, parse, parseISO } from 'date-fns';

export type IsoDate = string;

const isoPattern = /^\d{4}-\d{2}-\d{2}$/u;

export function isIsoDate(value: string): boolean {
  return isoPattern.test(value) && isValid(parseISO(value)) && format(parseISO(value), 'yyyy-MM-dd') === value;
}

/** "2024-01-01" → "1.1.2024" */
export function formatFinnishDate(iso: IsoDate): string {
  return format(parseISO(iso), 'd.M.yyyy');
}

/** Accepts "1.1.2024", "01.01.2024" and ISO "2024-01-01"; returns ISO or null. */
export function parseFinnishDate(input: string): IsoDate | null {
  const trimmed = input.trim();
  if (isoPattern.test(trimmed)) return isIsoDate(trimmed) ? trimmed : null;
  if (!/^\d{1,2}\.\d{1,2}\.\d{4}$/u.test(trimmed)) return null;
  const parsed = parse(trimmed, 'd.M.yyyy', new Date(2000, 0, 1));
  if (!isValid(parsed)) return null;
  const iso = format(parsed, 'yyyy-MM-dd');
  return iso.startsWith('0') ? null : iso;
}

/** Today's date in local time as ISO, for defaults such as "running on today". */
export function todayIso(now: Date = new Date()): IsoDate {
  return format(now, 'yyyy-MM-dd');
}
