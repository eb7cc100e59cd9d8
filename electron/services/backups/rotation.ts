// Which backups a folder keeps: the last 10, the newest of each day for 30 days and the newest of
// each month for 12 months (local calendar days and months, as the user reads the names). Pure, so
// the rule is tested with injected dates.
export interface Dated {
  fileName: string;
  createdAt: string;
}

export const rotationRule = { last: 10, days: 30, months: 12 } as const;

function dayNumber(at: Date): number {
  return Math.floor(Date.UTC(at.getFullYear(), at.getMonth(), at.getDate()) / 86_400_000);
}

function monthNumber(at: Date): number {
  return at.getFullYear() * 12 + at.getMonth();
}

/** The file names to keep; `entries` in any order. */
export function backupsToKeep(entries: readonly Dated[], now: Date): Set<string> {
  const newestFirst = [...entries].sort((a, b) => (a.createdAt === b.createdAt ? b.fileName.localeCompare(a.fileName) : b.createdAt.localeCompare(a.createdAt)));
  const keep = new Set(newestFirst.slice(0, rotationRule.last).map((entry) => entry.fileName));
  const today = dayNumber(now);
  const thisMonth = monthNumber(now);
  const daysSeen = new Set<number>();
  const monthsSeen = new Set<number>();
  for (const entry of newestFirst) {
    const at = new Date(entry.createdAt);
    if (Number.isNaN(at.getTime())) {
      // An unreadable date is never a reason to delete a copy.
      keep.add(entry.fileName);
      continue;
    }
    const day = dayNumber(at);
    const month = monthNumber(at);
    if (today - day < rotationRule.days && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(entry.fileName);
    }
    if (thisMonth - month < rotationRule.months && !monthsSeen.has(month)) {
      monthsSeen.add(month);
      keep.add(entry.fileName);
    }
  }
  return keep;
}
