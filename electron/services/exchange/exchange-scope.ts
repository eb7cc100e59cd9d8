// Which records an exchange file carries. 'all': everything not deleted; 'meeting': the meeting,
// its sections' items, its body and the people the items name, and the body's earlier meetings of
// the same year (the laptop opening the meeting continues their § numbers: without them it would
// start from § 1 and the office could not take the minutes back); 'item': the item and its people.
// Whatever an included record refers to (a section's item, a meeting's body, an item's preparer)
// comes along, so the receiver can store every row.
import type BetterSqlite3 from 'better-sqlite3';
import type { ExchangeKind, ExchangeScope } from '../../../shared/domain/exchange';
import { assertNever, ServiceError } from '../../../shared/errors';
import { writeOrder } from './exchange-records';

export type RecordKey = { kind: ExchangeKind; id: string };

function ids(sqlite: BetterSqlite3.Database, query: string, ...params: string[]): string[] {
  return sqlite.prepare(query).pluck().all(...params) as string[];
}

class KeySet {
  private readonly seen = new Map<ExchangeKind, Set<string>>();

  add(kind: ExchangeKind, list: readonly (string | null)[]): void {
    let set = this.seen.get(kind);
    if (!set) {
      set = new Set();
      this.seen.set(kind, set);
    }
    for (const id of list) if (id !== null) set.add(id);
  }

  of(kind: ExchangeKind): string[] {
    return [...(this.seen.get(kind) ?? [])];
  }
}

const placeholders = (list: readonly string[]): string => list.map(() => '?').join(', ');

/** Adds what the chosen meetings and items refer to: sections' items and bodies, items' people. */
function addReferences(sqlite: BetterSqlite3.Database, keys: KeySet): void {
  const meetings = keys.of('meeting');
  if (meetings.length > 0) {
    keys.add('item', ids(sqlite, `SELECT item_id FROM meeting_sections WHERE meeting_id IN (${placeholders(meetings)})`, ...meetings));
    keys.add('body', ids(sqlite, `SELECT body_id FROM meetings WHERE id IN (${placeholders(meetings)})`, ...meetings));
    keys.add('body', ids(sqlite, `SELECT body_id FROM meeting_sections WHERE meeting_id IN (${placeholders(meetings)})`, ...meetings));
  }
  const appealTexts = keys.of('appealText');
  if (appealTexts.length > 0) keys.add('body', ids(sqlite, `SELECT body_id FROM appeal_texts WHERE id IN (${placeholders(appealTexts)}) AND body_id IS NOT NULL`, ...appealTexts));
  const items = keys.of('item');
  if (items.length > 0) {
    const inItems = placeholders(items);
    // The people an item names: its preparers, the authors of its comments and review steps.
    keys.add(
      'person',
      ids(
        sqlite,
        `SELECT person_id FROM item_preparers WHERE item_id IN (${inItems})
         UNION SELECT author_id FROM item_comments WHERE item_id IN (${inItems}) AND author_id IN (SELECT id FROM people)
         UNION SELECT resolved_by_id FROM item_comments WHERE item_id IN (${inItems}) AND resolved_by_id IN (SELECT id FROM people)
         UNION SELECT actor_id FROM item_review_events WHERE item_id IN (${inItems}) AND actor_id IN (SELECT id FROM people)`,
        ...items,
        ...items,
        ...items,
        ...items,
      ),
    );
  }
}

/** The records of the scope, in write order (what is referred to first); NOT_FOUND for a missing meeting or item. */
export function recordKeys(sqlite: BetterSqlite3.Database, scope: ExchangeScope): RecordKey[] {
  const keys = new KeySet();
  switch (scope.kind) {
    case 'all':
      keys.add('person', ids(sqlite, 'SELECT id FROM people ORDER BY sort_order, id'));
      keys.add('body', ids(sqlite, 'SELECT id FROM bodies WHERE deleted_at IS NULL ORDER BY id'));
      keys.add('appealText', ids(sqlite, 'SELECT id FROM appeal_texts WHERE deleted_at IS NULL ORDER BY id'));
      keys.add('project', ids(sqlite, 'SELECT id FROM projects WHERE deleted_at IS NULL ORDER BY id'));
      keys.add('item', ids(sqlite, 'SELECT id FROM agenda_items WHERE deleted_at IS NULL ORDER BY id'));
      keys.add('meeting', ids(sqlite, 'SELECT id FROM meetings WHERE deleted_at IS NULL ORDER BY year, number, id'));
      break;
    case 'meeting':
      if (ids(sqlite, 'SELECT id FROM meetings WHERE id = ? AND deleted_at IS NULL', scope.id).length === 0) {
        throw new ServiceError('NOT_FOUND', `No meeting ${scope.id}`, [{ path: 'scope.id', message: 'exchange.error.meetingNotFound' }]);
      }
      keys.add('meeting', [scope.id]);
      keys.add(
        'meeting',
        ids(
          sqlite,
          `SELECT earlier.id FROM meetings AS earlier JOIN meetings AS chosen ON chosen.id = ?
           WHERE earlier.body_id = chosen.body_id AND earlier.year = chosen.year AND earlier.number < chosen.number AND earlier.deleted_at IS NULL`,
          scope.id,
        ),
      );
      break;
    case 'item':
      if (ids(sqlite, 'SELECT id FROM agenda_items WHERE id = ? AND deleted_at IS NULL', scope.id).length === 0) {
        throw new ServiceError('NOT_FOUND', `No agenda item ${scope.id}`, [{ path: 'scope.id', message: 'exchange.error.itemNotFound' }]);
      }
      keys.add('item', [scope.id]);
      break;
    default:
      return assertNever(scope);
  }
  addReferences(sqlite, keys);
  return writeOrder.flatMap((kind) => keys.of(kind).map((id) => ({ kind, id })));
}
