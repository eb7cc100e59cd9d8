// All SQL of agenda items, their preparers and versions (migration 002). Callers pass a Kysely
// instance or a transaction typed with the base schema; the item tables are added here.
import { sql } from 'kysely';
import type { Generated, Kysely } from 'kysely';
import type { ItemAppeal } from '../../shared/domain/appeal';
import type { AgendaItem, ItemStatus, Publicity, AttachmentRef } from '../../shared/domain/item';
import type { ItemQuery } from '../../shared/domain/item-schema';
import { richToPlainText } from '../../shared/domain/rich-text';
import type { RichDoc } from '../../shared/domain/rich-text';
import type { ItemSummary } from '../../shared/ipc/channels/items';
import type { Database } from '../schema';
import { searchFold } from '../text-keys';
import { searchWordConditions } from './search-match';

// A type alias, not an interface: Kysely's withTables needs an index-signature-compatible type.
export type AgendaItemsTable = {
  id: string;
  title: string;
  title_sv: string;
  case_number: string;
  earlier_handling: string;
  body_name: string;
  meeting_date: string | null;
  meeting_number: string;
  agenda_number: number | null;
  section_number: number | null;
  /** JSON columns: the editor's RichDoc (background, proposal, decision and their Swedish), AttachmentRef[], string[], ItemAppeal, Publicity. */
  background: string;
  attachments: string;
  supplementary: string;
  presenter_title: string;
  presenter_name: string;
  proposal: string;
  proposal_sv: string | null;
  decision: string | null;
  decision_sv: string | null;
  for_information: string;
  implementation: string;
  appeal: string;
  publicity: string;
  year_to_check: number | null;
  status: string;
  /** Folded title, case number and background text; written by this module. */
  search_text: string;
  is_sample: number;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
};

export type ItemPreparersTable = {
  item_id: string;
  person_id: string;
  position: number;
};

/** 'restore' = out of the wastebasket; 'restoreVersion' = an old version's content as a new one; 'wordImport' = a returned review copy's changes (migration 009). */
export const versionReasons = ['create', 'update', 'status', 'decision', 'delete', 'restore', 'restoreVersion', 'wordImport'] as const;
export type VersionReason = (typeof versionReasons)[number];

export type ItemVersionsTable = {
  item_id: string;
  version: number;
  reason: VersionReason;
  status: string;
  created_at: string;
  updated_at: string;
  /** The whole AgendaItem as JSON. */
  snapshot: string;
  /** Who wrote it (migration 009): the person's id (no foreign key: the name stays after a removal) and name then. */
  author_id: string | null;
  author_name: Generated<string>;
  /** VersionChangeSummary JSON; SQL NULL = not computed yet (written before 009), JSON null = the first version. */
  summary: string | null;
  note: Generated<string>;
};

export type ItemTables = {
  agenda_items: AgendaItemsTable;
  item_preparers: ItemPreparersTable;
  item_versions: ItemVersionsTable;
};

type Db = Kysely<Database>;

export function items(db: Db): Kysely<Database & ItemTables> {
  return db.withTables<ItemTables>();
}

const parseJson = (json: string): unknown => JSON.parse(json);
const parseNullableJson = (json: string | null): unknown => (json === null ? null : JSON.parse(json));
const nullableJson = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

function searchTextOf(item: AgendaItem): string {
  return searchFold([item.title, item.titleSv, item.caseNumber, richToPlainText(item.background)].join(' '));
}

export function itemToColumns(item: AgendaItem, version: number): AgendaItemsTable {
  return {
    id: item.id,
    title: item.title,
    title_sv: item.titleSv,
    case_number: item.caseNumber,
    earlier_handling: item.earlierHandling,
    body_name: item.bodyName,
    meeting_date: item.meetingDate,
    meeting_number: item.meetingNumber,
    agenda_number: item.agendaNumber,
    section_number: item.sectionNumber,
    background: JSON.stringify(item.background),
    attachments: JSON.stringify(item.attachments),
    supplementary: JSON.stringify(item.supplementary),
    presenter_title: item.presenterTitle,
    presenter_name: item.presenterName,
    proposal: JSON.stringify(item.proposal),
    proposal_sv: nullableJson(item.proposalSv),
    decision: nullableJson(item.decision),
    decision_sv: nullableJson(item.decisionSv),
    for_information: JSON.stringify(item.forInformation),
    implementation: JSON.stringify(item.implementation),
    appeal: JSON.stringify(item.appeal),
    publicity: JSON.stringify(item.publicity),
    year_to_check: item.yearToCheck,
    status: item.status,
    search_text: searchTextOf(item),
    is_sample: item.isSample ? 1 : 0,
    version,
    created_at: item.createdAt,
    updated_at: item.updatedAt,
    deleted_at: null,
  };
}

