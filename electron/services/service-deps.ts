// What a service needs from the open database; the handlers fetch it per call, so that after
// a startup error every project channel answers DB_UNAVAILABLE and recovery swaps it in place.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export interface ServiceDeps {
  db: Kysely<Database>;
  now: () => Date;
  newId: () => string;
}

export function serviceDeps(db: Kysely<Database>): ServiceDeps {
  return { db, now: () => new Date(), newId: () => randomUUID() };
}
