// Users for the review services' tests: a secretary (valmistelija) and the director (esittelijä,
// the presenter the complete item names), and a way to act as either.
import type { AgendaItem, Person } from '../../../shared/domain/item';
import { draftOf } from '../../../shared/domain/item-schema';
import { paragraphsDoc } from '../../../shared/domain/rich-text';
import { ItemService } from '../../../electron/services/items/item-service';
import { completeItem } from '../items/helpers';
import type { UserRole } from '../../../shared/domain/review';
import { PeopleService } from '../../../electron/services/people/people-service';
import { SessionService } from '../../../electron/services/session/session-service';
import type { ServiceDeps } from '../../../electron/services/service-deps';

export interface Users {
  secretary: Person;
  director: Person;
}

export function addPerson(deps: ServiceDeps, name: string, role: UserRole | null, deputyPresenter = false): Promise<Person> {
  return new PeopleService(deps).save({ id: null, name, title: '', phone: '', email: '', role, deputyPresenter, expectedUpdatedAt: null });
}

export async function addUsers(deps: ServiceDeps): Promise<Users> {
  return { secretary: await addPerson(deps, 'Sanna Sihteeri', 'valmistelija'), director: await addPerson(deps, 'Mikko Saari', 'esittelija') };
}

export async function actAs(deps: ServiceDeps, person: Person): Promise<void> {
  await new SessionService(deps).setUser(person.id);
}

/** An item that may be sent, approved and returned (title, background, proposal, preparer, presenter Mikko Saari). */
export async function readyItem(deps: ServiceDeps): Promise<AgendaItem> {
  const items = new ItemService(deps);
  const created = await items.create('empty');
  await items.update(
    created.id,
    {
      ...draftOf(created),
      title: 'Koulukuljetusten hankinta',
      background: paragraphsDoc(['Koulukuljetukset kilpailutetaan.', 'Tarjouksia saatiin kolme.']),
      proposal: paragraphsDoc(['Sivistyslautakunta päättää hyväksyä edullisimman tarjouksen.']),
    },
    created.updatedAt,
  );
  return completeItem(deps, created.id);
}
