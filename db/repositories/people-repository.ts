// People who prepare agenda items (Valmistelija / Lisätiedot).
import type { Kysely } from 'kysely';
import type { Person, PersonDetails } from '../../shared/domain/item';
import type { Database } from '../schema';

type Db = Kysely<Database>;

const personColumns = ['id', 'name', 'title', 'phone', 'email', 'updated_at as updatedAt'] as const;

// Roles arrive with migration 009 (issue 9); until then nobody is a user.
const withoutRole = <T extends object>(row: T): T & Pick<Person, 'role' | 'deputyPresenter'> => ({ ...row, role: null, deputyPresenter: false });

export async function listPeople(db: Db): Promise<Person[]> {
  return (await db.selectFrom('people').select(personColumns).orderBy('sort_order').orderBy('name').execute()).map(withoutRole);
}

export async function getPerson(db: Db, id: string): Promise<Person | undefined> {
  const row = await db.selectFrom('people').select(personColumns).where('id', '=', id).executeTakeFirst();
  return row && withoutRole(row);
}

/** Insert or replace by id, stamped with updatedAt. */
export async function savePerson(db: Db, person: PersonDetails, updatedAt: string): Promise<void> {
  const columns = { name: person.name, title: person.title, phone: person.phone, email: person.email, updated_at: updatedAt };
  await db
    .insertInto('people')
    .values({ id: person.id, ...columns })
    .onConflict((oc) => oc.column('id').doUpdateSet(columns))
    .execute();
}

export async function deletePerson(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('people').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
