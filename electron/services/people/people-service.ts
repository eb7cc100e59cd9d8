// The people list (preparers: Valmistelija / Lisätiedot). A person named as preparer on a live
// item cannot be deleted; items in the wastebasket only lose the link. A change of a person
// states the updatedAt it read and is refused with CONFLICT if someone saved since (../updated-at.ts).
import type { Person } from '../../../shared/domain/item';
import { ServiceError } from '../../../shared/errors';
import { deletePerson, getPerson, listPeople, savePerson } from '../../../db/repositories/people-repository';
import { itemsNamingPerson } from '../../../db/repositories/items-repository';
import type { UserRole } from '../../../shared/domain/review';
import type { ServiceDeps } from '../service-deps';
import { assertUnchanged, nextTimestamp } from '../updated-at';

export interface PersonInput {
  id: string | null;
  name: string;
  title: string;
  phone: string;
  email: string;
  role?: UserRole | null;
  deputyPresenter?: boolean;
  /** Required with an id: the updatedAt of the person as the form read it. Ignored for a new person. */
  expectedUpdatedAt: string | null;
}

function personNotFound(id: string): ServiceError {
  return new ServiceError('NOT_FOUND', `No person ${id}`, [{ path: 'id', message: 'items.error.personNotFound' }]);
}

export class PeopleService {
  constructor(private readonly deps: ServiceDeps) {}

  list(): Promise<Person[]> {
    return listPeople(this.deps.db);
  }

  /** A null id adds a person; an id updates that person and never creates one under a caller's id. */
  async save(input: PersonInput): Promise<Person> {
    const { id, expectedUpdatedAt } = input;
    if (id !== null && expectedUpdatedAt === null) {
      throw new ServiceError('VALIDATION', `Saving person ${id} needs the updatedAt it was read with`, [{ path: 'expectedUpdatedAt', message: 'validation.required' }]);
    }
    return this.deps.db.transaction().execute(async (trx) => {
      let previous: Person | null = null;
      if (id !== null) {
        const stored = await getPerson(trx, id);
        if (!stored) throw personNotFound(id);
        assertUnchanged(`Person ${id}`, stored.updatedAt, expectedUpdatedAt ?? '', 'items.error.personConflict');
        previous = stored;
      }
      const person: Person = {
        id: id ?? this.deps.newId(),
        name: input.name.trim(),
        title: input.title.trim(),
        phone: input.phone.trim(),
        email: input.email.trim(),
        // A caller that does not mention the role (an import, an older form) leaves it as it was.
        role: input.role === undefined ? (previous?.role ?? null) : input.role,
        deputyPresenter: input.deputyPresenter ?? previous?.deputyPresenter ?? false,
        updatedAt: nextTimestamp(this.deps.now(), previous?.updatedAt ?? null),
      };
      await savePerson(trx, person, person.updatedAt);
      return person;
    });
  }

  /** A delete is decided on what the list showed: CONFLICT if the person was saved since. */
  async delete(id: string, expectedUpdatedAt: string): Promise<{ id: string }> {
    return this.deps.db.transaction().execute(async (trx) => {
      const stored = await getPerson(trx, id);
      if (!stored) throw personNotFound(id);
      assertUnchanged(`Person ${id}`, stored.updatedAt, expectedUpdatedAt, 'items.error.personDeleteConflict');
      const naming = await itemsNamingPerson(trx, id);
      if (naming.length > 0) {
        const titles = naming.map((item) => item.title).join('; ');
        throw new ServiceError('CONFLICT', `Person ${id} is the preparer of: ${titles}`, [{ path: 'id', message: 'items.error.personInUse' }]);
      }
      await deletePerson(trx, id);
      return { id };
    });
  }
}
