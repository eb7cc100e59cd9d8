// Migration 008 (issue 8): bodies, their meetings and each meeting's agenda entries (sections)
// with the handling record kept at the table. Once landed, never edited.
//
// - bodies: the roster (members with personal deputies, others by right) and the yearly § starts
//   are JSON, read and written whole by the bodies editor. Existing databases get one body, named
//   as the settings name it (or "Sivistyslautakunta"), with no members: the office fills them in.
// - meetings: a copy of the roster as attendees (a later change of the body never rewrites old
//   minutes), arrivals and departures, chair, secretary and checkers. The number is unique per
//   body and year among live meetings.
// - meeting_sections: one agenda item at a position; the § is given when the meeting opens and is
//   unique per body and year, enforced here (body_id and year are copied from the meeting so one
//   index can say so). Positions are kept dense by the service; no index on them, so a reorder
//   rewrites them in any order.
// - appeal_texts.body_id: NULL = a text for every body; existing texts stay NULL.
import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { Migration } from './migration';

const meetingStatusList = "'suunniteltu', 'esityslista_lahetetty', 'kokouksessa', 'paattynyt', 'tarkastettu', 'julkaistu'";
const standardKindList = "'avaus', 'laillisuus', 'tarkastajat', 'tyojarjestys', 'ilmoitusasiat', 'viranhaltijapaatokset', 'muut_asiat'";
const outcomeList = "'hyvaksytty', 'hyvaksytty_muutettuna', 'pantiin_poydalle', 'palautettiin_valmisteluun', 'poistettiin_esityslistalta', 'merkittiin_tiedoksi'";

/** The body name the office's settings hold, if any (the settings value is JSON, checked by its column). */
function settingsBodyName(db: BetterSqlite3.Database): string {
  const row = db.prepare("SELECT value FROM settings WHERE key = 'organisation'").get() as { value: string } | undefined;
  const value = row ? (JSON.parse(row.value) as unknown) : null;
  const name = typeof value === 'object' && value !== null ? (value as { bodyName?: unknown }).bodyName : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : 'Sivistyslautakunta';
}

export const migration008: Migration = {
  version: 8,
  name: 'bodies, meetings, sections',
  up(db) {
    db.exec(`
      CREATE TABLE bodies (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        name_sv TEXT NOT NULL DEFAULT '',
        default_place TEXT NOT NULL DEFAULT '',
        term_start TEXT,
        term_end TEXT,
        members TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(members) AND json_type(members) = 'array'),
        others TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(others) AND json_type(others) = 'array'),
        section_starts TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(section_starts) AND json_type(section_starts) = 'object'),
        is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        body_id TEXT NOT NULL REFERENCES bodies (id),
        body_name TEXT NOT NULL,
        year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
        number INTEGER NOT NULL CHECK (number >= 1),
        date TEXT NOT NULL,
        start_time TEXT NOT NULL DEFAULT '',
        end_time TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN (${meetingStatusList})),
        attendees TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attendees) AND json_type(attendees) = 'array'),
        events TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(events) AND json_type(events) = 'array'),
        chair_id TEXT,
        secretary_id TEXT,
        checker_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(checker_ids) AND json_type(checker_ids) = 'array'),
        minutes_checked TEXT CHECK (minutes_checked IS NULL OR json_valid(minutes_checked)),
        public_display TEXT NOT NULL DEFAULT '',
        is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX meetings_body_year_number ON meetings (body_id, year, number) WHERE deleted_at IS NULL;
      CREATE INDEX meetings_list ON meetings (year, date);

      CREATE TABLE meeting_sections (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
        item_id TEXT NOT NULL REFERENCES agenda_items (id),
        body_id TEXT NOT NULL REFERENCES bodies (id),
        year INTEGER NOT NULL,
        position INTEGER NOT NULL CHECK (position >= 0),
        section_number INTEGER CHECK (section_number IS NULL OR section_number >= 1),
        standard_kind TEXT CHECK (standard_kind IS NULL OR standard_kind IN (${standardKindList})),
        handling TEXT NOT NULL CHECK (json_valid(handling) AND json_type(handling) = 'object'),
        outcome TEXT CHECK (outcome IS NULL OR outcome IN (${outcomeList})),
        handling_text TEXT CHECK (handling_text IS NULL OR json_valid(handling_text)),
        outcome_decision TEXT CHECK (outcome_decision IS NULL OR json_valid(outcome_decision)),
        updated_at TEXT NOT NULL,
        UNIQUE (meeting_id, item_id)
      ) STRICT;
      CREATE UNIQUE INDEX meeting_sections_number ON meeting_sections (body_id, year, section_number) WHERE section_number IS NOT NULL;
      CREATE INDEX meeting_sections_item ON meeting_sections (item_id);

      ALTER TABLE appeal_texts ADD COLUMN body_id TEXT REFERENCES bodies (id);
    `);
    const now = new Date().toISOString();
    db.prepare('INSERT INTO bodies (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(randomUUID(), settingsBodyName(db), now, now);
  },
};
