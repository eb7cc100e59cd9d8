// All SQL of item versions: every saved change of an agenda item kept as a full snapshot.
import type { Kysely } from 'kysely';
import type { AgendaItem, ItemStatus } from '../../shared/domain/item';
import type { Database } from '../schema';
import { items } from './items-repository';
import type { ItemVersionsTable, VersionReason } from './items-repository';

type Db = Kysely<Database>;

export interface ItemVersion {
  itemId: string;
  version: number;
  reason: VersionReason;
  status: ItemStatus;
  createdAt: string;
  updatedAt: string;
  snapshot: AgendaItem;
}

function rowToVersion(row: ItemVersionsTable): ItemVersion {
  return {
    itemId: row.item_id,
    version: row.version,
    reason: row.reason,
    status: row.status as ItemStatus,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    snapshot: JSON.parse(row.snapshot) as AgendaItem,
  };
}

export async function latestVersion(db: Db, itemId: string): Promise<ItemVersion | undefined> {
  const row = await items(db).selectFrom('item_versions').selectAll().where('item_id', '=', itemId).orderBy('version', 'desc').limit(1).executeTakeFirst();
  return row ? rowToVersion(row) : undefined;
}

export async function listVersions(db: Db, itemId: string): Promise<ItemVersion[]> {
  const rows = await items(db).selectFrom('item_versions').selectAll().where('item_id', '=', itemId).orderBy('version').execute();
  return rows.map(rowToVersion);
}

export async function insertVersion(db: Db, item: AgendaItem, version: number, reason: VersionReason, now: string): Promise<void> {
  await items(db)
    .insertInto('item_versions')
    .values({ item_id: item.id, version, reason, status: item.status, created_at: now, updated_at: now, snapshot: JSON.stringify(item) })
    .execute();
}

/** Autosave coalescing: the latest version takes the new snapshot, keeping its number and creation time. */
export async function replaceVersion(db: Db, item: AgendaItem, version: number, now: string): Promise<void> {
  await items(db)
    .updateTable('item_versions')
    .set({ snapshot: JSON.stringify(item), status: item.status, updated_at: now })
    .where('item_id', '=', item.id)
    .where('version', '=', version)
    .execute();
}
