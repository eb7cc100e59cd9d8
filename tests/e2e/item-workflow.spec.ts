// The workflow after the meeting, through the UI on the seed item (handled at its meeting): the
// note says what is locked, a handled mark set by mistake can be taken back, and once the minutes
// are checked nothing in the item can be edited, though it still exports. Without the demo meetings
// the seed item is one handled before meetings were kept (its numbers typed by hand, no meeting of
// its own): only such an item keeps these manual steps; one on a meeting has none (item-meeting.spec.ts).
import { api, expect, test } from './fixtures';
import { addPreparer, createReviewFromTemplate, openItemsList, pointTexts, richEditor } from './items-helpers';

interface Summary {
  id: string;
  title: string;
  status: string;
}

test('a handled item can be taken back to the agenda; checked minutes lock the whole item but still export', async ({ page, startApp }) => {
  const host = await startApp({ demoMeetings: false }) // the seed handled, its minutes not yet checked (the demo meetings check them);
  await openItemsList(page);
  await page.getByRole('link', { name: 'Kehittämishankkeiden ajankohtaiskatsaus 2024' }).click();
  const note = page.locator('form').getByRole('note');
  await expect(note).toContainText('Asia on käsitelty kokouksessa');
  await expect(note).not.toContainText('Palauta luonnokseksi');
  // Its summary was frozen with the proposal, and the entry says so.
  await expect(page.getByTestId('supplementary-entry')).toContainText('Hankeyhteenveto: käynnissä 1.1.2024, 27 hanketta, tiedot lukittu päätösehdotuksen hyväksymishetken mukaan');
  // A handled item keeps its decision: it can be edited, not removed.
  await expect(page.getByRole('button', { name: 'Tyhjennä päätös' })).toHaveCount(0);
  const decision = richEditor(page, 'decision');
  await expect(decision).toHaveAttribute('contenteditable', 'true');

  await page.getByRole('button', { name: 'Peru käsittelymerkintä' }).click();
  await expect(page.getByText('Tila: Esityslistalla')).toBeVisible();
  await expect(note).toContainText('Päätösehdotus on hyväksytty ja lukittu');
  await page.getByRole('button', { name: 'Merkitse käsitellyksi' }).click();
  await expect(page.getByText('Tila: Käsitelty')).toBeVisible();

  const decisionBefore = await pointTexts(page, 'decision');
  // Checking the minutes cannot be undone, so it is confirmed first; cancelling changes nothing.
  await page.getByRole('button', { name: 'Merkitse pöytäkirja tarkastetuksi' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Merkitäänkö pöytäkirja tarkastetuksi?' });
  await expect(confirm).toContainText('Tarkastettua pöytäkirjaa ei voi enää muuttaa');
  await confirm.getByRole('button', { name: 'Peruuta' }).click();
  await expect(page.getByText('Tila: Käsitelty')).toBeVisible();
  await page.getByRole('button', { name: 'Merkitse pöytäkirja tarkastetuksi' }).click();
  await confirm.getByRole('button', { name: 'Merkitse pöytäkirja tarkastetuksi' }).click();
  await expect(page.getByText('Tila: Pöytäkirja tarkastettu')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kumoa', exact: true })).toBeDisabled();
  await expect(note).toHaveText('Pöytäkirja on tarkastettu, eikä asiaa voi enää muuttaa. Asian voi yhä viedä Word-tiedostoksi.');
  await expect(decision).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByLabel('Pykälä (§) pöytäkirjassa')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Tyhjennä päätös' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Peru käsittelymerkintä' })).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie pöytäkirjanote (Word)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/u);
  await page.reload();
  await expect(page.getByText('Tila: Pöytäkirja tarkastettu')).toBeVisible();
  expect(await pointTexts(page, 'decision')).toEqual(decisionBefore);
  const stored = (await api<Summary[]>(host, 'items:list', {})).find((item) => item.title === 'Kehittämishankkeiden ajankohtaiskatsaus 2024');
  expect(stored?.status).toBe('tarkastettu');
  // Nor can checked minutes be deleted from the list.
  await openItemsList(page);
  // (The demo's item in review, issue 9, is an ordinary draft: only the checked item's row is asked.)
  await expect(page.getByRole('row', { name: /Kehittämishankkeiden ajankohtaiskatsaus 2024/u }).getByRole('button', { name: /^Poista/u })).toHaveCount(0);
});

test('a status change waits for a save the item refused, and changes nothing until the form is fixed', async ({ page, startApp }) => {
  const host = await startApp();
  await openItemsList(page);
  await createReviewFromTemplate(page);
  await addPreparer(page);
  const title = page.getByLabel('Otsikko', { exact: true });
  const original = await title.inputValue();
  await title.fill('');
  await page.getByRole('button', { name: 'Hyväksy esitykseksi' }).click();
  await expect(page.getByText('Asiaa ei voitu tallentaa, joten tilaa ei vaihdettu.')).toBeVisible();
  await expect(page.getByText('Tila: Luonnos')).toBeVisible();
  // A new item is stored by its first change, and this one's only change was refused: nothing is stored.
  const listed = await api<Summary[]>(host, 'items:list', {});
  expect(listed.find((item) => item.title === original)).toBeUndefined();

  await title.fill(`${original} korjattu`);
  await page.getByRole('button', { name: 'Hyväksy esitykseksi' }).click();
  await expect(page.getByText('Tila: Hyväksytty esitykseksi')).toBeVisible();
  await expect(page.getByText('Asiaa ei voitu tallentaa, joten tilaa ei vaihdettu.')).toHaveCount(0);
  expect((await api<Summary[]>(host, 'items:list', {})).find((item) => item.title === `${original} korjattu`)?.status).toBe('hyvaksytty');
});
