// § numbers (issue 8): given when the meeting opens, continuing the body's sequence for the year,
// renumbered on reorder until the minutes are checked. These are the arithmetic only; the
// service enforces uniqueness per (body, year) in the database (a partial UNIQUE index).
import { formatFinnishDate } from '../format/date';
import { meetingMinutes } from '../i18n/fi/meeting-minutes';

/**
 * The first § of a meeting that opens now: one past the highest § the body has used in the year
 * (its earlier meetings), else the year's configured start (Body.sectionStarts), else 1. A start
 * set above the numbers used (the numbering changed mid-year) wins over them.
 */
export function nextSectionNumber(usedNumbersOfBodyYear: readonly number[], sectionStarts: Readonly<Record<string, number>>, year: number): number {
  const start = sectionStarts[String(year)] ?? 1;
  const highest = usedNumbersOfBodyYear.reduce((max, used) => Math.max(max, used), 0);
  return Math.max(highest + 1, start);
}

export interface NumberedSection {
  sectionId: string;
  sectionNumber: number;
}

/** Consecutive §§ from `firstNumber` in the given order. */
export function numberSections(orderedSectionIds: readonly string[], firstNumber: number): NumberedSection[] {
  return orderedSectionIds.map((sectionId, index) => ({ sectionId, sectionNumber: firstNumber + index }));
}

/** Where a meeting's numbering starts when its §§ are reordered: its lowest § so far; null before the opening. */
export function firstSectionNumber(numbers: readonly (number | null)[]): number | null {
  const given = numbers.filter((value): value is number => value !== null);
  return given.length === 0 ? null : Math.min(...given);
}

/** "1–8" for "Asiat §§ 1–8", "5" for a single §; '' before any § is numbered. */
export function sectionRangeText(numbers: readonly (number | null)[]): string {
  const given = numbers.filter((value): value is number => value !== null);
  if (given.length === 0) return '';
  const first = Math.min(...given);
  const last = Math.max(...given);
  return first === last ? String(first) : `${String(first)}–${String(last)}`;
}

/** "Sivistyslautakunta 23.1.2024 § 5": the line a tabled or returned item carries to its next meeting. */
export function earlierHandlingLine(bodyName: string, isoDate: string, sectionNumber: number): string {
  return meetingMinutes.earlierHandling
    .replace('{{body}}', bodyName.trim())
    .replace('{{date}}', formatFinnishDate(isoDate))
    .replace('{{section}}', String(sectionNumber));
}

/** The item's earlier-handling text with the line added on a new line (once: saving twice adds nothing). */
export function appendEarlierHandling(existing: string, line: string): string {
  const lines = existing.split('\n').map((entry) => entry.trim());
  if (lines.includes(line.trim())) return existing;
  return existing.trim() === '' ? line : `${existing.replace(/\s+$/u, '')}\n${line}`;
}
