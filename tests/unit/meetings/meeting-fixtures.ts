// Builders for the meeting service tests: a body with members and deputies, approved items, a
// meeting with items on its agenda, and every row of the meeting tables for "nothing written".
import type { AgendaItem } from '../../../shared/domain/item';
import type { Body } from '../../../shared/domain/body';
import { draftOf } from '../../../shared/domain/item-schema';
import { openingWithPoints } from '../../../shared/domain/rich-text-build';
import { ItemService } from '../../../electron/services/items/item-service';
import { BodyService } from '../../../electron/services/meetings/body-service';
import { MeetingService } from '../../../electron/services/meetings/meeting-service';
import type { ServiceDeps } from '../../../electron/services/service-deps';
import { completeItem } from '../items/helpers';
import type { TestDb } from '../items/helpers';

export const memberNames = ['Aino Aalto', 'Eero Berg', 'Helmi Carlsson', 'Juho Dahl', 'Kaisa Eklund'];

/** The body the migration made, with five members (the first chairs), deputies and two others by right. */
export async function rosterBody(deps: ServiceDeps, overrides: Partial<Body> = {}): Promise<Body> {
  const service = new BodyService(deps);
  const [body] = await service.list();
  if (!body) throw new Error('the migration makes one body');
  return service.save({
    id: body.id,
    name: body.name,
    nameSv: '',
    defaultPlace: 'Kaupungintalo, kokoushuone 1',
    termStart: '2021-08-01',
    termEnd: '2025-05-31',
    members: memberNames.map((name, index) => ({ id: `m${String(index + 1)}`, name, role: index === 0 ? 'puheenjohtaja' : index === 1 ? 'varapuheenjohtaja' : 'jasen', deputyName: `Varajäsen ${String(index + 1)}` })),
    others: [
      { id: 'o1', name: 'Mikko Saari', title: 'sivistysjohtaja', role: 'esittelija' },
      { id: 'o2', name: 'Pekka Esimerkki', title: 'hallintosihteeri', role: 'poytakirjanpitaja' },
    ],
    sectionStarts: {},
    expectedUpdatedAt: body.updatedAt,
    ...overrides,
  });
}

/** An item approved as a proposal, ready for an agenda. */
export async function approvedItem(deps: ServiceDeps, title: string): Promise<AgendaItem> {
  const items = new ItemService(deps);
  const created = await items.create('empty');
  const complete = await completeItem(deps, created.id);
  await items.update(created.id, { ...draftOf(complete), title, proposal: openingWithPoints('Lautakunta päättää', [`hyväksyä asian ${title}`]) }, complete.updatedAt);
  return items.setStatus(created.id, 'hyvaksytty');
}

export interface MeetingSetup {
  body: Body;
  meetings: MeetingService;
  items: ItemService;
}

export async function setup(t: TestDb): Promise<MeetingSetup> {
  return { body: await rosterBody(t.deps), meetings: new MeetingService(t.deps), items: new ItemService(t.deps) };
}

/** Every row of the tables a meeting action may write, for "a refused action leaves every row as it was". */
export function allRows(t: TestDb): Record<string, unknown[]> {
  const tables = ['bodies', 'meetings', 'meeting_sections', 'agenda_items', 'item_versions', 'item_preparers'];
  return Object.fromEntries(tables.map((table) => [table, t.handle.sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]));
}
