// People who prepare agenda items (Valmistelija / Lisätiedot).
import type { Kysely } from 'kysely';
import type { Person } from '../../shared/domain/item';
import type { Database } from '../schema';

type Db = Kysely<Database>;

export async function listPeople(db: Db): Promise<Person[]> {
  return db.selectFrom('people').select(['id', 'name', 'title', 'phone', 'email']).orderBy('sort_order').orderBy('name').execute();
}

export async function getPerson(db: Db, id: string): Promise<Person | undefined> {
  return db.selectFrom('people').select(['id', 'name', 'title', 'phone', 'email']).where('id', '=', id).executeTakeFirst();
}

/** Insert or replace by id. */
export async function savePerson(db: Db, person: Person): Promise<void> {
  await db
    .insertInto('people')
    .values(person)
    .onConflict((oc) => oc.column('id').doUpdateSet({ name: person.name, title: person.title, phone: person.phone, email: person.email }))
    .execute();
}

export async function deletePerson(db: Db, id: string): Promise<boolean> {
  const result = await db.deleteFrom('people').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
