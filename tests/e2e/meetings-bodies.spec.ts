// Settings → Toimielimet: a body with members, deputies and others by right is added, edited and
// deleted; a save over a change made elsewhere is refused and offers the two choices; a body with
// meetings cannot be deleted, and the service's reason is shown.
import type { Body } from '../../shared/domain/body';
import { api, expect, test } from './fixtures';
import { addBodyInSettings, bodyName, openSettings } from './meetings-helpers';

test('a body is added, edited over a save made elsewhere (keeping the user\'s text), and deleted', async ({ page, startApp }) => {
  const host = await startApp();
  await addBodyInSettings(page);
  const stored = (await api<Body[]>(host, 'bodies:list', {})).find((body) => body.name === bodyName);
  expect(stored?.members.map((member) => [member.name, member.role, member.deputyName])).toEqual([
    ['Aino Ahola', 'puheenjohtaja', 'Bertta Berg'],
    ['Cecilia Carlsson', 'varapuheenjohtaja', 'Daniel Dahl'],
    ['Eero Eskola', 'jasen', 'Fanni Forsman'],
  ]);
  expect(stored?.others).toMatchObject([{ name: 'Mikko Saari', role: 'esittelija', title: 'sivistysjohtaja' }]);
  expect(stored).toMatchObject({ nameSv: 'Utbildningsnämnden', defaultPlace: 'Kunnantalo, valtuustosali', termStart: '2025-06-01', termEnd: '2029-05-31' });
  if (!stored) return;

  // A bad date and a bad year are said at their inputs, and nothing is sent.
  await page.getByRole('button', { name: `Muokkaa: ${bodyName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Muokkaa toimielintä ${bodyName}` });
  await dialog.getByLabel('Toimikausi päättyy').fill('31.13.2029');
  await dialog.getByRole('button', { name: 'Lisää vuosi' }).click();
  await dialog.getByLabel('Vuosi (rivi 1)').fill('25');
  await dialog.getByRole('button', { name: 'Tallenna toimielin' }).click();
  await expect(dialog.getByLabel('Toimikausi päättyy')).toBeFocused();
  await expect(dialog.getByText('Anna vuosi neljällä numerolla.')).toBeVisible();
  await dialog.getByLabel('Toimikausi päättyy').fill('31.5.2029');
  await dialog.getByLabel('Vuosi (rivi 1)').fill('2026');
  await dialog.getByLabel('Vuoden 2026 ensimmäinen §').fill('41');
  await dialog.getByRole('button', { name: 'Poista jäsen Eero Eskola' }).click();

  // Meanwhile someone else renames the place: this save is refused and the text stays.
  await api<Body>(host, 'bodies:save', { ...stored, defaultPlace: 'Koulukeskus', expectedUpdatedAt: stored.updatedAt });
  await dialog.getByRole('button', { name: 'Tallenna toimielin' }).click();
  await expect(dialog.getByRole('button', { name: 'Tallenna omani päälle' })).toBeVisible();
  await expect(dialog.getByTestId('body-member')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Tallenna omani päälle' }).click();
  await expect(dialog).toBeHidden();
  const saved = (await api<Body[]>(host, 'bodies:list', {})).find((body) => body.id === stored.id);
  expect(saved?.members.map((member) => member.name)).toEqual(['Aino Ahola', 'Cecilia Carlsson']);
  expect(saved?.sectionStarts).toEqual({ '2026': 41 });
  // Saving over it means the form's text, the place included.
  expect(saved?.defaultPlace).toBe('Kunnantalo, valtuustosali');

  // A body with a meeting cannot be deleted: the reason is said; without meetings it goes.
  const meeting = await api<{ id: string; updatedAt: string }>(host, 'meetings:create', { bodyId: stored.id, date: '2025-09-01' });
  await page.getByRole('button', { name: `Poista: ${bodyName}` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Poista' }).click();
  await expect(page.locator('.error-alert:not(.error-alert--empty)')).toContainText('Toimielimellä on kokouksia, joten sitä ei voi poistaa.');
  expect((await api<Body[]>(host, 'bodies:list', {})).some((body) => body.id === stored.id)).toBe(true);
  await api(host, 'meetings:delete', { id: meeting.id, expectedUpdatedAt: meeting.updatedAt });
  await openSettings(page);
  await page.getByRole('button', { name: `Poista: ${bodyName}` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Poista' }).click();
  await expect(page.getByRole('row', { name: new RegExp(bodyName, 'u') })).toHaveCount(0);
  expect((await api<Body[]>(host, 'bodies:list', {})).some((body) => body.id === stored.id)).toBe(false);
});
