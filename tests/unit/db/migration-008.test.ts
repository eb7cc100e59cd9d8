// Migration 007 → 008: bodies, meetings and sections. An existing database gets one body named as
// its settings say, with no members; appeal texts stay for every body (body_id NULL); nothing else
// changes. The database itself refuses a second meeting number or § in a body's year.
import { describe, expect, it } from 'vitest';
import type BetterSqlite3 from 'better-sqlite3';
import { emptyDb, migrateTo } from './helpers';

const doc = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph' }] });

function insertItem(db: BetterSqlite3.Database, id: string): void {
  db.prepare(`INSERT INTO agenda_items (id, title, background, proposal, appeal, publicity, status, created_at, updated_at)
    VALUES (?, 'Otsikko', ?, ?, '{}', '{"kind":"public"}', 'hyvaksytty', 't', 't')`).run(id, doc, doc);
}

function insertMeeting(db: BetterSqlite3.Database, id: string, bodyId: string, number: number, deletedAt: string | null = null): void {
  db.prepare(`INSERT INTO meetings (id, body_id, body_name, year, number, date, status, created_at, updated_at, deleted_at)
    VALUES (?, ?, 'Sivistyslautakunta', 2024, ?, '2024-01-23', 'suunniteltu', 't', 't', ?)`).run(id, bodyId, number, deletedAt);
}

function insertSection(db: BetterSqlite3.Database, id: string, meetingId: string, itemId: string, bodyId: string, sectionNumber: number | null): void {
  db.prepare(`INSERT INTO meeting_sections (id, meeting_id, item_id, body_id, year, position, section_number, handling, updated_at)
    VALUES (?, ?, ?, ?, 2024, 0, ?, '{}', 't')`).run(id, meetingId, itemId, bodyId, sectionNumber);
}

describe('migration 008', () => {
  it('gives an existing database one body named as its settings, with no members, and leaves appeal texts for every body', () => {
    const db = emptyDb();
    migrateTo(db, 7);
    db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('organisation', ?, 't')").run(JSON.stringify({ bodyName: 'Kasvatus- ja opetuslautakunta' }));
    insertItem(db, 'a');
    const textsBefore = db.prepare('SELECT id, kind, name, text FROM appeal_texts ORDER BY id').all();
    const itemBefore = db.prepare('SELECT * FROM agenda_items').get();
    migrateTo(db, 8);
    const bodies = db.prepare('SELECT name, members, others, section_starts, is_sample, deleted_at FROM bodies').all();
    expect(bodies).toEqual([{ name: 'Kasvatus- ja opetuslautakunta', members: '[]', others: '[]', section_starts: '{}', is_sample: 0, deleted_at: null }]);
    expect(db.prepare('SELECT id, kind, name, text FROM appeal_texts ORDER BY id').all()).toEqual(textsBefore);
    expect(db.prepare('SELECT count(*) AS n FROM appeal_texts WHERE body_id IS NOT NULL').get()).toEqual({ n: 0 });
    expect(textsBefore.length).toBeGreaterThan(0);
    expect(db.prepare('SELECT * FROM agenda_items').get()).toEqual(itemBefore);
    db.close();
  });

  it('names the body Sivistyslautakunta when the settings were never saved or name none', () => {
    for (const value of [null, JSON.stringify({ bodyName: '  ' }), JSON.stringify({ bodyName: 7 }), 'null']) {
      const db = emptyDb();
      migrateTo(db, 7);
      if (value !== null) db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('organisation', ?, 't')").run(value);
      migrateTo(db, 8);
      expect(db.prepare('SELECT name FROM bodies').pluck().all()).toEqual(['Sivistyslautakunta']);
      db.close();
    }
  });

  it('refuses a second live meeting number and a second § in the same body and year', () => {
    const db = emptyDb();
    migrateTo(db, 8);
    db.pragma('foreign_keys = ON');
    const bodyId = db.prepare('SELECT id FROM bodies').pluck().get() as string;
    insertItem(db, 'a');
    insertItem(db, 'b');
    insertItem(db, 'c');
    insertMeeting(db, 'm1', bodyId, 1);
    expect(() => { insertMeeting(db, 'm1b', bodyId, 1); }).toThrow(/UNIQUE/u);
    // A deleted meeting frees its number.
    insertMeeting(db, 'old', bodyId, 2, '2024-01-01T00:00:00Z');
    insertMeeting(db, 'm2', bodyId, 2);
    insertSection(db, 's1', 'm1', 'a', bodyId, 5);
    expect(() => { insertSection(db, 's2', 'm2', 'b', bodyId, 5); }).toThrow(/UNIQUE/u);
    insertSection(db, 's2', 'm2', 'b', bodyId, 6);
    // Unnumbered sections (before the meeting) are many.
    insertSection(db, 's3', 'm2', 'c', bodyId, null);
    insertSection(db, 's4', 'm1', 'c', bodyId, null);
    // One item once per meeting.
    expect(() => { insertSection(db, 's5', 'm1', 'a', bodyId, null); }).toThrow(/UNIQUE/u);
    expect(() => db.prepare("UPDATE meeting_sections SET outcome = 'hylatty' WHERE id = 's1'").run()).toThrow(/CHECK/u);
    expect(() => db.prepare("UPDATE meetings SET status = 'valmis' WHERE id = 'm1'").run()).toThrow(/CHECK/u);
    expect(() => db.prepare("UPDATE meetings SET attendees = '{' WHERE id = 'm1'").run()).toThrow(/CHECK/u);
    // Deleting a meeting takes its sections with it.
    db.prepare("DELETE FROM meetings WHERE id = 'm2'").run();
    expect(db.prepare("SELECT id FROM meeting_sections ORDER BY id").pluck().all()).toEqual(['s1', 's4']);
    db.close();
  });
});
