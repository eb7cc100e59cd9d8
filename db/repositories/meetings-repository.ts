// All SQL of meetings and their agenda entries (sections), migration 008. Meetings are deleted
// softly (their number is free again); sections go with the meeting's agenda and are deleted for
// real, so their item is free for another meeting.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { AttendanceEvent, Meeting, MeetingAttendee, MeetingSection, MeetingStatus, MinutesChecked, SectionHandling, SectionOutcome, StandardItemKind } from '../../shared/domain/meeting';
import { poolOutcomes } from '../../shared/domain/meeting';
import type { RichDoc } from '../../shared/domain/rich-text';
import type { MeetingSummary, PoolItem } from '../../shared/ipc/channels/meetings';
import type { Database } from '../schema';
import type { ItemTables } from './items-repository';

export type MeetingsTable = {
  id: string;
  body_id: string;
  body_name: string;
  year: number;
  number: number;
  date: string;
  start_time: string;
  end_time: string;
  place: string;
  status: string;
  /** JSON: MeetingAttendee[], AttendanceEvent[], string[], MinutesChecked | null. */
  attendees: string;
  events: string;
  chair_id: string | null;
  secretary_id: string | null;
  checker_ids: string;
  minutes_checked: string | null;
  public_display: string;
  is_sample: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
};

export type MeetingSectionsTable = {
  id: string;
  meeting_id: string;
  item_id: string;
  /** The meeting's body and year, so one index keeps § unique per body and year. */
  body_id: string;
  year: number;
  position: number;
  section_number: number | null;
  standard_kind: string | null;
  /** JSON: SectionHandling, RichDoc | null. */
  handling: string;
  outcome: string | null;
  handling_text: string | null;
  outcome_decision: string | null;
  updated_at: string;
};

export type MeetingTables = ItemTables & { meetings: MeetingsTable; meeting_sections: MeetingSectionsTable };

type Db = Kysely<Database>;

export function meetingTables(db: Db): Kysely<Database & MeetingTables> {
  return db.withTables<MeetingTables>();
}

/** Meetings whose agenda still holds their items: not yet checked. */
export const unfinishedStatuses: readonly MeetingStatus[] = ['suunniteltu', 'esityslista_lahetetty', 'kokouksessa', 'paattynyt'];

const nullableJson = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

