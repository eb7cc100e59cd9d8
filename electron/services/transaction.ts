// One transaction per service action (BEGIN IMMEDIATE, db/sqlite-dialect.ts). An action called
// inside another's transaction joins it, so a composite job (the demo's meetings, made through
// the same services as the screens) is all or nothing.
import type { ServiceDeps } from './service-deps';

type Db = ServiceDeps['db'];

export function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
