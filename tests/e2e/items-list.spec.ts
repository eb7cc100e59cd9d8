// The items list: search and filters, create from the template, duplicate, delete and undo.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { api, expect, test } from './fixtures';
import { openItemsList, waitSaved, createReviewFromTemplate } from './items-helpers';

interface Summary {
  id: string;
  title: string;
}

test('creates from the template, duplicates, searches, filters, deletes with confirmation and undoes', async ({
  page,
  startApp,
}) => {
  const host = await startApp({ demoMeetings: false }) // the seed item, handled (the demo meetings add theirs and check it), and the demo's draft in review (issue 9);
  await openItemsList(page);
  await createReviewFromTemplate(page, '3.2.2026', '');
  const title = page.getByLabel('Otsikko', { exact: true });
  // The template took its year from the meeting, not from the computer's clock.
  await expect(title).toHaveValue('Kehittämishankkeiden ajankohtaiskatsaus 2026');
  await expect(page.getByLabel('Kokouspäivä')).toHaveValue('3.2.2026');
  await title.fill('Pöllökylän katsaus 2026');
  await waitSaved(page);
  await page.getByRole('link', { name: 'Takaisin asialistaan' }).click();
  await expect(page.getByText('3 asiaa')).toBeVisible();

  await page.getByRole('button', { name: 'Kopioi asia Pöllökylän katsaus 2026' }).click();
  await expect(title).toHaveValue(/Pöllökylän katsaus 2026/u);
  // A copy is next year's item: last year's meeting date does not come along, and its years are to be checked.
  await expect(page.getByLabel('Kokouspäivä')).toHaveValue('');
  await expect(page.getByTestId('year-check')).toContainText('Tämä asia on kopio vuoden 2026 asiasta.');
  await expect(page.getByTestId('year-check')).toContainText('Otsikko');
  await page.getByRole('navigation').getByRole('link', { name: 'Asiat' }).click();
  await expect(page.getByText('4 asiaa')).toBeVisible();

  await page.getByLabel('Haku', { exact: true }).fill('pöllökylän');
  await expect(page.getByText('2 asiaa')).toBeVisible();
  await page.getByLabel('Haku', { exact: true }).fill('');
  await page.getByLabel('Kokouspäivä').fill('3.2.2026');
  await expect(page.getByText('1 asia', { exact: true })).toBeVisible();
  await page.getByLabel('Kokouspäivä').fill('32.1.2026');
  await expect(page.getByText('Anna päivämäärä muodossa p.k.vvvv, esim. 1.1.2024.')).toBeVisible();
  await page.getByRole('button', { name: 'Tyhjennä suodattimet' }).click();
  await page.getByText('Tila', { exact: true }).first().click();
  await page.getByRole('checkbox', { name: 'Käsitelty' }).check();
  await expect(page.getByText('1 asia', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Tyhjennä suodattimet' }).click();
  await expect(page.getByText('4 asiaa')).toBeVisible();

  // Delete by keyboard: the confirmation starts on Peruuta, so a stray Enter deletes nothing.
  const deleteButton = page.getByRole('button', {
    name: 'Poista asia Kehittämishankkeiden ajankohtaiskatsaus 2024',
  });
  await deleteButton.focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('alertdialog', { name: 'Poistetaanko asia?' });
  await expect(confirm.getByRole('button', { name: 'Peruuta' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Poista' }).click();
  await expect(page.getByText('3 asiaa')).toBeVisible();
  expect((await api<Summary[]>(host, 'items:list', {})).map((s) => s.title)).not.toContain(
    'Kehittämishankkeiden ajankohtaiskatsaus 2024',
  );
  await page.getByRole('button', { name: 'Kumoa poisto' }).click();
  await expect(page.getByText('4 asiaa')).toBeVisible();
  expect((await api<Summary[]>(host, 'items:list', {})).map((s) => s.title)).toContain(
    'Kehittämishankkeiden ajankohtaiskatsaus 2024',
  );
});

const scan = (page: Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();

test('axe finds no violations on the items list, the editor and the settings screen', async ({
  page,
  startApp,
}) => {
  await startApp({ demoMeetings: false });
  await openItemsList(page);
  expect((await scan(page)).violations).toEqual([]);
  await page.getByRole('link', { name: 'Kehittämishankkeiden ajankohtaiskatsaus 2024' }).click();
  await expect(page.getByTestId('item-preview')).toContainText('27');
  expect((await scan(page)).violations).toEqual([]);
  // The seed item was handled at its meeting: its proposal cannot be reopened, only the minutes checked.
  await expect(page.getByRole('button', { name: 'Merkitse pöytäkirja tarkastetuksi' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Palauta luonnokseksi' })).toHaveCount(0);
  // The editor with its fields enabled: a new draft.
  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  await expect(page.getByLabel('Otsikko', { exact: true })).toBeEnabled();
  expect((await scan(page)).violations).toEqual([]);
  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  await expect(page.getByRole('table', { name: 'Henkilöluettelo' })).toBeVisible();
  expect((await scan(page)).violations).toEqual([]);
});