function rowToMeeting(row: MeetingsTable): Meeting {
  return {
    id: row.id,
    bodyId: row.body_id,
    bodyName: row.body_name,
    year: row.year,
    number: row.number,
    date: row.date,
    startTime: row.start_time,
    endTime: row.end_time,
    place: row.place,
    status: row.status as MeetingStatus,
    attendees: JSON.parse(row.attendees) as MeetingAttendee[],
    events: JSON.parse(row.events) as AttendanceEvent[],
    chairId: row.chair_id,
    secretaryId: row.secretary_id,
    checkerIds: JSON.parse(row.checker_ids) as string[],
    minutesChecked: row.minutes_checked === null ? null : (JSON.parse(row.minutes_checked) as MinutesChecked),
    publicDisplay: row.public_display,
    isSample: row.is_sample === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function meetingToColumns(meeting: Meeting): Omit<MeetingsTable, 'deleted_at'> {
  return {
    id: meeting.id,
    body_id: meeting.bodyId,
    body_name: meeting.bodyName,
    year: meeting.year,
    number: meeting.number,
    date: meeting.date,
    start_time: meeting.startTime,
    end_time: meeting.endTime,
    place: meeting.place,
    status: meeting.status,
    attendees: JSON.stringify(meeting.attendees),
    events: JSON.stringify(meeting.events),
    chair_id: meeting.chairId,
    secretary_id: meeting.secretaryId,
    checker_ids: JSON.stringify(meeting.checkerIds),
    minutes_checked: nullableJson(meeting.minutesChecked),
    public_display: meeting.publicDisplay,
    is_sample: meeting.isSample ? 1 : 0,
    created_at: meeting.createdAt,
    updated_at: meeting.updatedAt,
  };
}

function rowToSection(row: MeetingSectionsTable): MeetingSection {
  return {
    id: row.id,
    meetingId: row.meeting_id,
    itemId: row.item_id,
    position: row.position,
    sectionNumber: row.section_number,
    standardKind: row.standard_kind as StandardItemKind | null,
    handling: JSON.parse(row.handling) as SectionHandling,
    outcome: row.outcome as SectionOutcome | null,
    handlingText: row.handling_text === null ? null : (JSON.parse(row.handling_text) as RichDoc),
    outcomeDecision: row.outcome_decision === null ? null : (JSON.parse(row.outcome_decision) as RichDoc),
    updatedAt: row.updated_at,
  };
}

/** Live meetings of a year (or all), newest first, with their agenda's size and § range. */
export async function listMeetings(db: Db, year: number | null): Promise<MeetingSummary[]> {
  let query = meetingTables(db)
    .selectFrom('meetings')
    .leftJoin('meeting_sections', 'meeting_sections.meeting_id', 'meetings.id')
    .select((eb) => [
      'meetings.id',
      'meetings.body_id',
      'meetings.body_name',
      'meetings.year',
      'meetings.number',
      'meetings.date',
      'meetings.start_time',
      'meetings.place',
      'meetings.status',
      'meetings.is_sample',
      eb.fn.count<number>('meeting_sections.id').as('section_count'),
      eb.fn.min<number | null>('meeting_sections.section_number').as('first_section'),
      eb.fn.max<number | null>('meeting_sections.section_number').as('last_section'),
    ])
    .where('meetings.deleted_at', 'is', null)
    .groupBy('meetings.id');
  if (year !== null) query = query.where('meetings.year', '=', year);
  const rows = await query.orderBy('meetings.date', 'desc').orderBy('meetings.number', 'desc').orderBy('meetings.body_name').execute();
  return rows.map((row) => ({
    id: row.id,
    bodyId: row.body_id,
    bodyName: row.body_name,
    year: row.year,
    number: row.number,
    date: row.date,
    startTime: row.start_time,
    place: row.place,
    status: row.status as MeetingStatus,
    sectionCount: row.section_count,
    firstSection: row.first_section,
    lastSection: row.last_section,
    isSample: row.is_sample === 1,
  }));
}

export async function getMeeting(db: Db, id: string): Promise<Meeting | undefined> {
  const row = await meetingTables(db).selectFrom('meetings').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return row ? rowToMeeting(row) : undefined;
}

export async function insertMeeting(db: Db, meeting: Meeting): Promise<void> {
  await meetingTables(db).insertInto('meetings').values({ ...meetingToColumns(meeting), deleted_at: null }).execute();
}

/** Rewrites every column of a live meeting but its identity and creation. */
export async function updateMeeting(db: Db, meeting: Meeting): Promise<boolean> {
  const columns: Partial<MeetingsTable> = meetingToColumns(meeting);
  delete columns.id;
  delete columns.created_at;
  const result = await meetingTables(db).updateTable('meetings').set(columns).where('id', '=', meeting.id).where('deleted_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function softDeleteMeeting(db: Db, id: string, now: string): Promise<boolean> {
  const result = await meetingTables(db).updateTable('meetings').set({ deleted_at: now, updated_at: now }).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Whether a live meeting of the body has this number in the year (other than `exceptId`). */
export async function isNumberTaken(db: Db, bodyId: string, year: number, number: number, exceptId: string | null): Promise<boolean> {
  let query = meetingTables(db).selectFrom('meetings').select('id').where('body_id', '=', bodyId).where('year', '=', year).where('number', '=', number).where('deleted_at', 'is', null);
  if (exceptId !== null) query = query.where('id', '!=', exceptId);
  return (await query.limit(1).executeTakeFirst()) !== undefined;
}

export async function maxMeetingNumber(db: Db, bodyId: string, year: number): Promise<number> {
  const row = await meetingTables(db)
    .selectFrom('meetings')
    .select((eb) => eb.fn.max<number | null>('number').as('max'))
    .where('body_id', '=', bodyId)
    .where('year', '=', year)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return row?.max ?? 0;
}

export async function countMeetingsOfBody(db: Db, bodyId: string): Promise<number> {
  const row = await meetingTables(db).selectFrom('meetings').select((eb) => eb.fn.countAll<number>().as('n')).where('body_id', '=', bodyId).where('deleted_at', 'is', null).executeTakeFirst();
  return row?.n ?? 0;
}

/** The §§ already given in the body's year by its meetings numbered before this one. */
export async function sectionNumbersBefore(db: Db, bodyId: string, year: number, meetingNumber: number): Promise<number[]> {
  const rows = await meetingTables(db)
    .selectFrom('meeting_sections')
    .innerJoin('meetings', 'meetings.id', 'meeting_sections.meeting_id')
    .select('meeting_sections.section_number')
    .where('meeting_sections.body_id', '=', bodyId)
    .where('meeting_sections.year', '=', year)
    .where('meeting_sections.section_number', 'is not', null)
    .where('meetings.number', '<', meetingNumber)
    .where('meetings.deleted_at', 'is', null)
    .execute();
  return rows.map((row) => row.section_number).filter((n): n is number => n !== null);
}

/** The first of `numbers` that another meeting of the body holds in the year, with that meeting's number. */
export async function meetingHoldingNumber(db: Db, bodyId: string, year: number, numbers: readonly number[], exceptMeetingId: string): Promise<{ meetingNumber: number; sectionNumber: number } | undefined> {
  if (numbers.length === 0) return undefined;
  const row = await meetingTables(db)
    .selectFrom('meeting_sections')
    .innerJoin('meetings', 'meetings.id', 'meeting_sections.meeting_id')
    .select(['meetings.number as meeting_number', 'meeting_sections.section_number'])
    .where('meeting_sections.body_id', '=', bodyId)
    .where('meeting_sections.year', '=', year)
    .where('meeting_sections.meeting_id', '!=', exceptMeetingId)
    .where('meeting_sections.section_number', 'in', [...numbers])
    .orderBy('meeting_sections.section_number')
    .limit(1)
    .executeTakeFirst();
  return row && row.section_number !== null ? { meetingNumber: row.meeting_number, sectionNumber: row.section_number } : undefined;
}

export async function listSections(db: Db, meetingId: string): Promise<MeetingSection[]> {
  const rows = await meetingTables(db).selectFrom('meeting_sections').selectAll().where('meeting_id', '=', meetingId).orderBy('position').orderBy('id').execute();
  return rows.map(rowToSection);
}

export async function getSection(db: Db, id: string): Promise<MeetingSection | undefined> {
  const row = await meetingTables(db).selectFrom('meeting_sections').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToSection(row) : undefined;
}

export async function insertSection(db: Db, section: MeetingSection, meeting: Pick<Meeting, 'bodyId' | 'year'>): Promise<void> {
  await meetingTables(db)
    .insertInto('meeting_sections')
    .values({
      id: section.id,
      meeting_id: section.meetingId,
      item_id: section.itemId,
      body_id: meeting.bodyId,
      year: meeting.year,
      position: section.position,
      section_number: section.sectionNumber,
      standard_kind: section.standardKind,
      handling: JSON.stringify(section.handling),
      outcome: section.outcome,
      handling_text: nullableJson(section.handlingText),
      outcome_decision: nullableJson(section.outcomeDecision),
      updated_at: section.updatedAt,
    })
    .execute();
}

/** The record kept at the table (not the order or the number, which the agenda keeps). */
export async function updateSectionRecord(db: Db, section: MeetingSection): Promise<void> {
  await meetingTables(db)
    .updateTable('meeting_sections')
    .set({
      handling: JSON.stringify(section.handling),
      outcome: section.outcome,
      handling_text: nullableJson(section.handlingText),
      outcome_decision: nullableJson(section.outcomeDecision),
      updated_at: section.updatedAt,
    })
    .where('id', '=', section.id)
    .execute();
}

export async function deleteSection(db: Db, id: string): Promise<void> {
  await meetingTables(db).deleteFrom('meeting_sections').where('id', '=', id).execute();
}

export async function deleteSectionsOf(db: Db, meetingId: string): Promise<void> {
  await meetingTables(db).deleteFrom('meeting_sections').where('meeting_id', '=', meetingId).execute();
}

/** The agenda's order: position and § of each section as given, the § cleared first so the unique index never sees two at once. */
export async function writeOrder(db: Db, meeting: Pick<Meeting, 'id' | 'bodyId' | 'year'>, order: readonly { id: string; position: number; sectionNumber: number | null }[]): Promise<void> {
  const tables = meetingTables(db);
  await tables.updateTable('meeting_sections').set({ section_number: null }).where('meeting_id', '=', meeting.id).execute();
  for (const entry of order) {
    await tables
      .updateTable('meeting_sections')
      .set({ position: entry.position, section_number: entry.sectionNumber, body_id: meeting.bodyId, year: meeting.year })
      .where('id', '=', entry.id)
      .execute();
  }
}

/** A section of the item on a meeting that still holds it: unfinished, and not sent back to the pool. */
export async function activeSectionOfItem(db: Db, itemId: string): Promise<{ sectionId: string; meetingId: string; meetingNumber: number; year: number; status: MeetingStatus } | undefined> {
  const row = await meetingTables(db)
    .selectFrom('meeting_sections')
    .innerJoin('meetings', 'meetings.id', 'meeting_sections.meeting_id')
    .select(['meeting_sections.id as section_id', 'meetings.id as meeting_id', 'meetings.number', 'meetings.year', 'meetings.status'])
    .where('meeting_sections.item_id', '=', itemId)
    .where('meetings.deleted_at', 'is', null)
    .where((eb) => eb.or([eb('meeting_sections.outcome', 'is', null), eb('meeting_sections.outcome', 'not in', [...poolOutcomes])]))
    .where('meetings.status', 'in', [...unfinishedStatuses])
    .orderBy('meetings.date', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { sectionId: row.section_id, meetingId: row.meeting_id, meetingNumber: row.number, year: row.year, status: row.status as MeetingStatus } : undefined;
}

/** Approved items not on an unfinished meeting: what can be put on an agenda. */
export async function poolItems(db: Db): Promise<PoolItem[]> {
  const tables = meetingTables(db);
  const rows = await tables
    .selectFrom('agenda_items')
    .select(['agenda_items.id', 'agenda_items.title', 'agenda_items.case_number', 'agenda_items.earlier_handling', 'agenda_items.updated_at'])
    .where('agenda_items.deleted_at', 'is', null)
    .where('agenda_items.status', '=', 'hyvaksytty')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('meeting_sections')
            .innerJoin('meetings', 'meetings.id', 'meeting_sections.meeting_id')
            .select(sql<number>`1`.as('one'))
            .whereRef('meeting_sections.item_id', '=', 'agenda_items.id')
            .where('meetings.deleted_at', 'is', null)
            .where('meetings.status', 'in', [...unfinishedStatuses])
            .where((eb) => eb.or([eb('meeting_sections.outcome', 'is', null), eb('meeting_sections.outcome', 'not in', [...poolOutcomes])])),
        ),
      ),
    )
    .orderBy('agenda_items.updated_at', 'desc')
    .orderBy('agenda_items.id')
    .execute();
  return rows.map((row) => ({ id: row.id, title: row.title, caseNumber: row.case_number, earlierHandling: row.earlier_handling, updatedAt: row.updated_at }));
}

export interface SectionItemRow {
  id: string;
  title: string;
  case_number: string;
  status: string;
  publicity: string;
  presenter_name: string;
  presenter_title: string;
  earlier_handling: string;
  decision: string | null;
  updated_at: string;
}

/** What the meeting screens show of the agenda's items, in one query. */
export async function sectionItemRows(db: Db, itemIds: readonly string[]): Promise<SectionItemRow[]> {
  if (itemIds.length === 0) return [];
  return meetingTables(db)
    .selectFrom('agenda_items')
    .select(['id', 'title', 'case_number', 'status', 'publicity', 'presenter_name', 'presenter_title', 'earlier_handling', 'decision', 'updated_at'])
    .where('id', 'in', [...itemIds])
    .execute();
}
