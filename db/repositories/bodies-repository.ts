// All SQL of bodies (migration 008). The roster and the yearly § starts are JSON read and written
// whole; deletes are soft, so a meeting's link to its body still names something.
import type { Kysely } from 'kysely';
import type { Body, BodyMember, BodyOther } from '../../shared/domain/body';
import type { Database } from '../schema';

export type BodiesTable = {
  id: string;
  name: string;
  name_sv: string;
  default_place: string;
  term_start: string | null;
  term_end: string | null;
  /** JSON: BodyMember[], BodyOther[], Record<year, first §>. */
  members: string;
  others: string;
  section_starts: string;
  is_sample: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
};

type Db = Kysely<Database>;

export function bodies(db: Db): Kysely<Database & { bodies: BodiesTable }> {
  return db.withTables<{ bodies: BodiesTable }>();
}

function rowToBody(row: BodiesTable): Body {
  return {
    id: row.id,
    name: row.name,
    nameSv: row.name_sv,
    defaultPlace: row.default_place,
    termStart: row.term_start,
    termEnd: row.term_end,
    members: JSON.parse(row.members) as BodyMember[],
    others: JSON.parse(row.others) as BodyOther[],
    sectionStarts: JSON.parse(row.section_starts) as Record<string, number>,
    isSample: row.is_sample === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function bodyToColumns(body: Body): Omit<BodiesTable, 'deleted_at'> {
  return {
    id: body.id,
    name: body.name,
    name_sv: body.nameSv,
    default_place: body.defaultPlace,
    term_start: body.termStart,
    term_end: body.termEnd,
    members: JSON.stringify(body.members),
    others: JSON.stringify(body.others),
    section_starts: JSON.stringify(body.sectionStarts),
    is_sample: body.isSample ? 1 : 0,
    created_at: body.createdAt,
    updated_at: body.updatedAt,
  };
}

/** Live bodies by name. */
export async function listBodies(db: Db): Promise<Body[]> {
  const rows = await bodies(db).selectFrom('bodies').selectAll().where('deleted_at', 'is', null).orderBy('name').orderBy('created_at').execute();
  return rows.map(rowToBody);
}

export async function getBody(db: Db, id: string): Promise<Body | undefined> {
  const row = await bodies(db).selectFrom('bodies').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return row ? rowToBody(row) : undefined;
}

export async function insertBody(db: Db, body: Body): Promise<void> {
  await bodies(db).insertInto('bodies').values({ ...bodyToColumns(body), deleted_at: null }).execute();
}

export async function updateBody(db: Db, body: Body): Promise<boolean> {
  const columns: Partial<BodiesTable> = bodyToColumns(body);
  delete columns.id;
  delete columns.created_at;
  const result = await bodies(db).updateTable('bodies').set(columns).where('id', '=', body.id).where('deleted_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function softDeleteBody(db: Db, id: string, now: string): Promise<boolean> {
  const result = await bodies(db).updateTable('bodies').set({ deleted_at: now, updated_at: now }).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
