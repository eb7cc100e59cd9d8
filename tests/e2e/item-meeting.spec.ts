// An approved item goes onto a meeting from its editor (issue 8): no manual "Vie esityslistalle",
// but "Lisää kokoukseen…" listing the meetings whose agenda takes items; a refusal says the
// service's reason; on the meeting the editor offers no status steps, says where the item is
// handled and links to the meeting. With no meeting yet, a line says where one is made.
import type { Page } from '@playwright/test';
import type { RunningHost } from '../../electron/host/host';
import type { AgendaItem } from '../../shared/domain/item';
import type { MeetingDetail, MeetingSummary } from '../../shared/ipc/channels/meetings';
import { api, expect, test } from './fixtures';
import { waitSaved } from './items-helpers';
import { makeItem } from './meetings-helpers';

const title = 'Koulumatkojen turvallisuus 2024';

async function showItem(page: Page, host: RunningHost, id: string): Promise<void> {
  await page.goto(`${host.pageUrl}&item=${encodeURIComponent(id)}#/items`);
  await expect(page.getByLabel('Otsikko', { exact: true })).toHaveValue(title);
  await waitSaved(page);
}

const statusButtons = ['Vie esityslistalle', 'Merkitse käsitellyksi', 'Poista esityslistalta', 'Palauta luonnokseksi', 'Peru käsittelymerkintä', 'Lisää kokoukseen…'];

test.use({ viewport: { width: 1366, height: 768 } });

test('an approved item is added to a planned meeting from its editor; refused with the reason; no status steps while on the meeting', async ({ page, startApp }) => {
  const host = await startApp();
  const item = await makeItem(host, 2024, title);
  const planned = (await api<MeetingSummary[]>(host, 'meetings:list', { year: 2024 })).find((meeting) => meeting.number === 2);
  if (!planned) throw new Error('the demo has no meeting 2/2024');
  await showItem(page, host, item.id);
  await expect(page.getByText('Tila: Hyväksytty esitykseksi')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Vie esityslistalle' })).toHaveCount(0);

  // Refused: someone took the item back to a draft in another window meanwhile.
  await page.getByRole('button', { name: 'Lisää kokoukseen…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lisää asia kokoukseen' });
  // Only meetings whose agenda takes items: the demo's 1/2024 has its minutes checked.
  await expect(dialog.getByRole('radio')).toHaveCount(1);
  const option = dialog.getByRole('radio', { name: 'Sivistyslautakunta 2/2024, 20.2.2024 (Suunniteltu)' });
  await expect(option).toBeChecked();
  await api(host, 'items:setStatus', { id: item.id, status: 'luonnos' });
  await dialog.getByRole('button', { name: 'Lisää kokoukseen' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Asia on luonnos: vain esitykseksi hyväksytyn asian voi lisätä esityslistalle.');
  expect((await api<MeetingDetail>(host, 'meetings:get', { id: planned.id })).sections.map((section) => section.itemId)).not.toContain(item.id);
  await dialog.getByRole('button', { name: 'Peruuta' }).click();
  await expect(dialog).toBeHidden();

  // Approved again here, then added.
  await page.reload();
  await expect(page.getByText('Tila: Luonnos')).toBeVisible();
  await page.getByRole('button', { name: 'Hyväksy esitykseksi' }).click();
  await expect(page.getByText('Tila: Hyväksytty esitykseksi')).toBeVisible();
  await page.getByRole('button', { name: 'Lisää kokoukseen…' }).click();
  await dialog.getByRole('button', { name: 'Lisää kokoukseen' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Tila: Esityslistalla')).toBeVisible();

  const detail = await api<MeetingDetail>(host, 'meetings:get', { id: planned.id });
  const section = detail.sections.find((entry) => entry.itemId === item.id);
  expect(section).toBeDefined();
  const agendaNumber = (section?.position ?? -1) + 1;
  await expect(page.getByTestId('item-meeting')).toHaveText(`Kokous 2/2024, asia ${String(agendaNumber)}`);
  await expect(page.getByTestId('item-handled-at')).toHaveText('Asia käsitellään kokouksessa 2/2024: sen vaiheet etenevät kokouksen mukana.');
  for (const name of statusButtons) await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  // Nor does the lock note send anyone to a step that is not there.
  await expect(page.locator('form').getByRole('note')).toHaveText('Päätösehdotus on hyväksytty ja lukittu; päätöstä voi yhä muokata. Ehdotusta voi muuttaa vasta, kun asia on poistettu kokouksen esityslistalta kokouksen sivulla.');
  const stored = await api<AgendaItem>(host, 'items:get', { id: item.id });
  expect({ status: stored.status, meetingNumber: stored.meetingNumber, meetingDate: stored.meetingDate, agendaNumber: stored.agendaNumber }).toEqual({ status: 'esityslistalla', meetingNumber: '2/2024', meetingDate: '2024-02-20', agendaNumber });

  // As it is after a reload, and the link leads to the meeting.
  await page.reload();
  await expect(page.getByTestId('item-handled-at')).toBeVisible();
  for (const name of statusButtons) await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: 'Avaa kokous Sivistyslautakunta 2/2024' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Sivistyslautakunta 2\/2024/u })).toBeVisible();
  await expect(page.getByTestId('agenda-row').filter({ hasText: title })).toBeVisible();
});

test('with no meeting to take it, an approved item says where a meeting is made', async ({ page, startApp }) => {
  const host = await startApp({ demoMeetings: false });
  const item = await makeItem(host, 2024, title);
  await showItem(page, host, item.id);
  await expect(page.getByTestId('no-meetings')).toContainText('Ei suunniteltuja kokouksia: luo kokous Kokoukset-näkymässä.');
  await expect(page.getByRole('button', { name: 'Lisää kokoukseen…' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Vie esityslistalle' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Siirry Kokoukset-näkymään' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kokoukset' })).toBeVisible();
});
