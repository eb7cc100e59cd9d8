// A decision as boards write it, through the real UI: the one-click "Hyväksyttiin
// päätösehdotuksen mukaisesti", a one-sentence decision that makes a minutes extract, a proposal
// with bullets printed as bullets; and an item that lists what it lacks before it may move on.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { expect, test } from './fixtures';
import { addPreparer, openItemsList, richEditor, sendToPresenter, waitSaved } from './items-helpers';

interface Exported {
  document: string;
  numbering: string;
}

async function exported(page: Page, button: string): Promise<Exported> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const zip = await JSZip.loadAsync(readFileSync(await (await download).path()));
  return { document: (await zip.file('word/document.xml')?.async('string')) ?? '', numbering: (await zip.file('word/numbering.xml')?.async('string')) ?? '' };
}

/** Each numbered paragraph (w:numPr) with its text and the number format its list's first level uses ("bullet", "decimal"). */
function numberedParagraphs({ document, numbering }: Exported): { text: string; format: string }[] {
  const formatOf = (numId: string) => {
    const abstract = new RegExp(`<w:num w:numId="${numId}"[^>]*>\\s*<w:abstractNumId w:val="(\\d+)"`, 'u').exec(numbering)?.[1];
    const definition = new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstract ?? '-'}"[^>]*>(.*?)</w:abstractNum>`, 'su').exec(numbering)?.[1] ?? '';
    return /<w:numFmt w:val="(\w+)"/u.exec(definition)?.[1] ?? '?';
  };
  return [...document.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:numPr>(?:(?!<\/w:p>).)*?<\/w:p>/gsu)].map((match) => ({
    text: [...match[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((text) => text[1]).join(''),
    format: formatOf(/<w:numId w:val="(\d+)"/u.exec(match[0])?.[1] ?? ''),
  }));
}

test('a one-sentence decision is a decision: one click records it, and the minutes extract prints it beside "Päätös"', async ({ page, startApp }) => {
  await startApp();
  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  await page.getByLabel('Otsikko', { exact: true }).fill('Kerhoavustukset');
  // A one-sentence proposal in place of the opening and its empty point.
  const proposal = richEditor(page, 'proposal');
  await proposal.locator(':scope > p').first().click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Lautakunta merkitsee kerhotoiminnan katsauksen tiedoksi.');
  await waitSaved(page);
  await expect(page.getByText('Päätös kirjataan kokouksessa.')).toBeVisible();
  await page.getByRole('button', { name: 'Hyväksyttiin päätösehdotuksen mukaisesti' }).click();
  await expect(richEditor(page, 'decision')).toHaveText('Hyväksyttiin päätösehdotuksen mukaisesti.');
  await expect(page.getByTestId('item-preview')).toContainText('Hyväksyttiin päätösehdotuksen mukaisesti.');
  const minutes = await exported(page, 'Vie pöytäkirjanote (Word)');
  expect(minutes.document).toContain('Hyväksyttiin päätösehdotuksen mukaisesti.');
  expect(minutes.document).toContain('Lautakunta merkitsee kerhotoiminnan katsauksen tiedoksi.');
  // Neither the sentence nor the proposal became a numbered point (the appeal text's lists are the only lists).
  const numbered = numberedParagraphs(minutes).map((paragraph) => paragraph.text);
  expect(numbered.filter((text) => /Hyväksyttiin|Lautakunta/u.test(text))).toEqual([]);

  // Emptied, the decision may be written again from the proposal, in the past tense.
  await page.getByRole('button', { name: 'Tyhjennä päätös' }).click();
  await page.getByRole('button', { name: 'Kopioi päätösehdotus päätökseksi' }).click();
  await expect(richEditor(page, 'decision')).toHaveText('Lautakunta merkitsi kerhotoiminnan katsauksen tiedoksi.');
});

test('a proposal with bullets, a totals line and a closing paragraph prints bullets, never numbered points', async ({ page, startApp }) => {
  await startApp();
  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  await page.getByLabel('Otsikko', { exact: true }).fill('Avustukset kouluille');
  const proposal = richEditor(page, 'proposal');
  await proposal.locator(':scope > p').first().click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Lautakunta päättää myöntää avustukset:');
  await page.keyboard.press('Enter');
  await page.getByRole('toolbar', { name: 'Tekstin muotoilu: Päätösehdotus' }).getByRole('button', { name: 'Luettelo', exact: true }).click();
  await page.keyboard.type('Koivula 1 200 €');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Mäntylä 800 €');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Yhteensä 2 000 €.');
  await expect(proposal.locator(':scope > ul > li')).toHaveText(['Koivula 1 200 €', 'Mäntylä 800 €']);
  await expect(proposal.locator(':scope > p').last()).toHaveText('Yhteensä 2 000 €.');
  await waitSaved(page);
  const preview = page.getByTestId('item-preview');
  await expect(preview.locator('.preview-row').filter({ hasText: 'Sivistysjohtaja' }).locator('ul li')).toHaveText(['Koivula 1 200 €', 'Mäntylä 800 €']);
  const file = await exported(page, 'Vie päätösehdotus (Word)');
  // Real bullets: Word numbering in a bullet format, not numbered points.
  const schools = numberedParagraphs(file).filter((paragraph) => /Koivula|Mäntylä/u.test(paragraph.text));
  expect(schools).toEqual([{ text: 'Koivula 1 200 €', format: 'bullet' }, { text: 'Mäntylä 800 €', format: 'bullet' }]);
  // The totals line and the closing are paragraphs, not list items.
  expect(numberedParagraphs(file).some((paragraph) => paragraph.text.startsWith('Yhteensä'))).toBe(false);
  expect(file.document).toContain('Yhteensä 2 000 €.');
});

test('an incomplete item lists what it lacks before and when it is sent on, and goes once it is complete', async ({ page, startApp }) => {
  await startApp();
  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  // Both next steps lack the same: one line says it for both.
  const missing = page.getByTestId('missing-steps');
  await expect(missing).toHaveCount(1);
  await expect(missing).toContainText('”Lähetä esittelijälle” ja ”Hyväksy esitykseksi” vaativat vielä:');
  await expect(missing).toContainText('otsikko');
  await expect(missing).toContainText('valmistelija');
  await sendToPresenter(page);
  const alert = page.getByRole('alert').filter({ hasText: 'Asiasta puuttuu tietoja' });
  await expect(alert).toContainText('päätösehdotuksen teksti');
  await expect(alert).toContainText('otsikko');
  await expect(page.getByText('Tila: Luonnos')).toBeVisible();

  await page.getByLabel('Otsikko', { exact: true }).fill('Tuntijako 2025');
  await addPreparer(page);
  const proposal = richEditor(page, 'proposal');
  await proposal.locator(':scope > ol > li').last().click();
  await page.keyboard.type('hyväksyä tuntijaon');
  // A standard text with blanks left is missing too; the demo's rectification text has its addresses filled in.
  await page.getByLabel('Muutoksenhakuohje').selectOption('appeal-ei-muu-laki');
  await expect(missing).toContainText('muutoksenhakuohjeen täydennettävät kohdat');
  await page.getByLabel('Muutoksenhakuohje').selectOption('appeal-oikaisuvaatimus');
  await expect(missing).toHaveCount(0);
  await waitSaved(page);
  await sendToPresenter(page);
  await expect(page.getByText('Tila: Esittelijän tarkastettavana')).toBeVisible();
});
