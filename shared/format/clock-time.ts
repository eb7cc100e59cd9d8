// Times of day as minutes print them: "18.05" (klo 18.05), the hour without a leading zero.
// The input schema also takes "18:05" and "08.05"; the rules compare times through minutes.

const clockPattern = /^([01]?\d|2[0-3])[.:]([0-5]\d)$/u;

/** Minutes since midnight of "18.05" / "18:05" / "8.05"; null when it is not a time of day. */
export function clockMinutes(value: string): number | null {
  const match = clockPattern.exec(value.trim());
  if (match === null) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

export function isClockTime(value: string): boolean {
  return clockMinutes(value) !== null;
}

/** "08:05" → "8.05", "18.05" stays; '' stays ''; anything else is returned trimmed, for the validator to name. */
export function normalizeClockTime(value: string): string {
  const minutes = clockMinutes(value);
  if (minutes === null) return value.trim();
  return `${String(Math.floor(minutes / 60))}.${String(minutes % 60).padStart(2, '0')}`;
}