function rowToItem(row: AgendaItemsTable, preparerIds: string[]): AgendaItem {
  return {
    id: row.id,
    title: row.title,
    titleSv: row.title_sv,
    caseNumber: row.case_number,
    earlierHandling: row.earlier_handling,
    bodyName: row.body_name,
    meetingDate: row.meeting_date,
    meetingNumber: row.meeting_number,
    agendaNumber: row.agenda_number,
    sectionNumber: row.section_number,
    preparerIds,
    background: parseJson(row.background) as RichDoc,
    attachments: parseJson(row.attachments) as AttachmentRef[],
    supplementary: parseJson(row.supplementary) as AttachmentRef[],
    presenterTitle: row.presenter_title,
    presenterName: row.presenter_name,
    proposal: parseJson(row.proposal) as RichDoc,
    proposalSv: parseNullableJson(row.proposal_sv) as RichDoc | null,
    decision: parseNullableJson(row.decision) as RichDoc | null,
    decisionSv: parseNullableJson(row.decision_sv) as RichDoc | null,
    forInformation: parseJson(row.for_information) as string[],
    implementation: parseJson(row.implementation) as string[],
    appeal: parseJson(row.appeal) as ItemAppeal,
    publicity: parseJson(row.publicity) as Publicity,
    yearToCheck: row.year_to_check,
    status: row.status as ItemStatus,
    isSample: row.is_sample === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Live items, newest meeting first (items with no meeting yet, the work in progress, on top), then latest edit. */
export async function listItems(db: Db, query: ItemQuery): Promise<ItemSummary[]> {
  let builder = items(db)
    .selectFrom('agenda_items')
    .select(['id', 'title', 'case_number', 'status', 'meeting_date', 'updated_at'])
    .where('deleted_at', 'is', null);
  if (query.statuses.length > 0) builder = builder.where('status', 'in', query.statuses);
  if (query.meetingDate !== null) builder = builder.where('meeting_date', '=', query.meetingDate);
  for (const condition of searchWordConditions(sql.ref<string>('search_text'), query.search)) builder = builder.where(condition);
  const rows = await builder
    .orderBy((eb) => eb('meeting_date', 'is', null), 'desc')
    .orderBy('meeting_date', 'desc')
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    caseNumber: row.case_number,
    status: row.status as ItemStatus,
    meetingDate: row.meeting_date,
    updatedAt: row.updated_at,
  }));
}

async function preparerIdsOf(db: Db, itemId: string): Promise<string[]> {
  const rows = await items(db).selectFrom('item_preparers').select('person_id').where('item_id', '=', itemId).orderBy('position').execute();
  return rows.map((row) => row.person_id);
}

async function getRow(db: Db, id: string, deleted: boolean): Promise<AgendaItem | undefined> {
  const row = await items(db)
    .selectFrom('agenda_items')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', deleted ? 'is not' : 'is', null)
    .executeTakeFirst();
  return row ? rowToItem(row, await preparerIdsOf(db, id)) : undefined;
}

/** A live (not deleted) item, or undefined. */
export async function getItem(db: Db, id: string): Promise<AgendaItem | undefined> {
  return getRow(db, id, false);
}

export async function getDeletedItem(db: Db, id: string): Promise<AgendaItem | undefined> {
  return getRow(db, id, true);
}

/** The stored version counter of a live item. */
export async function currentVersion(db: Db, id: string): Promise<number | undefined> {
  const row = await items(db).selectFrom('agenda_items').select('version').where('id', '=', id).executeTakeFirst();
  return row?.version;
}

async function writePreparers(db: Db, item: AgendaItem): Promise<void> {
  await items(db).deleteFrom('item_preparers').where('item_id', '=', item.id).execute();
  if (item.preparerIds.length === 0) return;
  await items(db)
    .insertInto('item_preparers')
    .values(item.preparerIds.map((personId, position) => ({ item_id: item.id, person_id: personId, position })))
    .execute();
}

export async function insertItem(db: Db, item: AgendaItem, version: number): Promise<void> {
  await items(db).insertInto('agenda_items').values(itemToColumns(item, version)).execute();
  await writePreparers(db, item);
}

/** Rewrites every column of a live item; returns whether it existed. */
export async function updateItem(db: Db, item: AgendaItem, version: number): Promise<boolean> {
  const columns: Partial<AgendaItemsTable> = itemToColumns(item, version);
  // Identity, creation time and deletion are not the editor's to change.
  delete columns.id;
  delete columns.created_at;
  delete columns.deleted_at;
  const result = await items(db).updateTable('agenda_items').set(columns).where('id', '=', item.id).where('deleted_at', 'is', null).executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  await writePreparers(db, item);
  return true;
}

export async function setDeletedAt(db: Db, id: string, deletedAt: string | null, version: number): Promise<boolean> {
  const result = await items(db)
    .updateTable('agenda_items')
    .set({ deleted_at: deletedAt, version })
    .where('id', '=', id)
    .where('deleted_at', deletedAt === null ? 'is not' : 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Titles of live items naming a person as preparer (people:delete refuses while any exist). */
export async function itemsNamingPerson(db: Db, personId: string): Promise<{ id: string; title: string }[]> {
  return items(db)
    .selectFrom('item_preparers')
    .innerJoin('agenda_items', 'agenda_items.id', 'item_preparers.item_id')
    .select(['agenda_items.id', 'agenda_items.title'])
    .where('item_preparers.person_id', '=', personId)
    .where('agenda_items.deleted_at', 'is', null)
    .orderBy('agenda_items.updated_at', 'desc')
    .execute();
}

export async function existingPersonIds(db: Db, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('people').select('id').where('id', 'in', [...ids]).execute();
  return new Set(rows.map((row) => row.id));
}

export async function hasSampleItems(db: Db): Promise<boolean> {
  const row = await items(db).selectFrom('agenda_items').select('id').where('is_sample', '=', 1).limit(1).executeTakeFirst();
  return row !== undefined;
}


/** What the review queue needs of the items in review (issue 9), without parsing their texts. */
export interface InReviewRow {
  summary: ItemSummary;
  presenterName: string;
  version: number;
}

export async function itemsInReview(db: Db): Promise<InReviewRow[]> {
  const rows = await items(db)
    .selectFrom('agenda_items')
    .select(['id', 'title', 'case_number', 'status', 'meeting_date', 'updated_at', 'presenter_name', 'version'])
    .where('deleted_at', 'is', null)
    .where('status', '=', 'tarkastettavana')
    .orderBy('updated_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    summary: { id: row.id, title: row.title, caseNumber: row.case_number, status: row.status as ItemStatus, meetingDate: row.meeting_date, updatedAt: row.updated_at },
    presenterName: row.presenter_name,
    version: row.version,
  }));
}
