// Migration 006: people and settings remember when they last changed, so a save can say what it
// read (expectedUpdatedAt) and be refused with CONFLICT instead of overwriting another window's
// edit (issue 7: two app instances overwrote each other's settings and people silently).
// Once landed, never edited.
//
// Existing rows get the migration's own time: nothing has read them with a stamp yet.
import type { Migration } from './migration';

export const migration006: Migration = {
  version: 6,
  name: 'people and settings updated_at',
  up(db) {
    db.exec(`
      ALTER TABLE people ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
      ALTER TABLE settings ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
    `);
    const now = new Date().toISOString();
    db.prepare('UPDATE people SET updated_at = ?').run(now);
    db.prepare('UPDATE settings SET updated_at = ?').run(now);
  },
};
