// All SQL of the body's standard appeal texts (migration 007). Deletes are soft, like the
// register's, so an item's link to the text it was copied from still names something.
import type { Kysely } from 'kysely';
import type { AppealKind, AppealText } from '../../shared/domain/appeal';
import type { RichDoc } from '../../shared/domain/rich-text';
import type { Database } from '../schema';

export type AppealTextsTable = {
  id: string;
  kind: string;
  name: string;
  /** The editor's JSON (RichDoc). */
  text: string;
  sort_order: number;
  /** Migration 008: NULL = a text for every body. */
  body_id: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
};

type Db = Kysely<Database>;

export function appealTexts(db: Db): Kysely<Database & { appeal_texts: AppealTextsTable }> {
  return db.withTables<{ appeal_texts: AppealTextsTable }>();
}

function rowToText(row: AppealTextsTable): AppealText {
  return { id: row.id, kind: row.kind as AppealKind, name: row.name, text: JSON.parse(row.text) as RichDoc, sortOrder: row.sort_order, bodyId: row.body_id, updatedAt: row.updated_at };
}

/** Every text; with `forBody`, that body's own and those for every body. */
export async function listAppealTexts(db: Db, forBody: string | null = null): Promise<AppealText[]> {
  let query = appealTexts(db).selectFrom('appeal_texts').selectAll().where('deleted_at', 'is', null);
  if (forBody !== null) query = query.where((eb) => eb.or([eb('body_id', 'is', null), eb('body_id', '=', forBody)]));
  const rows = await query.orderBy('sort_order').orderBy('name').execute();
  return rows.map(rowToText);
}

export async function getAppealText(db: Db, id: string): Promise<AppealText | undefined> {
  const row = await appealTexts(db).selectFrom('appeal_texts').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return row ? rowToText(row) : undefined;
}

export async function nextAppealSortOrder(db: Db): Promise<number> {
  const row = await appealTexts(db).selectFrom('appeal_texts').select((eb) => eb.fn.max('sort_order').as('max')).executeTakeFirst();
  return (row?.max ?? -1) + 1;
}

export async function insertAppealText(db: Db, text: AppealText, now: string): Promise<void> {
  await appealTexts(db)
    .insertInto('appeal_texts')
    .values({ id: text.id, kind: text.kind, name: text.name, text: JSON.stringify(text.text), sort_order: text.sortOrder, body_id: text.bodyId, created_at: now, updated_at: text.updatedAt })
    .execute();
}

export async function updateAppealText(db: Db, text: AppealText): Promise<void> {
  await appealTexts(db)
    .updateTable('appeal_texts')
    .set({ kind: text.kind, name: text.name, text: JSON.stringify(text.text), body_id: text.bodyId, updated_at: text.updatedAt })
    .where('id', '=', text.id)
    .where('deleted_at', 'is', null)
    .execute();
}

export async function softDeleteAppealText(db: Db, id: string, now: string): Promise<boolean> {
  const result = await appealTexts(db).updateTable('appeal_texts').set({ deleted_at: now, updated_at: now }).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
