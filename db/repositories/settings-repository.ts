// Key/value settings stored as JSON text, each with the time of its last save.
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

type Db = Kysely<Database>;

export interface StoredSetting {
  value: unknown;
  updatedAt: string;
}

export async function getSetting(db: Db, key: string): Promise<StoredSetting | undefined> {
  const row = await db.selectFrom('settings').select(['value', 'updated_at']).where('key', '=', key).executeTakeFirst();
  return row ? { value: JSON.parse(row.value) as unknown, updatedAt: row.updated_at } : undefined;
}

export async function setSetting(db: Db, key: string, value: unknown, updatedAt: string): Promise<void> {
  const json = JSON.stringify(value);
  await db
    .insertInto('settings')
    .values({ key, value: json, updated_at: updatedAt })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, updated_at: updatedAt }))
    .execute();
}
