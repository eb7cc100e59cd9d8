// The workflow after the meeting, through the UI on the seed item (handled at its meeting): the
// note says what is locked, a handled mark set by mistake can be taken back, and once the minutes
// are checked nothing in the item can be edited, though it still exports.
import { api, expect, test } from './fixtures';
import { openItemsList, pointTexts } from './items-helpers';

interface Summary {
  id: string;
  title: string;
  status: string;
}

test('a handled item can be taken back to the agenda; checked minutes lock the whole item but still export', async ({ page, startApp }) => {
  const host = await startApp();
  await openItemsList(page);
  await page.getByRole('link', { name: 'Kehittämishankkeiden ajankohtaiskatsaus 2024' }).click();
  const note = page.locator('form').getByRole('note');
  await expect(note).toContainText('Asia on käsitelty kokouksessa');
  await expect(note).not.toContainText('Palauta luonnokseksi');
  // Its summary was frozen with the proposal, and the entry says so.
  await expect(page.getByTestId('supplementary-entry')).toContainText('Hankeyhteenveto: käynnissä 1.1.2024; lukittu hyväksyttäessä, 27 hanketta');
  const decisionPoints = page.getByTestId('decision-point').locator('textarea');
  await expect(decisionPoints.first()).toBeEnabled();

  await page.getByRole('button', { name: 'Peru käsitellyksi merkintä' }).click();
  await expect(page.getByText('Tila: Esityslistalla')).toBeVisible();
  await expect(note).toContainText('Päätösehdotus on hyväksytty ja lukittu');
  await page.getByRole('button', { name: 'Merkitse käsitellyksi' }).click();
  await expect(page.getByText('Tila: Käsitelty')).toBeVisible();

  const decisionBefore = await pointTexts(page, 'decision');
  await page.getByRole('button', { name: 'Merkitse pöytäkirja tarkastetuksi' }).click();
  await expect(page.getByText('Tila: Pöytäkirja tarkastettu')).toBeVisible();
  await expect(note).toHaveText('Pöytäkirja on tarkastettu, eikä asiaa voi enää muuttaa. Asian voi yhä viedä Word-tiedostoksi.');
  await expect(decisionPoints.first()).toBeDisabled();
  await expect(page.getByLabel('Pykälä (§) pöytäkirjassa')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Tyhjennä päätös' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Peru käsitellyksi merkintä' })).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie pöytäkirjanote (Word)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/u);
  await page.reload();
  await expect(page.getByText('Tila: Pöytäkirja tarkastettu')).toBeVisible();
  expect(await pointTexts(page, 'decision')).toEqual(decisionBefore);
  const stored = (await api<Summary[]>(host, 'items:list', {})).find((item) => item.title === 'Kehittämishankkeiden ajankohtaiskatsaus 2024');
  expect(stored?.status).toBe('tarkastettu');
});
