// The people list (preparers: Valmistelija / Lisätiedot). A person named as preparer on a live
// item cannot be deleted; items in the wastebasket only lose the link.
import type { Person } from '../../../shared/domain/item';
import { ServiceError } from '../../../shared/errors';
import { deletePerson, getPerson, listPeople, savePerson } from '../../../db/repositories/people-repository';
import { itemsNamingPerson } from '../../../db/repositories/items-repository';
import type { ServiceDeps } from '../service-deps';

export interface PersonInput {
  id: string | null;
  name: string;
  title: string;
  phone: string;
  email: string;
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
    return this.deps.db.transaction().execute(async (trx) => {
      if (input.id !== null && !(await getPerson(trx, input.id))) throw personNotFound(input.id);
      const person: Person = { id: input.id ?? this.deps.newId(), name: input.name.trim(), title: input.title.trim(), phone: input.phone.trim(), email: input.email.trim() };
      await savePerson(trx, person);
      return person;
    });
  }

  async delete(id: string): Promise<{ id: string }> {
    return this.deps.db.transaction().execute(async (trx) => {
      if (!(await getPerson(trx, id))) throw personNotFound(id);
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
