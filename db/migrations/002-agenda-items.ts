// Migration 002: agenda items, their preparers and their versions (issue 3).
// Once landed, never edited: later changes are new migrations appended to index.ts.
//
// Rich text, point lists, attachments and recipients are JSON text (the editor's own JSON);
// the columns the list screen filters and sorts on are plain columns. Every saved change is
// kept in item_versions as a full snapshot, so any two versions can be compared. Autosave
// coalesces: an update within a minute of the item's previous autosave version replaces that
// version's snapshot instead of adding one (status changes always add a version).
import type { Migration } from './migration';

export const migration002: Migration = {
  version: 2,
  name: 'agenda items, preparers, versions',
  up(db) {
    db.exec(`
      CREATE TABLE agenda_items (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        title_sv TEXT NOT NULL DEFAULT '',
        case_number TEXT NOT NULL DEFAULT '',
        earlier_handling TEXT NOT NULL DEFAULT '',
        body_name TEXT NOT NULL DEFAULT '',
        meeting_date TEXT,
        meeting_number TEXT NOT NULL DEFAULT '',
        agenda_number INTEGER,
        section_number INTEGER,
        background TEXT NOT NULL CHECK (json_valid(background)),
        attachments TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attachments)),
        supplementary TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(supplementary)),
        presenter_title TEXT NOT NULL DEFAULT '',
        presenter_name TEXT NOT NULL DEFAULT '',
        proposal TEXT NOT NULL CHECK (json_valid(proposal)),
        decision TEXT CHECK (decision IS NULL OR json_valid(decision)),
        for_information TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(for_information)),
        implementation TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(implementation)),
        appeal TEXT NOT NULL CHECK (appeal IN ('oikaisuvaatimus', 'kunnallisvalitus', 'ei_muutoksenhakua')),
        publicity TEXT NOT NULL CHECK (json_valid(publicity)),
        status TEXT NOT NULL CHECK (status IN ('luonnos', 'tarkastettavana', 'palautettu', 'hyvaksytty', 'esityslistalla', 'kasitelty', 'tarkastettu', 'julkaistu')),
        search_text TEXT NOT NULL DEFAULT '',
        is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX agenda_items_list ON agenda_items (deleted_at, meeting_date, updated_at);

      CREATE TABLE item_preparers (
        item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
        person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        PRIMARY KEY (item_id, person_id)
      ) STRICT;
      CREATE INDEX item_preparers_person ON item_preparers (person_id);

      CREATE TABLE item_versions (
        item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        reason TEXT NOT NULL CHECK (reason IN ('create', 'update', 'status', 'decision', 'delete', 'restore')),
        status TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        PRIMARY KEY (item_id, version)
      ) STRICT;
    `);
  },
};
