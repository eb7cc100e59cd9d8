// How Settings → Varmuuskopiot shows a backup: its size in Finnish units and the list's order.
import type { TFunction } from 'i18next';
import type { BackupCounts, BackupEntry } from '../../../../shared/domain/backup';

const units = ['t', 'kt', 'Mt', 'Gt'] as const;
const oneDecimal = new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('fi-FI', { maximumFractionDigits: 0 });

/** 812 → "812 t", 1_250_000 → "1,2 Mt": a decimal only below ten of the unit, where it tells something. */
export function formatBackupSize(bytes: number): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const number = unit > 0 && value < 10 ? oneDecimal.format(value) : whole.format(value);
  return `${number} ${units[unit] ?? 't'}`;
}

/** A backup is named by its file and folder: the same file may be in both the data folder and the second one. */
export const backupKey = (entry: Pick<BackupEntry, 'fileName' | 'location'>): string => `${entry.location}:${entry.fileName}`;

/** Newest first; of the same copy, the data folder's before the second folder's. */
export function sortBackups(entries: readonly BackupEntry[]): BackupEntry[] {
  return [...entries].sort((a, b) => {
    const byTime = Date.parse(b.createdAt) - Date.parse(a.createdAt);
    if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
    if (a.location !== b.location) return a.location === 'data' ? -1 : 1;
    return a.fileName.localeCompare(b.fileName);
  });
}

/** "27 hanketta, 1 asia, 2 kokousta" (with the people when asked, as the restore preview does). */
export function countsText(counts: BackupCounts, t: TFunction, withPeople = false): string {
  const text = t('backupsUi.counts', {
    projects: t('backupsUi.projects', { count: counts.projects }),
    items: t('backupsUi.items', { count: counts.items }),
    meetings: t('backupsUi.meetings', { count: counts.meetings }),
  });
  return withPeople ? `${text}, ${t('backupsUi.people', { count: counts.people })}` : text;
}
