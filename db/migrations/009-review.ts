// Migration 009 (issue 9, the director's review): who is working, who wrote each version, the
// review round, comments and what each user last looked at. Once landed, never edited.
//
// - people.role / deputy_presenter: a person with a role is a user of the app (no passwords).
// - item_versions is rebuilt (SQLite cannot change a CHECK in place) to admit the reasons
//   'restoreVersion' and 'wordImport' and to carry author_id + author_name (the name at the time,
//   so the history still reads right after the person is renamed or removed: no foreign key),
//   summary (JSON VersionChangeSummary; SQL NULL = not computed yet, filled lazily for versions
//   written before 009; JSON null = the first version, nothing to compare with) and note.
// - item_review_events: sent / returned / approved / reopened / wordImported, with who and when.
// - item_comments: top-level comments (anchored by a `comment` mark, or by its quote in the title)
//   and their replies (parent_id).
// - item_views: the version a user last looked at, and the one before (previous_version), so
//   "Muutokset edellisen katseluni jälkeen" still has it after the editor marks the new one seen.
import type { Migration } from './migration';

const roles = "'valmistelija', 'esittelija', 'poytakirjanpitaja'";
const reasons = "'create', 'update', 'status', 'decision', 'delete', 'restore', 'restoreVersion', 'wordImport'";
const eventKinds = "'sent', 'returned', 'approved', 'reopened', 'wordImported'";
const fields = "'title', 'background', 'proposal', 'decision'";

export const migration009: Migration = {
  version: 9,
  name: 'review: users, version authors, review events, comments, views',
  up(db) {
    db.exec(`
      ALTER TABLE people ADD COLUMN role TEXT CHECK (role IS NULL OR role IN (${roles}));
      ALTER TABLE people ADD COLUMN deputy_presenter INTEGER NOT NULL DEFAULT 0 CHECK (deputy_presenter IN (0, 1));

      CREATE TABLE item_versions_009 (
        item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        reason TEXT NOT NULL CHECK (reason IN (${reasons})),
        status TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        author_id TEXT,
        author_name TEXT NOT NULL DEFAULT '',
        summary TEXT CHECK (summary IS NULL OR json_valid(summary)),
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (item_id, version)
      ) STRICT;
      INSERT INTO item_versions_009 (item_id, version, reason, status, created_at, updated_at, snapshot)
        SELECT item_id, version, reason, status, created_at, updated_at, snapshot FROM item_versions;
      DROP TABLE item_versions;
      ALTER TABLE item_versions_009 RENAME TO item_versions;

      CREATE TABLE item_review_events (
        id TEXT PRIMARY KEY,
        item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN (${eventKinds})),
        actor_id TEXT,
        actor_name TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        message TEXT NOT NULL DEFAULT '',
        version INTEGER NOT NULL CHECK (version >= 1)
      ) STRICT;
      CREATE INDEX item_review_events_item ON item_review_events (item_id, at);

      CREATE TABLE item_comments (
        id TEXT PRIMARY KEY,
        item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
        parent_id TEXT REFERENCES item_comments (id) ON DELETE CASCADE,
        field TEXT NOT NULL CHECK (field IN (${fields})),
        quote TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL CHECK (length(trim(body)) > 0),
        author_id TEXT,
        author_name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        resolved_by_id TEXT,
        resolved_by_name TEXT,
        source TEXT NOT NULL DEFAULT 'app' CHECK (source IN ('app', 'word')),
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX item_comments_item ON item_comments (item_id, created_at);
      CREATE INDEX item_comments_parent ON item_comments (parent_id) WHERE parent_id IS NOT NULL;

      CREATE TABLE item_views (
        item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        previous_version INTEGER CHECK (previous_version IS NULL OR previous_version >= 1),
        seen_at TEXT NOT NULL,
        PRIMARY KEY (item_id, person_id)
      ) STRICT;
    `);
  },
};
