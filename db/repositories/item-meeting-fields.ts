// The meeting's data on its agenda items (issue 8) in few statements: a reorder of a 40-§ meeting
// renumbers 40 items. Only the five meeting columns change, so each item's version is written in
// SQL from its latest snapshot (json_set) instead of reading and rewriting every whole item: the
// latest version within the coalescing window takes the new values, else a new version is added,
// as the item service does for any other update.
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { AgendaItem } from '../../shared/domain/item';
import type { Actor } from '../../shared/domain/review';
import type { Database } from '../schema';
import { items } from './items-repository';

type Db = Kysely<Database>;

export type MeetingFieldValues = Pick<AgendaItem, 'bodyName' | 'meetingDate' | 'meetingNumber' | 'agendaNumber' | 'sectionNumber'>;

interface Stored extends MeetingFieldValues {
  id: string;
  version: number;
  updatedAt: string;
  latestReason: string;
  latestCreatedAt: string;
  latestAuthorId: string | null;
}

async function storedFields(db: Db, ids: readonly string[]): Promise<Stored[]> {
  if (ids.length === 0) return [];
  const rows = await items(db)
    .selectFrom('agenda_items')
    .innerJoin('item_versions', (join) => join.onRef('item_versions.item_id', '=', 'agenda_items.id').onRef('item_versions.version', '=', 'agenda_items.version'))
    .select([
      'agenda_items.id',
      'agenda_items.body_name',
      'agenda_items.meeting_date',
      'agenda_items.meeting_number',
      'agenda_items.agenda_number',
      'agenda_items.section_number',
      'agenda_items.version',
      'agenda_items.updated_at',
      'item_versions.reason',
      'item_versions.created_at',
      'item_versions.author_id',
    ])
    .where('agenda_items.id', 'in', [...ids])
    .where('agenda_items.deleted_at', 'is', null)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    bodyName: row.body_name,
    meetingDate: row.meeting_date,
    meetingNumber: row.meeting_number,
    agendaNumber: row.agenda_number,
    sectionNumber: row.section_number,
    version: row.version,
    updatedAt: row.updated_at,
    latestReason: row.reason,
    latestCreatedAt: row.created_at,
    latestAuthorId: row.author_id,
  }));
}

const same = (a: MeetingFieldValues, b: MeetingFieldValues) =>
  a.bodyName === b.bodyName && a.meetingDate === b.meetingDate && a.meetingNumber === b.meetingNumber && a.agendaNumber === b.agendaNumber && a.sectionNumber === b.sectionNumber;

/**
 * Sets the meeting data of the items whose stored values differ; returns the ids written.
 * `stamp(previous)` gives an item's new updatedAt; `now` is the version time.
 */
export async function setMeetingFields(db: Db, wanted: ReadonlyMap<string, MeetingFieldValues>, stamp: (previous: string) => string, now: Date, coalesceMs: number, author: Actor): Promise<string[]> {
  const written: string[] = [];
  for (const stored of await storedFields(db, [...wanted.keys()])) {
    const next = wanted.get(stored.id);
    if (next === undefined || same(stored, next)) continue;
    const updatedAt = stamp(stored.updatedAt);
    const coalesce = stored.latestReason === 'update' && stored.latestAuthorId === author.personId && now.getTime() - Date.parse(stored.latestCreatedAt) < coalesceMs;
    const version = coalesce ? stored.version : stored.version + 1;
    const snapshot = sql<string>`json_set(snapshot, '$.bodyName', ${next.bodyName}, '$.meetingDate', ${next.meetingDate}, '$.meetingNumber', ${next.meetingNumber}, '$.agendaNumber', ${next.agendaNumber}, '$.sectionNumber', ${next.sectionNumber}, '$.updatedAt', ${updatedAt})`;
    const at = now.toISOString();
    if (coalesce) {
      // The summary against the version before is computed again when the history is next read.
      await items(db).updateTable('item_versions').set({ snapshot, updated_at: at, summary: null }).where('item_id', '=', stored.id).where('version', '=', stored.version).execute();
    } else {
      await items(db)
        .insertInto('item_versions')
        .columns(['item_id', 'version', 'reason', 'status', 'created_at', 'updated_at', 'snapshot', 'author_id', 'author_name'])
        .expression((eb) =>
          eb
            .selectFrom('item_versions')
            .select([
              'item_id',
              sql<number>`${version}`.as('version'),
              sql<string>`'update'`.as('reason'),
              'status',
              sql<string>`${at}`.as('created_at'),
              sql<string>`${at}`.as('updated_at'),
              snapshot.as('snapshot'),
              sql<string | null>`${author.personId}`.as('author_id'),
              sql<string>`${author.name}`.as('author_name'),
            ])
            .where('item_id', '=', stored.id)
            .where('version', '=', stored.version),
        )
        .execute();
    }
    await items(db)
      .updateTable('agenda_items')
      .set({ body_name: next.bodyName, meeting_date: next.meetingDate, meeting_number: next.meetingNumber, agenda_number: next.agendaNumber, section_number: next.sectionNumber, updated_at: updatedAt, version })
      .where('id', '=', stored.id)
      .execute();
    written.push(stored.id);
  }
  return written;
}
