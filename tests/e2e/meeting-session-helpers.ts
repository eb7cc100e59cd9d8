// Shared steps of the session-screen e2e tests: a body of nine members with deputies and a
// meeting opened through the services (the agenda's own UI is tested in meetings-agenda.spec.ts).
import type { Page } from '@playwright/test';
import type { RunningHost } from '../../electron/host/host';
import type { Body } from '../../shared/domain/body';
import type { AgendaItem } from '../../shared/domain/item';
import { draftOf } from '../../shared/domain/item-schema';
import type { Meeting } from '../../shared/domain/meeting';
import type { ItemSummary } from '../../shared/ipc/channels/items';
import type { MeetingDetail } from '../../shared/ipc/channels/meetings';
import { api, expect } from './fixtures';
import { makeItem } from './meetings-helpers';

export const members: [string, string, 'puheenjohtaja' | 'varapuheenjohtaja' | 'jasen', string][] = [
  ['m1', 'Anna Laine', 'puheenjohtaja', 'Pekka Aalto'],
  ['m2', 'Jari Keronen', 'varapuheenjohtaja', 'Outi Rinne'],
  ['m3', 'Tiina Walls', 'jasen', 'Mervi Oja'],
  ['m4', 'Sami Saikkonen', 'jasen', 'Leena Koski'],
  ['m5', 'Heikki Mäki', 'jasen', 'Riikka Salo'],
  ['m6', 'Liisa Niemi', 'jasen', 'Timo Heino'],
  ['m7', 'Oskari Virta', 'jasen', 'Anu Lehto'],
  ['m8', 'Paula Nurmi', 'jasen', 'Ville Kallio'],
  ['m9', 'Eino Hakala', 'jasen', 'Sanna Lampi'],
];

export const titles = { a: 'Oppilashuollon kehittämishanke 2025', b: 'Koulukuljetusten hankinta 2025', c: 'Kirjastoauton reitit 2025' };

/** A body of nine members with deputies, a meeting with the standard items and four items, opened (§§ given). */
export async function openMeeting(host: RunningHost): Promise<{ meeting: Meeting; seedCopy: AgendaItem; itemC: AgendaItem; body: Body }> {
  const body = await api<Body>(host, 'bodies:save', {
    id: null,
    name: 'Sivistyslautakunta',
    defaultPlace: 'Kunnantalo, valtuustosali',
    members: members.map(([id, name, role, deputyName]) => ({ id, name, role, deputyName })),
    others: [
      { id: 'o1', name: 'Mikko Saari', title: 'sivistysjohtaja', role: 'esittelija' },
      { id: 'o2', name: 'Maija Virtanen', title: 'hallintosihteeri', role: 'poytakirjanpitaja' },
    ],
  });
  const itemA = await makeItem(host, 2025, titles.a);
  const itemB = await makeItem(host, 2025, titles.b);
  const itemC = await makeItem(host, 2025, titles.c);
  // The seed item of the demo, as a new item of this meeting: the demo's own is on its checked meeting.
  const seed = (await api<ItemSummary[]>(host, 'items:list', { search: 'Kehittämishankkeiden ajankohtaiskatsaus', statuses: [], meetingDate: null }))[0];
  if (!seed) throw new Error('the demo has no seed item');
  const copy = await api<AgendaItem>(host, 'items:duplicate', { id: seed.id });
  // The copy of last year's item is flagged until its years are checked: they are, here.
  const ready = await api<AgendaItem>(host, 'items:update', { id: copy.id, draft: { ...draftOf(copy), yearToCheck: null }, expectedUpdatedAt: copy.updatedAt });
  const seedCopy = await api<AgendaItem>(host, 'items:setStatus', { id: ready.id, status: 'hyvaksytty' });

  const created = await api<Meeting>(host, 'meetings:create', { bodyId: body.id, number: null, date: '2025-02-10', startTime: '18.00', place: null });
  await api<MeetingDetail>(host, 'meetings:addStandardItems', { meetingId: created.id, kinds: ['avaus', 'laillisuus', 'tarkastajat'] });
  for (const item of [itemA, itemB, itemC, seedCopy]) await api<MeetingDetail>(host, 'meetings:addItem', { meetingId: created.id, itemId: item.id, position: null });
  let detail = await api<MeetingDetail>(host, 'meetings:get', { id: created.id });
  detail = await api<MeetingDetail>(host, 'meetings:setStatus', { id: created.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'esityslista_lahetetty', minutesChecked: null });
  detail = await api<MeetingDetail>(host, 'meetings:setStatus', { id: created.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'kokouksessa', minutesChecked: null });
  return { meeting: detail.meeting, seedCopy, itemC, body };
}


/** The session screen of a meeting, opened by its address. */
export async function showSession(page: Page, meetingId: string, year: number): Promise<void> {
  await page.evaluate(([id, inYear]) => { window.location.hash = `#/meetings?year=${inYear}&meeting=${id}`; }, [meetingId, String(year)]);
  await expect(page.getByTestId('session-save-status')).toBeVisible();
}

export const saveStatus = (page: Page) => page.getByTestId('session-save-status');
export const waitSaved = async (page: Page) => { await expect(saveStatus(page)).toHaveText('Tallennettu'); };
export const sectionHeading = (page: Page) => page.locator('.session__main h2').first();
export const presence = (page: Page, name: string) => page.getByRole('group', { name: `${name}: läsnäolo` });
