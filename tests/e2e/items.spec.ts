// Writing an agenda item through the real UI, services, SQLite file and Word export.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { expect, test } from './fixtures';
import { addPreparer, backgroundEditor, createReviewFromTemplate, openItemsList, pasteHtml, pointTexts, richEditor, waitSaved, wordFragment } from './items-helpers';

test('writes an item: text, Word paste, points moved by keyboard and toolbar, summary, live value; it survives a reload and exports', async ({ page, startApp }) => {
  await startApp();
  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  const title = page.getByLabel('Otsikko', { exact: true });
  await expect(title).toBeVisible();
  await title.fill('Pöllökylän hankekatsaus 2025');
  await page.getByLabel('Diaarinumero').fill('KOK/77/12.00.01/2025');

  const editor = backgroundEditor(page);
  await editor.click();
  await page.keyboard.type('Hankkeita on käynnissä yhteensä ');
  await page.getByRole('button', { name: 'Lisää rekisterin luku' }).click();
  const liveDialog = page.getByRole('dialog', { name: 'Lisää rekisterin luku tekstiin' });
  await liveDialog.getByLabel('Käynnissä päivänä').fill('1.1.2024');
  await liveDialog.getByRole('button', { name: 'Lisää', exact: true }).click();
  await expect(liveDialog).toBeHidden();
  await expect(editor.locator('[data-live-value]')).toHaveText('27');
  await page.keyboard.type(' kehittämishanketta.');
  await page.keyboard.press('Enter');

  await pasteHtml(page, wordFragment);
  await expect(editor.locator('h1')).toHaveText('Hankkeiden tilanne');
  await expect(editor.locator(':scope > p strong')).toHaveText('kaksi');
  await expect(editor.locator('em')).toHaveText('useita');
  await expect(editor.locator('ul > li')).toHaveText(['Varhaiskasvatus', 'Perusopetus']);
  await expect(editor.locator('table tr').first().locator('th, td')).toHaveText(['Alue', 'Hankkeita']);
  await expect(editor.locator('table strong')).toHaveText(['Alue', 'Hankkeita']);
  // Word's looks are gone: no inline styles, classes from Word, fonts or Office tags. (The table's
  // own min-width on <table>/<col> is Tiptap's rendering, not pasted.)
  expect(await editor.locator('[style]:not(table):not(col), font, span:not([data-live-value]), [class^="Mso"]').count()).toBe(0);
  expect(await editor.innerHTML()).not.toMatch(/mso-|Calibri|#C00000|·/u);

  // Proposal points: the opening "Lautakunta päättää" and an empty first point are ready; write
  // three points, move the third up with Alt+ArrowUp, then with the toolbar, then the second down.
  const proposal = richEditor(page, 'proposal');
  await expect(proposal.locator(':scope > p')).toHaveText('Lautakunta päättää');
  await proposal.locator(':scope > ol > li').last().click();
  await page.keyboard.type('merkitä katsauksen tiedoksi');
  await page.keyboard.press('Enter');
  await page.keyboard.type('lähettää asian tiedoksi');
  await page.keyboard.press('Enter');
  await page.keyboard.type('tarkistaa pykälän heti');
  await page.keyboard.press('Alt+ArrowUp');
  expect(await pointTexts(page, 'proposal')).toEqual(['merkitä katsauksen tiedoksi', 'tarkistaa pykälän heti', 'lähettää asian tiedoksi']);
  await expect(page.getByText('Kohta siirretty paikalle 2 / 3.')).toBeAttached();
  await expect(proposal).toBeFocused();
  await page.getByRole('toolbar', { name: 'Tekstin muotoilu: Päätösehdotus' }).getByRole('button', { name: 'Siirrä kohta ylös' }).click();
  expect(await pointTexts(page, 'proposal')).toEqual(['tarkistaa pykälän heti', 'merkitä katsauksen tiedoksi', 'lähettää asian tiedoksi']);
  await proposal.locator(':scope > ol > li').nth(1).click();
  // A click reaches ProseMirror's selection a moment later (selectionchange); a key pressed before
  // that would move the point the cursor was in. Wait for the editor's own state (Tiptap puts the
  // editor on its element), as a person's next key always comes after it.
  await expect.poll(() => proposal.evaluate((element) => (element as unknown as { editor: { state: { selection: { $from: { node: (depth: number) => { textContent: string } } } } } }).editor.state.selection.$from.node(2).textContent)).toBe('merkitä katsauksen tiedoksi');
  await page.keyboard.press('Alt+ArrowDown');
  expect(await pointTexts(page, 'proposal')).toEqual(['tarkistaa pykälän heti', 'lähettää asian tiedoksi', 'merkitä katsauksen tiedoksi']);

  await page.getByRole('button', { name: 'Lisää hankeyhteenveto oheismateriaaliksi' }).click();
  const summaryDialog = page.getByRole('dialog', { name: 'Hankeyhteenveto oheismateriaaliksi' });
  await expect(summaryDialog.getByLabel('Käynnissä päivänä')).toHaveValue(`1.1.${new Date().getFullYear()}`);
  await summaryDialog.getByLabel('Käynnissä päivänä').fill('1.1.2024');
  await summaryDialog.getByRole('button', { name: 'Lisää hankeyhteenveto oheismateriaaliksi' }).click();
  await expect(page.getByTestId('supplementary-entry')).toContainText('Hankeyhteenveto: käynnissä 1.1.2024');

  await waitSaved(page);
  // The preview shows the same item as a page.
  const preview = page.getByTestId('item-preview');
  await expect(preview).toContainText('Pöllökylän hankekatsaus 2025');
  await expect(preview).toContainText('yhteensä 27 kehittämishanketta');
  await expect(preview.locator('.preview-points').last()).toContainText('tarkistaa pykälän heti');

  await page.reload();
  await expect(title).toHaveValue('Pöllökylän hankekatsaus 2025');
  await expect(editor.locator('h1')).toHaveText('Hankkeiden tilanne');
  await expect(editor.locator('ul > li')).toHaveText(['Varhaiskasvatus', 'Perusopetus']);
  await expect(editor.locator(':scope > p strong')).toHaveText('kaksi');
  await expect(editor.locator('[data-live-value]')).toHaveText('27');
  expect(await pointTexts(page, 'proposal')).toEqual(['tarkistaa pykälän heti', 'lähettää asian tiedoksi', 'merkitä katsauksen tiedoksi']);
  await expect(page.getByTestId('supplementary-entry')).toHaveCount(1);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie päätösehdotus (Word)' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.docx$/u);
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  const documentXml = await zip.file('word/document.xml')?.async('string');
  expect(documentXml).toContain('Pöllökylän hankekatsaus 2025');
  for (const point of ['tarkistaa pykälän heti', 'lähettää asian tiedoksi', 'merkitä katsauksen tiedoksi']) expect(documentXml).toContain(point);
  expect(documentXml).toContain('Hankkeiden tilanne');
});

test('the demo seed item opens with its live figure 27, its two proposal points and its three-point decision', async ({ page, startApp }) => {
  await startApp({ demoMeetings: false }) // the seed as handled; the demo meetings check its minutes;
  await openItemsList(page);
  await page.getByRole('link', { name: 'Kehittämishankkeiden ajankohtaiskatsaus 2024' }).click();
  await expect(backgroundEditor(page).locator('[data-live-value]')).toHaveText('27');
  await expect(page.getByTestId('item-preview')).toContainText('yhteensä 27 kehittämishanketta');
  expect(await pointTexts(page, 'proposal')).toHaveLength(2);
  expect((await pointTexts(page, 'decision'))[2]).toContain('tarkistaa tämän pykälän välittömästi kokouksen yhteydessä');
  // Its appeal is the body's "no appeal" text, as the seed says.
  await expect(page.getByLabel('Muutoksenhakuohje')).toHaveValue('appeal-ei-136');
  await expect(richEditor(page, 'appeal')).toContainText('kuntalaki 136 §');
  // Handled at the meeting, so the proposal is frozen and says why.
  await expect(page.getByRole('note').filter({ hasText: 'Asia on käsitelty kokouksessa. Päätösehdotus on lukittu' })).toBeVisible();
  await expect(page.getByLabel('Otsikko', { exact: true })).toBeDisabled();

  // The minutes section carries the decision's third point; the summary is its own file.
  const minutes = await downloadXml(page, 'Vie pöytäkirjanote (Word)');
  expect(minutes).toContain('tarkistaa tämän pykälän välittömästi kokouksen yhteydessä');
  const summary = await downloadXml(page, 'Vie hankeyhteenveto (Word)');
  expect(summary).toContain('OKM');
});

async function downloadXml(page: Page, button: string): Promise<string> {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.docx$/u);
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

test('undo and redo cover the form fields; approving freezes the proposal and reopening unfreezes it', async ({ page, startApp }) => {
  await startApp();
  await openItemsList(page);
  await createReviewFromTemplate(page);
  await addPreparer(page);
  const caseNumber = page.getByLabel('Diaarinumero');
  await caseNumber.fill('KOK/1/2025');
  await page.getByLabel('Kokouksen numero').fill('2/2025');
  await page.getByLabel('Kokouksen numero').press('Control+z');
  await expect(page.getByLabel('Kokouksen numero')).toHaveValue('');
  await page.getByRole('button', { name: 'Kumoa' }).click();
  await expect(caseNumber).toHaveValue('');
  await page.getByRole('button', { name: 'Tee uudelleen' }).click();
  await expect(caseNumber).toHaveValue('KOK/1/2025');
  await waitSaved(page);

  await page.getByRole('button', { name: 'Hyväksy esitykseksi' }).click();
  await expect(page.getByText('Tila: Hyväksytty esitykseksi')).toBeVisible();
  await expect(caseNumber).toBeDisabled();
  await expect(richEditor(page, 'proposal')).toHaveAttribute('contenteditable', 'false');
  await page.getByRole('button', { name: 'Kopioi päätösehdotus päätökseksi' }).click();
  await expect(richEditor(page, 'decision')).toBeVisible();
  expect(await pointTexts(page, 'decision')).toEqual(await pointTexts(page, 'proposal'));
  await expect(richEditor(page, 'decision').locator(':scope > p').first()).toHaveText('Lautakunta päätti');
  await page.getByRole('button', { name: 'Palauta luonnokseksi' }).click();
  await expect(caseNumber).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Vie pöytäkirjanote (Word)' })).toBeVisible();
});
