// Settings: the people list (preparers come from it) and the organisation's names and layout.
import { api, expect, test } from './fixtures';
import { openItemsList } from './items-helpers';

test('adds, edits and deletes a person, and a new preparer can be picked in an item', async ({ page, startApp }) => {
  const host = await startApp();
  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  await page.getByRole('button', { name: 'Lisää henkilö' }).click();
  const dialog = page.getByRole('dialog', { name: 'Uusi henkilö' });
  await expect(dialog.getByLabel('Nimi', { exact: true })).toBeFocused();
  await dialog.getByLabel('Sähköposti').fill('ei-osoite');
  await dialog.getByRole('button', { name: 'Tallenna henkilö' }).click();
  await expect(dialog.getByText('Pakollinen tieto.')).toBeVisible();
  await dialog.getByLabel('Nimi', { exact: true }).fill('Outi Opettaja');
  await dialog.getByLabel('Tehtävänimike').fill('rehtori');
  await dialog.getByLabel('Sähköposti').fill('outi.opettaja@example.fi');
  await dialog.getByLabel('Puhelin').press('Enter');
  await expect(dialog).toBeHidden();
  const table = page.getByRole('table', { name: 'Henkilöluettelo' });
  await expect(table.getByRole('row', { name: /Outi Opettaja/u })).toContainText('rehtori');

  await page.getByRole('button', { name: 'Muokkaa henkilöä Outi Opettaja' }).click();
  await page.getByRole('dialog').getByLabel('Tehtävänimike').fill('apulaisrehtori');
  await page.getByRole('dialog').getByRole('button', { name: 'Tallenna henkilö' }).click();
  await expect(table.getByRole('row', { name: /Outi Opettaja/u })).toContainText('apulaisrehtori');

  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  // A title makes it an item worth storing (an untouched new one is never stored).
  await page.getByLabel('Otsikko', { exact: true }).fill('Valmistelijan asia');
  await page.getByLabel('Valitse henkilö').selectOption({ label: 'Outi Opettaja, apulaisrehtori' });
  await page.getByRole('button', { name: 'Lisää valmistelija' }).click();
  await expect(page.getByTestId('item-preview')).toContainText('Outi Opettaja, apulaisrehtori, outi.opettaja@example.fi');
  await page.getByRole('button', { name: 'Poista valmistelija Outi Opettaja' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Tallennettu');

  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  await page.getByRole('button', { name: 'Poista henkilö Outi Opettaja' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Poista' }).click();
  await expect(table.getByRole('row', { name: /Outi Opettaja/u })).toHaveCount(0);
  expect((await api<{ name: string }[]>(host, 'people:list', {})).map((p) => p.name)).not.toContain('Outi Opettaja');
});

test('organisation settings are validated, saved, and switch the preview to the 2024 layout', async ({ page, startApp }) => {
  const host = await startApp();
  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  await page.getByLabel('Toimielin').fill('');
  await page.getByRole('button', { name: 'Tallenna asetukset' }).click();
  await expect(page.getByText('Pakollinen tieto.')).toBeVisible();
  await page.getByLabel('Toimielin').fill('Opetus- ja kasvatuslautakunta');
  await page.getByLabel('Esittelijän nimike').fill('Opetus- ja kasvatusjohtaja');
  await page.getByLabel('SFS 2487:2024 (teksti 2,3 cm:stä)').check();
  await page.getByRole('button', { name: 'Tallenna asetukset' }).click();
  await expect(page.getByText('Asetukset tallennettu.')).toBeVisible();
  const saved = await api<{ bodyName: string; layout: string }>(host, 'settings:get', {});
  expect(saved).toMatchObject({ bodyName: 'Opetus- ja kasvatuslautakunta', layout: 'sfs2024' });

  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  await expect(page.getByTestId('item-preview')).toHaveClass(/preview-page--sfs2024/u);
});
