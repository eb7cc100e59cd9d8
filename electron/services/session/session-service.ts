// The current user (issue 9): one per app instance (SessionMemory), the last choice remembered in
// the settings. A database where no person has a role is permissive: every action is allowed and
// recorded with no author ({ personId: null, name: '' }); once anyone is a user the rules apply.
import type { Person } from '../../../shared/domain/item';
import type { Actor } from '../../../shared/domain/review';
import { ServiceError } from '../../../shared/errors';
import type { SessionState } from '../../../shared/ipc/channels/review';
import { getPerson, hasUsers, listUsers } from '../../../db/repositories/people-repository';
import { getSetting, setSetting } from '../../../db/repositories/settings-repository';
import type { ServiceDeps } from '../service-deps';
import { inTransaction } from '../transaction';
import { lastUserSettingKey } from './session-memory';

type Db = ServiceDeps['db'];

export const noActor: Actor = { personId: null, name: '' };

const isUser = (person: Person | undefined): person is Person => person !== undefined && person.role !== null;

/** The chosen user of this instance (the last choice of the settings at first), if still a user. */
export async function currentUser(deps: ServiceDeps, db: Db = deps.db): Promise<Person | null> {
  const memory = deps.session;
  if (!memory.restored) {
    const stored = await getSetting(db, lastUserSettingKey);
    memory.restored = true;
    if (memory.userId === null && typeof stored?.value === 'string') memory.userId = stored.value;
  }
  if (memory.userId === null) return null;
  const person = await getPerson(db, memory.userId);
  return isUser(person) ? person : null;
}

export const actorOfPerson = (person: Person | null): Actor => (person === null ? noActor : { personId: person.id, name: person.name });

/** Who is acting: the current user, or nobody (permissive database, or no one chosen yet). */
export async function currentActor(deps: ServiceDeps, db: Db = deps.db): Promise<Actor> {
  return actorOfPerson(await currentUser(deps, db));
}

export interface Reviewer {
  /** No person has a role: every action is allowed. */
  permissive: boolean;
  user: Person | null;
}

export async function reviewerOf(deps: ServiceDeps, db: Db = deps.db): Promise<Reviewer> {
  return { permissive: !(await hasUsers(db)), user: await currentUser(deps, db) };
}

export class SessionService {
  constructor(private readonly deps: ServiceDeps) {}

  async get(): Promise<SessionState> {
    return { user: await currentUser(this.deps), users: await listUsers(this.deps.db) };
  }

  /** One step on a shared laptop. Only a person with a role; the choice is remembered for the next start. */
  async setUser(personId: string): Promise<SessionState> {
    await inTransaction(this.deps.db, async (trx) => {
      const person = await getPerson(trx, personId);
      if (person === undefined) throw new ServiceError('NOT_FOUND', `No person ${personId}`, [{ path: 'personId', message: 'reviewService.error.userNotFound' }]);
      if (person.role === null) throw new ServiceError('VALIDATION', `Person ${personId} has no role`, [{ path: 'personId', message: 'reviewService.error.notAUser' }]);
      await setSetting(trx, lastUserSettingKey, personId, this.deps.now().toISOString());
    });
    // Only once the choice is stored: a read-only or full disk refuses and leaves the user as it was.
    this.deps.session.userId = personId;
    this.deps.session.restored = true;
    return this.get();
  }
}
