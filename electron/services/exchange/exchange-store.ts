// The exchange's own rows (migration 010) and the organisation id, with raw statements on the one
// connection (the Kysely schema lists only the first tables; see db/repositories).
// - exchange_bases: per record, the content hash this machine last agreed on with another one.
// - exchange_conflicts: an incoming record changed on both sides, kept whole until the user picks.
// - settings 'organisation.id': the organisation this database exchanges within (made on first need).
import type BetterSqlite3 from 'better-sqlite3';
import type { ExchangeConflict, ExchangeKind } from '../../../shared/domain/exchange';
import type { ExchangeRecord } from './exchange-records';

type Sqlite = BetterSqlite3.Database;

export const organisationIdKey = 'organisation.id';

export function readOrganisationId(sqlite: Sqlite): string | null {
  const value = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(organisationIdKey) as string | undefined;
  if (value === undefined) return null;
  const parsed: unknown = JSON.parse(value);
  return typeof parsed === 'string' && parsed !== '' ? parsed : null;
}

export function writeOrganisationId(sqlite: Sqlite, id: string, at: string): void {
  sqlite
    .prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at')
    .run(organisationIdKey, JSON.stringify(id), at);
}

export function getBase(sqlite: Sqlite, kind: ExchangeKind, id: string): string | null {
  const hash = sqlite.prepare('SELECT hash FROM exchange_bases WHERE kind = ? AND entity_id = ?').pluck().get(kind, id) as string | undefined;
  return hash ?? null;
}

export function setBase(sqlite: Sqlite, kind: ExchangeKind, id: string, hash: string, at: string): void {
  sqlite
    .prepare('INSERT INTO exchange_bases (kind, entity_id, hash, at) VALUES (?, ?, ?, ?) ON CONFLICT (kind, entity_id) DO UPDATE SET hash = excluded.hash, at = excluded.at')
    .run(kind, id, hash, at);
}

/** Whether this database has ever received anything (its organisation is settled then). */
export function hasExchanged(sqlite: Sqlite): boolean {
  return sqlite.prepare('SELECT 1 FROM exchange_bases LIMIT 1').get() !== undefined;
}

interface ConflictRow {
  id: string;
  kind: ExchangeKind;
  entity_id: string;
  title: string;
  local_hash: string;
  incoming_hash: string;
  incoming: string;
  file_name: string;
  received_at: string;
  resolved_at: string | null;
  resolution: 'local' | 'incoming' | null;
}

export interface StoredConflict {
  conflict: ExchangeConflict;
  incoming: ExchangeRecord;
  incomingHash: string;
  resolvedAt: string | null;
}

const toConflict = (row: ConflictRow): ExchangeConflict => ({
  id: row.id,
  kind: row.kind,
  entityId: row.entity_id,
  title: row.title,
  fileName: row.file_name,
  receivedAt: row.received_at,
});

export interface NewConflict {
  id: string;
  record: ExchangeRecord;
  title: string;
  localHash: string;
  incomingHash: string;
  fileName: string;
  at: string;
}

/** Stores the incoming version, unless the same one already waits for a choice (a file imported twice). */
export function addConflict(sqlite: Sqlite, conflict: NewConflict): void {
  const id = String(conflict.record.row.id);
  const waiting = sqlite
    .prepare('SELECT 1 FROM exchange_conflicts WHERE kind = ? AND entity_id = ? AND incoming_hash = ? AND resolved_at IS NULL')
    .get(conflict.record.kind, id, conflict.incomingHash);
  if (waiting !== undefined) return;
  sqlite
    .prepare(
      `INSERT INTO exchange_conflicts (id, kind, entity_id, title, local_hash, incoming_hash, incoming, file_name, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(conflict.id, conflict.record.kind, id, conflict.title, conflict.localHash, conflict.incomingHash, JSON.stringify(conflict.record), conflict.fileName, conflict.at);
}

export function openConflicts(sqlite: Sqlite): ExchangeConflict[] {
  const rows = sqlite.prepare('SELECT * FROM exchange_conflicts WHERE resolved_at IS NULL ORDER BY received_at, kind, title, id').all() as ConflictRow[];
  return rows.map(toConflict);
}

export function getConflict(sqlite: Sqlite, id: string): StoredConflict | undefined {
  const row = sqlite.prepare('SELECT * FROM exchange_conflicts WHERE id = ?').get(id) as ConflictRow | undefined;
  if (row === undefined) return undefined;
  return { conflict: toConflict(row), incoming: JSON.parse(row.incoming) as ExchangeRecord, incomingHash: row.incoming_hash, resolvedAt: row.resolved_at };
}

export function markResolved(sqlite: Sqlite, id: string, resolution: 'local' | 'incoming', at: string): void {
  sqlite.prepare('UPDATE exchange_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?').run(at, resolution, id);
}
