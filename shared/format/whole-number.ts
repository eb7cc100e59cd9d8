// Numbers a secretary types for an item's place in a meeting: Asianro on the agenda, § in the minutes.

/** "5" or " 12 " → 5 / 12; anything else ("0", "5,5", "10000", "viisi") → null. Same range as the item schema (1–9999). */
export function parseWholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,4}$/u.test(trimmed)) return null;
  const number = Number(trimmed);
  return number >= 1 ? number : null;
}
