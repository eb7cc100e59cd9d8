// All SQL of item versions: every saved change of an agenda item kept as a full snapshot, with its
// author, one-line summary and note (migration 009).
import type { Kysely } from 'kysely';
import type { AgendaItem, ItemStatus } from '../../shared/domain/item';
import type { Actor } from '../../shared/domain/review';
import type { VersionChangeSummary } from '../../shared/domain/compare-types';
import type { Database } from '../schema';
import { items } from './items-repository';
import type { ItemVersionsTable, VersionReason } from './items-repository';

type Db = Kysely<Database>;

/**
 * A version's stored summary: the summary, null for the first version (nothing to compare with),
 * or undefined when not computed yet (written before migration 009, or by a bulk write).
 */
export type StoredSummary = VersionChangeSummary | null | undefined;

/** A version without its snapshot: what the history lists. */
export interface VersionHead {
  itemId: string;
  version: number;
  reason: VersionReason;
  status: ItemStatus;
  createdAt: string;
  updatedAt: string;
  author: Actor;
  summary: StoredSummary;
  note: string;
}

export interface ItemVersion extends VersionHead {
  snapshot: AgendaItem;
}

export interface VersionMeta {
  author: Actor;
  summary: StoredSummary;
  note?: string;
}

const headColumns = ['item_id', 'version', 'reason', 'status', 'created_at', 'updated_at', 'author_id', 'author_name', 'summary', 'note'] as const;

/** The columns of migration 009 are absent when a migration test reads an older schema. */
type HeadRow = Pick<ItemVersionsTable, 'item_id' | 'version' | 'reason' | 'status' | 'created_at' | 'updated_at'> & {
  author_id?: string | null;
  author_name?: string;
  summary?: string | null;
  note?: string;
};

function rowToHead(row: HeadRow): VersionHead {
  return {
    itemId: row.item_id,
    version: row.version,
    reason: row.reason,
    status: row.status as ItemStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    author: { personId: row.author_id ?? null, name: row.author_name ?? '' },
    // Absent on a database before migration 009 (read by migration tests): not computed.
    summary: typeof row.summary === 'string' ? (JSON.parse(row.summary) as VersionChangeSummary | null) : undefined,
    note: row.note ?? '',
  };
}

function rowToVersion(row: HeadRow & { snapshot: string }): ItemVersion {
  return { ...rowToHead(row), snapshot: JSON.parse(row.snapshot) as AgendaItem };
}

const summaryColumn = (summary: StoredSummary): string | null => (summary === undefined ? null : JSON.stringify(summary));

export async function latestVersion(db: Db, itemId: string): Promise<ItemVersion | undefined> {
  const row = await items(db).selectFrom('item_versions').selectAll().where('item_id', '=', itemId).orderBy('version', 'desc').limit(1).executeTakeFirst();
  return row ? rowToVersion(row) : undefined;
}

export async function getVersion(db: Db, itemId: string, version: number): Promise<ItemVersion | undefined> {
  const row = await items(db).selectFrom('item_versions').selectAll().where('item_id', '=', itemId).where('version', '=', version).executeTakeFirst();
  return row ? rowToVersion(row) : undefined;
}

/** Whole versions with snapshots (the CLI's JSON, tests); the history uses listVersionHeads. */
export async function listVersions(db: Db, itemId: string): Promise<ItemVersion[]> {
  const rows = await items(db).selectFrom('item_versions').selectAll().where('item_id', '=', itemId).orderBy('version').execute();
  return rows.map(rowToVersion);
}

/** The history without reading a single snapshot: 500 versions list in a few milliseconds. */
export async function listVersionHeads(db: Db, itemId: string): Promise<VersionHead[]> {
  const rows = await items(db).selectFrom('item_versions').select(headColumns).where('item_id', '=', itemId).orderBy('version').execute();
  return rows.map(rowToHead);
}

/** The snapshots of the given versions, for filling summaries written before migration 009. */
export async function snapshotsOf(db: Db, itemId: string, versions: readonly number[]): Promise<Map<number, AgendaItem>> {
  if (versions.length === 0) return new Map();
  const rows = await items(db).selectFrom('item_versions').select(['version', 'snapshot']).where('item_id', '=', itemId).where('version', 'in', [...versions]).execute();
  return new Map(rows.map((row) => [row.version, JSON.parse(row.snapshot) as AgendaItem]));
}

export async function insertVersion(db: Db, item: AgendaItem, version: number, reason: VersionReason, now: string, meta: VersionMeta): Promise<void> {
  await items(db)
    .insertInto('item_versions')
    .values({
      item_id: item.id,
      version,
      reason,
      status: item.status,
      created_at: now,
      updated_at: now,
      snapshot: JSON.stringify(item),
      author_id: meta.author.personId,
      author_name: meta.author.name,
      summary: summaryColumn(meta.summary),
      note: meta.note ?? '',
    })
    .execute();
}

/**
 * The latest version takes the new snapshot, keeping its number, creation time and reason: an
 * autosave within a minute of the previous one (its summary against the version before it is
 * given anew), or a change of comment anchors only ('keep': the text is the same).
 */
export async function replaceVersion(db: Db, item: AgendaItem, version: number, now: string, summary: StoredSummary | 'keep'): Promise<void> {
  await items(db)
    .updateTable('item_versions')
    .set({ snapshot: JSON.stringify(item), status: item.status, updated_at: now, ...(summary === 'keep' ? {} : { summary: summaryColumn(summary) }) })
    .where('item_id', '=', item.id)
    .where('version', '=', version)
    .execute();
}

/** Stores summaries computed later (versions written before migration 009). */
export async function storeSummaries(db: Db, itemId: string, summaries: ReadonlyMap<number, VersionChangeSummary | null>): Promise<void> {
  for (const [version, summary] of summaries) {
    await items(db).updateTable('item_versions').set({ summary: JSON.stringify(summary) }).where('item_id', '=', itemId).where('version', '=', version).where('summary', 'is', null).execute();
  }
}
