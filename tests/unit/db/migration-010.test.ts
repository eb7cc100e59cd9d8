// Migration 009 → 010: the tables of the register import's undo and of the exchange between
// machines. Nothing that was there changes; the new tables refuse what is not theirs.
import { describe, expect, it } from 'vitest';
import { emptyDb, migrateTo } from './helpers';

const hash = 'a'.repeat(64);

describe('migration 010', () => {
  it('keeps the projects as they were and starts with no batches, bases or conflicts', () => {
    const db = emptyDb();
    migrateTo(db, 9);
    db.prepare(`INSERT INTO projects (id, name_fi, search_text, name_sort, area, funder, grant_type, scope, status, created_at, updated_at)
      VALUES ('p1', 'Kerhotoiminta', 'kerhotoiminta', 'kerhotoiminta', 'perusopetus', 'OPH', 'valtionavustus', 'oma', 'kaynnissa', 't', 't')`).run();
    const before = db.prepare('SELECT * FROM projects').all();
    migrateTo(db, 10);
    expect(db.prepare('SELECT * FROM projects').all()).toEqual(before);
    for (const table of ['import_batches', 'exchange_bases', 'exchange_conflicts']) expect(db.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses an unknown kind, a report that is not JSON, an undo that is not a list and a short hash', () => {
    const db = emptyDb();
    migrateTo(db, 10);
    const batch = db.prepare("INSERT INTO import_batches (id, kind, created_at, report, undo) VALUES (?, ?, 't', ?, ?)");
    batch.run('b1', 'projects', '{"added":1}', '[{"id":"p1","before":null}]');
    expect(() => batch.run('b2', 'items', '{}', '[]')).toThrow(/CHECK/u);
    expect(() => batch.run('b3', 'projects', '{', '[]')).toThrow(/CHECK/u);
    expect(() => batch.run('b4', 'projects', '{}', '{}')).toThrow(/CHECK/u);
    const base = db.prepare("INSERT INTO exchange_bases (kind, entity_id, hash, at) VALUES (?, 'x', ?, 't')");
    base.run('item', hash);
    expect(() => base.run('meeting', 'abc')).toThrow(/CHECK/u);
    expect(() => base.run('minutes', hash)).toThrow(/CHECK/u);
    const conflict = db.prepare("INSERT INTO exchange_conflicts (id, kind, entity_id, local_hash, incoming_hash, incoming, received_at, resolution) VALUES (?, 'item', 'x', ?, ?, ?, 't', ?)");
    conflict.run('c1', hash, hash, '{"title":"A"}', null);
    expect(() => conflict.run('c2', hash, hash, '{"title":"A"}', 'both')).toThrow(/CHECK/u);
    db.close();
  });
});
