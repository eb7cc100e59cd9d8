// What a service needs from the open database; the handlers fetch it per call, so that after
// a startup error every project channel answers DB_UNAVAILABLE and recovery swaps it in place.
import { randomUUID } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { ProjectCache } from './projects/project-cache';
import { newSessionMemory } from './session/session-memory';
import type { SessionMemory } from './session/session-memory';

export interface ServiceDeps {
  db: Kysely<Database>;
  /** The same connection raw, for the few synchronous reads (the register's ordered ids). */
  sqlite: BetterSqlite3.Database;
  now: () => Date;
  newId: () => string;
  /** One per open database, shared by every ProjectService call on it. */
  projectCache: ProjectCache;
  /** Who is using this app instance (issue 9): the actor of every version, comment and review step. */
  session: SessionMemory;
}

/** `session`: the app instance's memory of its user, kept across a recovery; a fresh one by default. */
export function serviceDeps(db: Kysely<Database>, sqlite: BetterSqlite3.Database, session: SessionMemory = newSessionMemory()): ServiceDeps {
  return {
    db,
    sqlite,
    now: () => new Date(),
    newId: () => randomUUID(),
    projectCache: new ProjectCache(() => sqlite.pragma('data_version', { simple: true }) as number),
    session,
  };
}
