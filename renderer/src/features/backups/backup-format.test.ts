import { describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../../../shared/domain/backup';
import { backupKey, countsText, formatBackupSize, sortBackups } from './backup-format';

const entry = (fileName: string, createdAt: string, location: BackupEntry['location'] = 'data'): BackupEntry => ({
  fileName,
  location,
  createdAt,
  reason: 'manual',
  sizeBytes: 0,
  counts: { projects: 0, items: 0, meetings: 0, people: 0 },
  verified: true,
  schemaVersion: 10,
});

describe('backups list: pure rules', () => {
  it('says sizes in Finnish units with a decimal comma only where it tells something', () => {
    expect(formatBackupSize(812)).toBe('812 t');
    expect(formatBackupSize(1536)).toBe('1,5 kt');
    expect(formatBackupSize(1_310_720)).toBe('1,3 Mt');
    // 25 Mt: no decimal past ten of the unit.
    expect(formatBackupSize(25 * 1024 * 1024 + 400_000)).toBe('25 Mt');
    expect(formatBackupSize(0)).toBe('0 t');
  });

  it('lists the newest first, the data folder copy before the second folder copy of the same file', () => {
    const sorted = sortBackups([
      entry('a.sqlite3', '2026-11-30T08:00:00.000Z'),
      entry('c.sqlite3', '2026-12-01T07:30:00.000Z', 'second'),
      entry('c.sqlite3', '2026-12-01T07:30:00.000Z', 'data'),
      entry('b.sqlite3', '2026-12-01T06:00:00.000Z'),
    ]);
    expect(sorted.map(backupKey)).toEqual(['data:c.sqlite3', 'second:c.sqlite3', 'data:b.sqlite3', 'data:a.sqlite3']);
  });
});

describe('backups list: counts in Finnish', () => {
  it('says one and many as Finnish does', async () => {
    const { default: i18next } = await import('i18next');
    const { fi } = await import('../../../../shared/i18n/fi');
    const t = i18next.createInstance();
    await t.init({ lng: 'fi', resources: { fi: { translation: fi } }, interpolation: { escapeValue: false } });
    expect(countsText({ projects: 27, items: 1, meetings: 2, people: 1 }, t.t, true)).toBe('27 hanketta, 1 asia, 2 kokousta, 1 henkilö');
    expect(countsText({ projects: 1, items: 0, meetings: 1, people: 3 }, t.t)).toBe('1 hanke, 0 asiaa, 1 kokous');
  });
});
