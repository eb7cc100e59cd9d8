import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { latestVersion } from '../../../db/migrations/index';
import { getProject, insertProject } from '../../../db/repositories/projects-repository';
import { serviceDeps } from '../../../electron/services/service-deps';
import { ItemService } from '../../../electron/services/items/item-service';
import { draftOf } from '../../../electron/services/items/item-rules';
import { runningProject } from './helpers';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pykala-m002-'));
  dirs.push(dir);
  return path.join(dir, 'm.sqlite3');
}

describe('migration 002 (agenda items)', () => {
  it('keeps projects, people and settings of schema 1 and adds the item tables', async () => {
    expect(latestVersion).toBeGreaterThanOrEqual(2);
    const file = tempFile();
    const old = openDatabase(file, { targetVersion: 1 });
    await insertProject(old.db, runningProject(), { id: 'p1', isSample: false, now: '2024-01-01T00:00:00.000Z' });
    // Raw SQL: today's repositories know columns (updated_at, migration 006) that schema 1 lacks.
    old.sqlite.prepare("INSERT INTO people (id, name, title, phone, email) VALUES ('h1', 'Maija Meikäläinen', 'kehittämispäällikkö', '040 123 4567', 'maija@example.fi')").run();
    old.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('organisation', ?)").run(JSON.stringify({ bodyName: 'Opetus- ja kasvatuslautakunta' }));
    const tablesBefore = old.sqlite.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tablesBefore).not.toContain('agenda_items');
    old.close();

    const handle = openDatabase(file, { targetVersion: 2 });
    try {
      expect(handle.sqlite.pragma('user_version', { simple: true })).toBe(2);
      expect((await getProject(handle.db, 'p1'))?.nameFi).toBe('Kielikylpy vahvaksi');
      expect(handle.sqlite.prepare('SELECT id, name, title, phone, email FROM people').all()).toEqual([{ id: 'h1', name: 'Maija Meikäläinen', title: 'kehittämispäällikkö', phone: '040 123 4567', email: 'maija@example.fi' }]);
      expect(JSON.parse(String(handle.sqlite.prepare("SELECT value FROM settings WHERE key = 'organisation'").pluck().get()))).toEqual({ bodyName: 'Opetus- ja kasvatuslautakunta' });
      const strict = handle.sqlite.prepare("SELECT name, strict FROM pragma_table_list WHERE name IN ('agenda_items', 'item_preparers', 'item_versions') ORDER BY name").all();
      expect(strict).toEqual([
        { name: 'agenda_items', strict: 1 },
        { name: 'item_preparers', strict: 1 },
        { name: 'item_versions', strict: 1 },
      ]);
    } finally {
      handle.close();
    }
    // The new tables work with the old rows (today's services need today's schema): an item naming the migrated person.
    const latest = openDatabase(file);
    try {
      const service = new ItemService({ ...serviceDeps(latest.db, latest.sqlite), now: () => new Date('2025-01-02T10:00:00Z'), newId: () => 'i1' });
      const item = await service.create('empty');
      const saved = await service.update(item.id, { ...draftOf(item), preparerIds: ['h1'] }, item.updatedAt);
      expect(saved.preparerIds).toEqual(['h1']);
      // STRICT and CHECK constraints hold: a bad status never lands.
      expect(() => latest.sqlite.prepare("UPDATE agenda_items SET status = 'unknown' WHERE id = 'i1'").run()).toThrow(/CHECK/u);
      expect(() => latest.sqlite.prepare("UPDATE agenda_items SET agenda_number = 'x' WHERE id = 'i1'").run()).toThrow(/cannot store TEXT/u);
    } finally {
      latest.close();
    }
  });
});
