// People who prepare agenda items (Valmistelija / Lisätiedot); those with a role are the app's
// users (migration 009, issue 9).
import type { Kysely } from 'kysely';
import type { Person, PersonDetails } from '../../shared/domain/item';
import type { UserRole } from '../../shared/domain/review';
import type { Database } from '../schema';

type Db = Kysely<Database>;

const personColumns = ['id', 'name', 'title', 'phone', 'email', 'role', 'deputy_presenter', 'updated_at'] as const;

interface PersonRow {
  id: string;
  name: string;
  title: string;
  phone: string;
  email: string;
  role: string | null;
  deputy_presenter: number;
  updated_at: string;
}

function rowToPerson(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    phone: row.phone,
    email: row.email,
    // The column's CHECK admits only the roles.
    role: row.role as UserRole | null,
    deputyPresenter: row.deputy_presenter === 1,
    updatedAt: row.updated_at,
  };
}

export async function listPeople(db: Db): Promise<Person[]> {
  return (await db.selectFrom('people').select(personColumns).orderBy('sort_order').orderBy('name').execute()).map(rowToPerson);
}

/** The people with a role: the app's users. */
export async function listUsers(db: Db): Promise<Person[]> {
  return (await db.selectFrom('people').select(personColumns).where('role', 'is not', null).orderBy('sort_order').orderBy('name').execute()).map(rowToPerson);
}

/** Whether any person has a role: until then the app is permissive (nobody is a user). */
export async function hasUsers(db: Db): Promise<boolean> {
  return (await db.selectFrom('people').select('id').where('role', 'is not', null).limit(1).executeTakeFirst()) !== undefined;
}

export async function getPerson(db: Db, id: string): Promise<Person | undefined> {
  const row = await db.selectFrom('people').select(personColumns).where('id', '=', id).executeTakeFirst();
  return row && rowToPerson(row);
}

/** Insert or replace by id, stamped with updatedAt. */
export async function savePerson(db: Db, person: PersonDetails & Partial<Pick<Person, 'role' | 'deputyPresenter'>>, updatedAt: string): Promise<void> {
  const columns = {
    name: person.name,
    title: person.title,
    phone: person.phone,
    email: person.email,
    role: person.role ?? null,
    deputy_presenter: person.deputyPresenter === true ? 1 : 0,
    updated_at: updatedAt,
  };
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
