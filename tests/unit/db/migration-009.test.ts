// Migration 008 → 009: users, version authors and summaries, review events, comments, views. The
// versions written before keep every column (no author, summary still to compute, no note); people
// are not users until someone gives them a role; the database refuses unknown roles and reasons.
import { describe, expect, it } from 'vitest';
import type BetterSqlite3 from 'better-sqlite3';
import { emptyDb, migrateTo } from './helpers';

const doc = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph' }] });

function insertItem(db: BetterSqlite3.Database, id: string): void {
  db.prepare(`INSERT INTO agenda_items (id, title, background, proposal, appeal, publicity, status, created_at, updated_at)
    VALUES (?, 'Otsikko', ?, ?, '{}', '{"kind":"public"}', 'luonnos', 't', 't')`).run(id, doc, doc);
}

function insertVersion(db: BetterSqlite3.Database, itemId: string, version: number, reason: string): void {
  db.prepare(`INSERT INTO item_versions (item_id, version, reason, status, created_at, updated_at, snapshot)
    VALUES (?, ?, ?, 'luonnos', ?, ?, ?)`).run(itemId, version, reason, `2024-01-0${String(version)}T10:00:00.000Z`, `2024-01-0${String(version)}T10:00:00.000Z`, JSON.stringify({ id: itemId, version }));
}

describe('migration 009', () => {
  it('keeps every version and person as they were, with no author, no summary yet and no role', () => {
    const db = emptyDb();
    migrateTo(db, 8);
    db.prepare("INSERT INTO people (id, name, title, updated_at) VALUES ('p1', 'Maria Esimerkki', 'kehittämispäällikkö', 't')").run();
    insertItem(db, 'a');
    insertVersion(db, 'a', 1, 'create');
    insertVersion(db, 'a', 2, 'update');
    insertVersion(db, 'a', 3, 'status');
    const versionsBefore = db.prepare('SELECT item_id, version, reason, status, created_at, updated_at, snapshot FROM item_versions ORDER BY version').all();
    const peopleBefore = db.prepare('SELECT id, name, title, phone, email, sort_order, updated_at FROM people').all();
    migrateTo(db, 9);
    expect(db.prepare('SELECT item_id, version, reason, status, created_at, updated_at, snapshot FROM item_versions ORDER BY version').all()).toEqual(versionsBefore);
    expect(db.prepare('SELECT DISTINCT author_id, author_name, summary, note FROM item_versions').all()).toEqual([{ author_id: null, author_name: '', summary: null, note: '' }]);
    expect(db.prepare('SELECT id, name, title, phone, email, sort_order, updated_at FROM people').all()).toEqual(peopleBefore);
    expect(db.prepare('SELECT role, deputy_presenter FROM people').all()).toEqual([{ role: null, deputy_presenter: 0 }]);
    for (const table of ['item_review_events', 'item_comments', 'item_views']) expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    db.close();
  });

  it('admits the new version reasons and the roles, and refuses what is not one', () => {
    const db = emptyDb();
    migrateTo(db, 9);
    db.pragma('foreign_keys = ON');
    insertItem(db, 'a');
    insertVersion(db, 'a', 1, 'restoreVersion');
    insertVersion(db, 'a', 2, 'wordImport');
    expect(() => { insertVersion(db, 'a', 3, 'rewrite'); }).toThrow(/CHECK/u);
    expect(() => db.prepare("UPDATE item_versions SET summary = '{' WHERE version = 1").run()).toThrow(/CHECK/u);
    db.prepare("INSERT INTO people (id, name, role, deputy_presenter) VALUES ('p1', 'Mikko Saari', 'esittelija', 1)").run();
    expect(() => db.prepare("INSERT INTO people (id, name, role) VALUES ('p2', 'X', 'johtaja')").run()).toThrow(/CHECK/u);
    expect(() => db.prepare("INSERT INTO people (id, name, deputy_presenter) VALUES ('p3', 'X', 2)").run()).toThrow(/CHECK/u);
    const event = db.prepare("INSERT INTO item_review_events (id, item_id, kind, actor_id, actor_name, at, message, version) VALUES (?, 'a', ?, 'p1', 'Mikko Saari', 't', '', 2)");
    event.run('e1', 'approved');
    expect(() => event.run('e2', 'rejected')).toThrow(/CHECK/u);
    const comment = db.prepare("INSERT INTO item_comments (id, item_id, parent_id, field, quote, body, created_at, updated_at) VALUES (?, 'a', ?, ?, 'lainaus', ?, 't', 't')");
    comment.run('c1', null, 'proposal', 'Tarkenna.');
    comment.run('c2', 'c1', 'proposal', 'Tarkennettu.');
    expect(() => comment.run('c3', null, 'appeal', 'x')).toThrow(/CHECK/u);
    expect(() => comment.run('c4', null, 'title', '   ')).toThrow(/CHECK/u);
    expect(() => comment.run('c5', 'nope', 'title', 'x')).toThrow(/FOREIGN KEY/u);
    db.prepare("INSERT INTO item_views (item_id, person_id, version, previous_version, seen_at) VALUES ('a', 'p1', 2, 1, 't')").run();
    // A person removed from the list takes their views along; versions and events keep the name.
    db.prepare("DELETE FROM people WHERE id = 'p1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM item_views').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT actor_name FROM item_review_events').pluck().all()).toEqual(['Mikko Saari']);
    // Replies go with their comment.
    db.prepare("DELETE FROM item_comments WHERE id = 'c1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM item_comments').get()).toEqual({ n: 0 });
    db.close();
  });
});
