// All SQL of the review round (migration 009): review events, comments and what each user last
// looked at. Callers pass a Kysely instance or a transaction typed with the base schema.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Actor, CommentField, ItemComment, ReviewEvent, ReviewEventKind } from '../../shared/domain/review';
import type { Database } from '../schema';

type Db = Kysely<Database>;

export type ItemReviewEventsTable = {
  id: string;
  item_id: string;
  kind: string;
  actor_id: string | null;
  actor_name: string;
  at: string;
  message: string;
  version: number;
};

export type ItemCommentsTable = {
  id: string;
  item_id: string;
  parent_id: string | null;
  field: string;
  quote: string;
  body: string;
  author_id: string | null;
  author_name: string;
  created_at: string;
  resolved_at: string | null;
  resolved_by_id: string | null;
  resolved_by_name: string | null;
  source: string;
  updated_at: string;
};

export type ItemViewsTable = {
  item_id: string;
  person_id: string;
  version: number;
  previous_version: number | null;
  seen_at: string;
};

export type ReviewTables = {
  item_review_events: ItemReviewEventsTable;
  item_comments: ItemCommentsTable;
  item_views: ItemViewsTable;
};

function review(db: Db): Kysely<Database & ReviewTables> {
  return db.withTables<ReviewTables>();
}

// ---- events

function rowToEvent(row: ItemReviewEventsTable): ReviewEvent {
  // The column's CHECK admits only the kinds.
  return { id: row.id, itemId: row.item_id, kind: row.kind as ReviewEventKind, actor: { personId: row.actor_id, name: row.actor_name }, at: row.at, message: row.message, version: row.version };
}

export async function insertEvent(db: Db, event: ReviewEvent): Promise<void> {
  await review(db)
    .insertInto('item_review_events')
    .values({ id: event.id, item_id: event.itemId, kind: event.kind, actor_id: event.actor.personId, actor_name: event.actor.name, at: event.at, message: event.message, version: event.version })
    .execute();
}

/** The latest first. */
export async function listEvents(db: Db, itemId: string, limit: number): Promise<ReviewEvent[]> {
  const rows = await review(db).selectFrom('item_review_events').selectAll().where('item_id', '=', itemId).orderBy('at', 'desc').orderBy(sql`rowid`, 'desc').limit(limit).execute();
  return rows.map(rowToEvent);
}

/** The latest event of a kind per item, for the queue. */
export async function latestEventsOfKind(db: Db, itemIds: readonly string[], kind: ReviewEventKind): Promise<Map<string, ReviewEvent>> {
  if (itemIds.length === 0) return new Map();
  const rows = await review(db).selectFrom('item_review_events').selectAll().where('item_id', 'in', [...itemIds]).where('kind', '=', kind).orderBy('at').orderBy('version').execute();
  return new Map(rows.map((row) => [row.item_id, rowToEvent(row)]));
}

// ---- comments

function rowToComment(row: ItemCommentsTable): Omit<ItemComment, 'detached'> {
  return {
    id: row.id,
    itemId: row.item_id,
    parentId: row.parent_id,
    // The columns' CHECKs admit only the fields and sources.
    field: row.field as CommentField,
    quote: row.quote,
    body: row.body,
    author: { personId: row.author_id, name: row.author_name },
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_at === null ? null : { personId: row.resolved_by_id, name: row.resolved_by_name ?? '' },
    source: row.source as ItemComment['source'],
    updatedAt: row.updated_at,
  };
}

export type StoredComment = Omit<ItemComment, 'detached'>;

/** Oldest first: top-level comments and their replies in the order they were written. */
export async function listComments(db: Db, itemId: string): Promise<StoredComment[]> {
  // Written in the same millisecond: the order they were written in (rowid).
  const rows = await review(db).selectFrom('item_comments').selectAll().where('item_id', '=', itemId).orderBy('created_at').orderBy(sql`rowid`).execute();
  return rows.map(rowToComment);
}

export async function getComment(db: Db, id: string): Promise<StoredComment | undefined> {
  const row = await review(db).selectFrom('item_comments').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToComment(row) : undefined;
}

export async function insertComment(db: Db, comment: StoredComment): Promise<void> {
  await review(db)
    .insertInto('item_comments')
    .values({
      id: comment.id,
      item_id: comment.itemId,
      parent_id: comment.parentId,
      field: comment.field,
      quote: comment.quote,
      body: comment.body,
      author_id: comment.author.personId,
      author_name: comment.author.name,
      created_at: comment.createdAt,
      resolved_at: comment.resolvedAt,
      resolved_by_id: comment.resolvedBy?.personId ?? null,
      resolved_by_name: comment.resolvedBy?.name ?? null,
      source: comment.source,
      updated_at: comment.updatedAt,
    })
    .execute();
}

export async function setResolved(db: Db, id: string, resolved: { at: string; by: Actor } | null, updatedAt: string): Promise<void> {
  await review(db)
    .updateTable('item_comments')
    .set({ resolved_at: resolved?.at ?? null, resolved_by_id: resolved?.by.personId ?? null, resolved_by_name: resolved?.by.name ?? null, updated_at: updatedAt })
    .where('id', '=', id)
    .execute();
}

export async function hasReplies(db: Db, id: string): Promise<boolean> {
  return (await review(db).selectFrom('item_comments').select('id').where('parent_id', '=', id).limit(1).executeTakeFirst()) !== undefined;
}

export async function deleteComment(db: Db, id: string): Promise<void> {
  await review(db).deleteFrom('item_comments').where('id', '=', id).execute();
}

// ---- views

export interface ItemView {
  version: number;
  previousVersion: number | null;
  seenAt: string;
}

export async function getView(db: Db, itemId: string, personId: string): Promise<ItemView | undefined> {
  const row = await review(db).selectFrom('item_views').select(['version', 'previous_version', 'seen_at']).where('item_id', '=', itemId).where('person_id', '=', personId).executeTakeFirst();
  return row ? { version: row.version, previousVersion: row.previous_version, seenAt: row.seen_at } : undefined;
}

export async function viewsOf(db: Db, personId: string, itemIds: readonly string[]): Promise<Map<string, ItemView>> {
  if (itemIds.length === 0) return new Map();
  const rows = await review(db).selectFrom('item_views').selectAll().where('person_id', '=', personId).where('item_id', 'in', [...itemIds]).execute();
  return new Map(rows.map((row) => [row.item_id, { version: row.version, previousVersion: row.previous_version, seenAt: row.seen_at }]));
}

export async function putView(db: Db, itemId: string, personId: string, view: ItemView): Promise<void> {
  const columns = { version: view.version, previous_version: view.previousVersion, seen_at: view.seenAt };
  await review(db)
    .insertInto('item_views')
    .values({ item_id: itemId, person_id: personId, ...columns })
    .onConflict((oc) => oc.columns(['item_id', 'person_id']).doUpdateSet(columns))
    .execute();
}
