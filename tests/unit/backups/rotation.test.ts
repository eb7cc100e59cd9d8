import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupsDirOf } from '../../../electron/services/backups/backup-files';
import { createBackup } from '../../../electron/services/backups/create-backup';
import { backupsToKeep } from '../../../electron/services/backups/rotation';
import { backupFiles, dataFolderWith } from './helpers';

// Local dates, as the rule and the file names read them.
const at = (year: number, month: number, day: number, hour = 10, minute = 0) => new Date(year, month - 1, day, hour, minute);
const name = (when: Date) => `pykala-${String(when.getFullYear())}-${String(when.getMonth() + 1).padStart(2, '0')}-${String(when.getDate()).padStart(2, '0')}-${String(when.getHours()).padStart(2, '0')}${String(when.getMinutes()).padStart(2, '0')}-manual.sqlite3`;

/** A history where every part of the rule decides something; `kept` is what must stay at `now`. */
function history() {
  const now = at(2026, 12, 1, 11, 30);
  const today = Array.from({ length: 12 }, (_, hour) => at(2026, 12, 1, hour)); // 00:00 … 11:00
  const kept = [
    ...today.slice(2), // the last 10
    at(2026, 11, 30, 20), // newest of yesterday
    at(2026, 11, 2, 10), // newest of the day 29 days ago: still within 30 days
    at(2026, 10, 31, 10), // newest of October
    at(2026, 1, 15, 10), // newest of January: 11 months ago, within 12
  ];
  const dropped = [
    today[0]!, today[1]!, // older than the last 10, and not the newest of today
    at(2026, 11, 30, 8), // not the newest of yesterday
    at(2026, 11, 2, 9), // not the newest of its day
    at(2026, 11, 1, 10), // 30 days ago, and November's newest is the 30th
    at(2026, 10, 5, 10), // not October's newest
    at(2025, 12, 20, 10), // 12 months ago
  ];
  return { now, kept, dropped };
}

describe('backup rotation', () => {
  it('keeps the last 10, the newest of each day for 30 days and of each month for 12 months', () => {
    const { now, kept, dropped } = history();
    const entries = [...kept, ...dropped].map((when) => ({ fileName: name(when), createdAt: when.toISOString() }));
    expect([...backupsToKeep(entries, now)].sort()).toEqual(kept.map(name).sort());
  });

  it('never deletes a copy whose date cannot be read', () => {
    const keep = backupsToKeep([{ fileName: 'x', createdAt: 'kummallinen' }, ...Array.from({ length: 12 }, (_, n) => ({ fileName: `n${String(n)}`, createdAt: at(2026, 12, 1, n).toISOString() }))], at(2026, 12, 1, 12));
    expect(keep.has('x')).toBe(true);
  });

  it('leaves exactly those files (and their sidecars) in backups/ after real backups made on those dates', async () => {
    const { now, kept, dropped } = history();
    const handle = dataFolderWith(2);
    const folder = backupsDirOf(path.dirname(handle.file));
    fs.mkdirSync(folder);
    // Someone else's file in the folder is never touched.
    fs.writeFileSync(path.join(folder, 'muistiinpanot.txt'), 'oma tiedosto');
    const dates = [...kept, ...dropped].sort((a, b) => a.getTime() - b.getTime());
    for (const when of dates) await createBackup(handle.sqlite, 'manual', when);
    // The last backup is made at `now` itself, as the app would.
    const last = await createBackup(handle.sqlite, 'manual', now);
    handle.close();
    // `now` pushes 02:00 out of the last 10, and 02:00 is not the newest of its day.
    const expected = [...kept.slice(1), now].map(name).sort();
    expect(backupFiles(folder)).toEqual(expected);
    expect(fs.readdirSync(folder).filter((file) => file.endsWith('.json')).sort()).toEqual(expected.map((file) => `${file}.json`));
    expect(fs.existsSync(path.join(folder, 'muistiinpanot.txt'))).toBe(true);
    expect(last.fileName).toBe(name(now));
  });
});
