// Dates are stored as ISO "yyyy-MM-dd" strings and shown d.m.yyyy without leading zeros.
import { format, isValid, parse, parseISO } from 'date-fns';

export type IsoDate = string;

const isoPattern = /^\d{4}-\d{2}-\d{2}$/u;

/** Answers of isIsoDate by text: a register's 10,000 rows repeat a few thousand dates (issue 10's import). */
const checkedDates = new Map<string, boolean>();

export function isIsoDate(value: string): boolean {
  if (!isoPattern.test(value)) return false;
  const known = checkedDates.get(value);
  if (known !== undefined) return known;
  const valid = isValid(parseISO(value)) && format(parseISO(value), 'yyyy-MM-dd') === value;
  if (checkedDates.size >= 10_000) checkedDates.clear();
  checkedDates.set(value, valid);
  return valid;
}

/** "2024-01-01" → "1.1.2024" */
export function formatFinnishDate(iso: IsoDate): string {
  return format(parseISO(iso), 'd.M.yyyy');
}

/**
 * Accepts "1.1.2024", "01.01.2024", ISO "2024-01-01" and a two-digit year "1.1.24"; returns ISO
 * or null. A two-digit year is the one within 50 years of today's (date-fns' rule for "yy"): in
 * 2025 "24" is 2024, "74" is 2074 and "75" is 1975. A fixed pivot such as Excel's 1930–2029 would
 * read "1.1.30" as 1930 for the project ends of the 2030s; the sliding window keeps recent and
 * near-future years right as the years pass. `today` is for tests.
 */
export function parseFinnishDate(input: string, today: Date = new Date()): IsoDate | null {
  const trimmed = input.trim();
  if (isoPattern.test(trimmed)) return isIsoDate(trimmed) ? trimmed : null;
  const twoDigitYear = /^\d{1,2}\.\d{1,2}\.\d{2}$/u.test(trimmed);
  if (!twoDigitYear && !/^\d{1,2}\.\d{1,2}\.\d{4}$/u.test(trimmed)) return null;
  const parsed = parse(trimmed, twoDigitYear ? 'd.M.yy' : 'd.M.yyyy', today);
  if (!isValid(parsed)) return null;
  const iso = format(parsed, 'yyyy-MM-dd');
  return iso.startsWith('0') ? null : iso;
}

/** Today's date in local time as ISO, for defaults such as "running on today". */
export function todayIso(now: Date = new Date()): IsoDate {
  return format(now, 'yyyy-MM-dd');
}
