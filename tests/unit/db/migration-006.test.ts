// Migration 005 → 006: people and settings keep every value and gain an updated_at stamp.
import { describe, expect, it } from 'vitest';
import { emptyDb, migrateTo } from './helpers';

describe('migration 006', () => {
  it('keeps people and settings as they were and stamps every row with the migration time', () => {
    const db = emptyDb();
    migrateTo(db, 5);
    db.prepare("INSERT INTO people (id, name, title, phone, email, sort_order) VALUES ('p1', 'Maria', 'päällikkö', '040', 'm@example.fi', 2)").run();
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('organisation', JSON.stringify({ bodyName: 'Sivistyslautakunta' }));
    const before = Date.now();
    migrateTo(db, 6);
    const person = db.prepare('SELECT * FROM people').get() as Record<string, unknown>;
    expect(person).toMatchObject({ id: 'p1', name: 'Maria', title: 'päällikkö', phone: '040', email: 'm@example.fi', sort_order: 2 });
    const setting = db.prepare('SELECT * FROM settings').get() as Record<string, unknown>;
    expect(JSON.parse(String(setting.value))).toEqual({ bodyName: 'Sivistyslautakunta' });
    for (const stamp of [person.updated_at, setting.updated_at]) {
      expect(Date.parse(String(stamp))).toBeGreaterThanOrEqual(before - 1000);
    }
    db.close();
  });
});
