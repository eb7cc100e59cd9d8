// Migration 010 (issue 10, data in and out): the register imported from Excel as one undo step,
// and the exchange of work between machines. Once landed, never edited.
//
// - import_batches: one row per confirmed import. `undo` holds, per touched project, its row
//   before the import (null: the import added it), so "Kumoa tuonti" puts back exactly that;
//   `report` is the report the user saw (JSON ImportReport); `undone_at` marks it used.
// - exchange_bases: per exchanged record (kind + id), the content hash this machine last agreed on
//   with another one (set when a record is received, added or updated). With the sender's own base
//   in the file it tells "changed here", "changed there" and "changed on both sides" apart.
// - exchange_conflicts: a record changed on both sides is never overwritten: the local one stays,
//   the incoming one is kept here whole (JSON) until the user picks one.
// Backups keep their own list beside the copies (backups/), not in the database they copy.
import type { Migration } from './migration';

const exchangeKinds = "'project', 'person', 'body', 'appealText', 'item', 'meeting'";

export const migration010: Migration = {
  version: 10,
  name: 'data transfer: import batches, exchange bases and conflicts',
  up(db) {
    db.exec(`
      CREATE TABLE import_batches (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('projects')),
        file_name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        actor_id TEXT,
        actor_name TEXT NOT NULL DEFAULT '',
        report TEXT NOT NULL CHECK (json_valid(report)),
        undo TEXT NOT NULL CHECK (json_valid(undo) AND json_type(undo) = 'array'),
        undone_at TEXT
      ) STRICT;

      CREATE TABLE exchange_bases (
        kind TEXT NOT NULL CHECK (kind IN (${exchangeKinds})),
        entity_id TEXT NOT NULL,
        hash TEXT NOT NULL CHECK (length(hash) = 64),
        at TEXT NOT NULL,
        PRIMARY KEY (kind, entity_id)
      ) STRICT;

      CREATE TABLE exchange_conflicts (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN (${exchangeKinds})),
        entity_id TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        local_hash TEXT NOT NULL,
        incoming_hash TEXT NOT NULL,
        incoming TEXT NOT NULL CHECK (json_valid(incoming)),
        file_name TEXT NOT NULL DEFAULT '',
        received_at TEXT NOT NULL,
        resolved_at TEXT,
        resolution TEXT CHECK (resolution IS NULL OR resolution IN ('local', 'incoming'))
      ) STRICT;
      CREATE INDEX exchange_conflicts_open ON exchange_conflicts (resolved_at, kind, entity_id);
    `);
  },
};
