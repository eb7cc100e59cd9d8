// Every Kysely transaction begins IMMEDIATE (db/sqlite-dialect.ts): from its first read it
// holds the write lock, so no other connection – another app instance on the same data folder –
// can commit between the read that checks expectedUpdatedAt and the write that follows it.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { getSetting, setSetting } from '../../../db/repositories/settings-repository';
import { tempDir } from './helpers';

describe('transactions', () => {
  it('hold the write lock from their first read until they commit', async () => {
    const file = path.join(tempDir(), 't.sqlite3');
    const app = openDatabase(file);
    // The other instance gives up quickly instead of waiting its turn, so the test can see the lock.
    const other = openDatabase(file, { busyTimeoutMs: 50 });
    try {
      await setSetting(app.db, 'organisation', { unit: 'A' }, '2025-01-01T00:00:00.000Z');
      const otherWrite = other.sqlite.prepare("UPDATE settings SET value = '{\"unit\":\"B\"}', updated_at = '2025-01-02T00:00:00.000Z' WHERE key = 'organisation'");
      await app.db.transaction().execute(async (trx) => {
        expect(await getSetting(trx, 'organisation')).toEqual({ value: { unit: 'A' }, updatedAt: '2025-01-01T00:00:00.000Z' });
        // With a deferred BEGIN this write would commit here, and the write below would fail with SQLITE_BUSY.
        expect(() => otherWrite.run()).toThrow(/database is locked/u);
        await setSetting(trx, 'organisation', { unit: 'C' }, '2025-01-03T00:00:00.000Z');
      });
      expect(await getSetting(other.db, 'organisation')).toEqual({ value: { unit: 'C' }, updatedAt: '2025-01-03T00:00:00.000Z' });
      // Once committed, the lock is free again.
      expect(otherWrite.run().changes).toBe(1);
    } finally {
      other.close();
      app.close();
    }
  });
});
