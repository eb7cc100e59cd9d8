import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestVersion, migrations } from '../../../db/migrations/index';
import { assertOrdered, migrate, userVersion } from '../../../db/migrations/runner';
import { openDatabase } from '../../../db/connection';
import { ServiceError } from '../../../shared/errors';
import { emptyDb, migrateTo, schemaSql, sha256, tempDir } from './helpers';

describe('migrations', () => {
  it('are numbered 1, 2, 3 … in list order', () => {
    expect(() => { assertOrdered(migrations); }).not.toThrow();
    expect(latestVersion).toBe(migrations.length);
    expect(() => { assertOrdered([{ version: 2, name: 'x', up: () => undefined }]); }).toThrow(/expected 1/u);
  });

  it('migrate 0 → 1 creates STRICT projects, people and settings tables', () => {
    const db = emptyDb();
    expect(userVersion(db)).toBe(0);
    expect(migrate(db, 1)).toEqual({ from: 0, to: 1 });
    expect(userVersion(db)).toBe(1);
    const tables = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' ORDER BY name").all();
    expect(tables).toEqual([
      { name: 'people', strict: 1 },
      { name: 'projects', strict: 1 },
      { name: 'settings', strict: 1 },
    ]);
    // STRICT refuses a text where cents belong.
    expect(() => db.prepare("INSERT INTO projects (id, name_fi, search_text, name_sort, area, funder, grant_type, scope, status, created_at, updated_at, granted_cents) VALUES ('a','n','n','n','muu','OKM','muu','oma','haettu','t','t','lots')").run()).toThrow(/cannot store TEXT/iu);
    db.close();
  });

  it('every version matches its committed schema snapshot', async () => {
    for (const migration of migrations) {
      const db = emptyDb();
      migrateTo(db, migration.version);
      await expect(schemaSql(db)).toMatchFileSnapshot(`./__snapshots__/schema-v${String(migration.version)}.sql`);
      db.close();
    }
  });

  it('runs all pending migrations in one transaction: a failing one leaves version and schema as they were', () => {
    const db = emptyDb();
    const failing = [...migrations, { version: migrations.length + 1, name: 'boom', up: () => { throw new Error('boom'); } }];
    expect(() => migrate(db, failing.length, failing)).toThrow('boom');
    expect(userVersion(db)).toBe(0);
    expect(schemaSql(db)).toBe('\n');
    db.close();
  });

  it('migrating an up-to-date database does nothing', () => {
    const db = emptyDb();
    migrateTo(db, latestVersion);
    expect(migrate(db)).toEqual({ from: latestVersion, to: latestVersion });
    db.close();
  });

  it('a database from a newer app version is refused and left byte-identical', () => {
    const file = path.join(tempDir(), 'newer.sqlite3');
    const raw = new BetterSqlite3(file);
    migrateTo(raw, latestVersion);
    raw.pragma(`user_version = ${String(latestVersion + 1)}`);
    raw.close();
    const before = sha256(file);
    let error: unknown;
    try {
      openDatabase(file);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('DB_NEWER_VERSION');
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['newer.sqlite3']);
  });
});
