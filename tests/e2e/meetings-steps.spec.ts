// The demo's meetings through the status steps at 1366×768: the year's list, the checked 1/2024
// locked (no reordering, no data edits, only "Julkaise" ahead), and 2/2024 taken from planned to
// checked minutes: a § without an outcome refuses the check with the service's reason and leaves
// the meeting as it was; with the outcomes recorded, the check takes its date, place and checkers.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { MeetingDetail, MeetingSummary } from '../../shared/ipc/channels/meetings';
import { api, expect, test } from './fixtures';
import { openMeetings } from './meetings-helpers';

const screenshots = path.resolve(import.meta.dirname, '../../test-results/screens');

async function shoot(page: Page, name: string) {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
}

test.use({ viewport: { width: 1366, height: 768 } });

test('the demo year: a checked meeting is locked; a planned one goes through every step to checked minutes', async ({ page, startApp }) => {
  const host = await startApp();
  await openMeetings(page);
  await page.getByLabel('Vuosi', { exact: true }).fill('2024');
  const rows = page.getByTestId('meeting-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('1/2024');
  await expect(rows.nth(0)).toContainText('23.1.2024');
  await expect(rows.nth(0)).toContainText('Pöytäkirja tarkastettu');
  await expect(rows.nth(0)).toContainText('§ 1–8');
  await expect(rows.nth(1)).toContainText('2/2024');
  await expect(rows.nth(1)).toContainText('Suunniteltu');

  // The checked meeting: the session screen first; its agenda is read-only.
  await page.getByRole('link', { name: 'Avaa kokous Sivistyslautakunta 1/2024' }).click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Pöytäkirja tarkastettu');
  await expect(page.getByRole('button', { name: 'Julkaise' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^(Avaa kokous uudelleen|Peru kokouksen aloitus)$/u })).toHaveCount(0);
  await page.getByRole('button', { name: 'Esityslista ja tiedot' }).click();
  await expect(page.getByTestId('section-number')).toHaveText(['§ 1', '§ 2', '§ 3', '§ 4', '§ 5', '§ 6', '§ 7', '§ 8']);
  await expect(page.getByRole('button', { name: /^Siirrä /u })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lisää vakioasiat' })).toHaveCount(0);
  await expect(page.getByLabel('Kokouspaikka')).toBeDisabled();
  await expect(page.getByText('Pöytäkirja on tarkastettu: esityslistan järjestystä ei voi enää muuttaa.')).toBeVisible();
  await shoot(page, 'meeting-checked');
  await page.reload();
  await expect(page.getByTestId('section-number')).toHaveCount(8);

  // 2/2024: planned, with the item tabled at 1/2024 on it.
  await page.getByRole('link', { name: 'Kaikki kokoukset' }).click();
  await page.getByRole('link', { name: 'Avaa kokous Sivistyslautakunta 2/2024' }).click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Suunniteltu');
  const second = (await api<MeetingSummary[]>(host, 'meetings:list', { year: 2024 })).find((meeting) => meeting.number === 2);
  if (!second) throw new Error('demo 2/2024 missing');
  await page.getByRole('button', { name: 'Lähetä esityslista' }).click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Esityslista lähetetty');
  // One step back and forward again: the way back is offered while nothing is numbered.
  await page.getByRole('button', { name: 'Palauta suunnitelluksi' }).click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Suunniteltu');
  await page.getByRole('button', { name: 'Lähetä esityslista' }).click();
  await page.getByRole('button', { name: 'Aloita kokous' }).click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Kokouksessa');
  await page.getByRole('button', { name: 'Päätä kokous' }).click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Päättynyt');

  // No outcomes recorded yet: the check is refused with the reason, and nothing changes.
  await page.getByRole('button', { name: 'Merkitse pöytäkirja tarkastetuksi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pöytäkirjan tarkastus' });
  await expect(dialog.getByLabel('Tarkastuspaikka')).not.toHaveValue('');
  await dialog.getByLabel('Tarkastuspäivä').fill('24.2.2024');
  const checkers = dialog.getByRole('checkbox');
  await checkers.nth(1).check();
  await checkers.nth(2).check();
  await dialog.getByRole('button', { name: 'Merkitse tarkastetuksi' }).click();
  await expect(page.locator('.error-alert:not(.error-alert--empty)')).toContainText('Pykälältä puuttuu käsittelyn tulos');
  await expect(page.getByTestId('meeting-status')).toHaveText('Päättynyt');

  // The outcomes as the session screen records them; then the check goes through.
  const detail = await api<MeetingDetail>(host, 'meetings:get', { id: second.id });
  for (const section of detail.sections) {
    await api(host, 'meetings:updateSection', { sectionId: section.id, expectedUpdatedAt: section.updatedAt, outcome: section.standardKind === null ? 'hyvaksytty' : 'merkittiin_tiedoksi' });
  }
  await page.reload();
  await page.getByRole('button', { name: 'Merkitse pöytäkirja tarkastetuksi' }).click();
  await dialog.getByLabel('Tarkastuspäivä').fill('24.2.2024');
  await dialog.getByLabel('Tarkastuspaikka').fill('Sivistystoimisto');
  await dialog.getByRole('button', { name: 'Merkitse tarkastetuksi' }).click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Pöytäkirja tarkastettu');
  const checked = await api<MeetingDetail>(host, 'meetings:get', { id: second.id });
  expect(checked.meeting.minutesChecked).toEqual({ date: '2024-02-24', place: 'Sivistystoimisto' });
  expect(checked.meeting.checkerIds).toHaveLength(2);
  await page.getByRole('button', { name: 'Julkaise' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Julkaise' }).click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Julkaistu');
});

// A refusal that names its values says them: an item added to 2/2024 in session would need § 14,
// which the later meeting 3/2024 already gave; the page says which § and which meeting, never "{{section}}".
test('a § number clash with a later meeting is said with its § and meeting, and nothing moves', async ({ page, startApp }) => {
  const host = await startApp();
  const demo = await api<MeetingSummary[]>(host, 'meetings:list', { year: 2024 });
  const second = demo.find((meeting) => meeting.number === 2);
  if (!second) throw new Error('demo 2/2024 missing');
  let detail = await api<MeetingDetail>(host, 'meetings:get', { id: second.id });
  detail = await api<MeetingDetail>(host, 'meetings:setStatus', { id: second.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'esityslista_lahetetty' });
  detail = await api<MeetingDetail>(host, 'meetings:setStatus', { id: second.id, expectedUpdatedAt: detail.meeting.updatedAt, status: 'kokouksessa' });
  const numbers = detail.sections.map((section) => section.sectionNumber);
  const last = Math.max(...numbers.map(Number));
  const third = await api<{ id: string; updatedAt: string }>(host, 'meetings:create', { bodyId: detail.meeting.bodyId, number: 3, date: '2024-03-19', startTime: '18.00', place: null });
  await api<MeetingDetail>(host, 'meetings:addStandardItems', { meetingId: third.id, kinds: ['avaus'] });
  const sent = await api<MeetingDetail>(host, 'meetings:setStatus', { id: third.id, expectedUpdatedAt: third.updatedAt, status: 'esityslista_lahetetty' });
  await api<MeetingDetail>(host, 'meetings:setStatus', { id: third.id, expectedUpdatedAt: sent.meeting.updatedAt, status: 'kokouksessa' });

  await openMeetings(page);
  await page.getByLabel('Vuosi', { exact: true }).fill('2024');
  await page.getByRole('link', { name: 'Avaa kokous Sivistyslautakunta 2/2024' }).click();
  await page.getByRole('button', { name: 'Esityslista ja tiedot' }).click();
  await page.getByRole('button', { name: 'Lisää vakioasiat' }).click();
  const standard = page.getByRole('dialog', { name: 'Lisää vakioasiat' });
  for (const box of await standard.getByRole('checkbox').all()) if (await box.isEnabled()) await box.uncheck();
  await standard.getByRole('checkbox', { name: 'Muut asiat' }).check();
  await standard.getByRole('button', { name: 'Lisää valitut' }).click();
  await expect(page.getByRole('alert').filter({ hasText: `§ ${String(last + 1)} on jo toimielimen kokouksen 3/2024 pykälä.` })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: '{{' })).toHaveCount(0);
  const after = await api<MeetingDetail>(host, 'meetings:get', { id: second.id });
  expect(after.sections.map((section) => section.sectionNumber)).toEqual(numbers);
});
