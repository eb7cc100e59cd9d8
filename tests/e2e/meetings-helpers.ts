// Shared steps of the meetings e2e tests: a body made in settings, approved items made through
// the services (the item workflow itself is tested in item-workflow.spec.ts), the meeting page.
import type { Page } from '@playwright/test';
import type { RunningHost } from '../../electron/host/host';
import type { AgendaItem, Person } from '../../shared/domain/item';
import { draftOf } from '../../shared/domain/item-schema';
import { api, expect } from './fixtures';

export const bodyName = 'Koulutuslautakunta';

/** A project review from the template for a year, with a preparer; approved unless told otherwise. */
export async function makeItem(host: RunningHost, year: number, title: string, approve = true): Promise<AgendaItem> {
  const created = await api<AgendaItem>(host, 'items:create', { template: 'projectReview', year });
  const people = await api<Person[]>(host, 'people:list', {});
  const preparer = people[0];
  if (!preparer) throw new Error('the demo has no people');
  const updated = await api<AgendaItem>(host, 'items:update', { id: created.id, draft: { ...draftOf(created), title, preparerIds: [preparer.id] }, expectedUpdatedAt: created.updatedAt });
  return approve ? api<AgendaItem>(host, 'items:setStatus', { id: updated.id, status: 'hyvaksytty' }) : updated;
}

export async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Toimielimet' })).toBeVisible();
}

/** Adds the body of these tests in settings: three members with deputies, one other by right. */
export async function addBodyInSettings(page: Page): Promise<void> {
  await openSettings(page);
  await page.getByRole('button', { name: 'Lisää toimielin' }).click();
  const dialog = page.getByRole('dialog', { name: 'Uusi toimielin' });
  await expect(dialog.getByLabel('Toimielimen nimi')).toBeFocused();
  await dialog.getByLabel('Toimielimen nimi').fill(bodyName);
  await dialog.getByLabel('Nimi ruotsiksi').fill('Utbildningsnämnden');
  await dialog.getByLabel('Oletuskokouspaikka').fill('Kunnantalo, valtuustosali');
  await dialog.getByLabel('Toimikausi alkaa').fill('1.6.2025');
  await dialog.getByLabel('Toimikausi päättyy').fill('31.5.2029');
  const members: [string, string, string][] = [['Aino Ahola', 'Puheenjohtaja', 'Bertta Berg'], ['Cecilia Carlsson', 'Varapuheenjohtaja', 'Daniel Dahl'], ['Eero Eskola', 'Jäsen', 'Fanni Forsman']];
  for (const [index, [name, role, deputy]] of members.entries()) {
    await dialog.getByRole('button', { name: 'Lisää jäsen' }).click();
    await dialog.getByLabel(`Jäsenen ${String(index + 1)} nimi`, { exact: true }).fill(name);
    await dialog.getByLabel(`Rooli: ${name}`).selectOption({ label: role });
    await dialog.getByLabel(`Varajäsen: ${name}`).fill(deputy);
  }
  await dialog.getByRole('button', { name: 'Lisää läsnäolo-oikeutettu' }).click();
  await dialog.getByLabel('Läsnäolo-oikeutetun 1 nimi', { exact: true }).fill('Mikko Saari');
  await dialog.getByLabel('Rooli: Mikko Saari').selectOption({ label: 'Esittelijä' });
  await dialog.getByLabel('Nimike: Mikko Saari').fill('sivistysjohtaja');
  await dialog.getByRole('button', { name: 'Tallenna toimielin' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('table', { name: 'Toimielimet ja niiden jäsenet' }).getByRole('row', { name: new RegExp(bodyName, 'u') })).toContainText('3');
}

export async function openMeetings(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Kokoukset' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kokoukset' })).toBeVisible();
}

/** The agenda's rows as "Asianro|§|title". */
export async function agendaRows(page: Page): Promise<string[]> {
  const rows = page.getByTestId('agenda-row');
  const count = await rows.count();
  const result: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const row = rows.nth(index);
    result.push(`${await row.getByTestId('agenda-number').innerText()}|${await row.getByTestId('section-number').innerText()}|${await row.getByTestId('agenda-title').innerText()}`);
  }
  return result;
}
