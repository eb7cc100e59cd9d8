// The preview counts pages the way the exported document's header does, and marks where each
// further page begins, as the item grows; LibreOffice's layout of the exported file agrees.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { convertToPdf, pdfWords, requireTools } from '../render/render-tools';
import { expect, test } from './fixtures';
import { backgroundEditor, openItemsList, pasteHtml, waitSaved } from './items-helpers';

const paragraph =
  'Hankkeen tavoitteena on vahvistaa oppilaiden lukutaitoa ja tukea opettajien yhteistyötä koulujen välillä. ' +
  'Toimenpiteet kohdistuvat kaikille vuosiluokille, ja niiden vaikutuksia seurataan lukuvuoden aikana kahdesti.';

function paragraphs(count: number): string {
  return Array.from({ length: count }, (_, index) => `<p>${index + 1}. ${paragraph}</p>`).join('');
}

async function newItemWithParagraphs(page: Page, count: number): Promise<void> {
  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  await page.getByLabel('Otsikko', { exact: true }).fill(`Selostus, ${String(count)} kappaletta`);
  // The one-sentence appeal text, so that the background alone decides the page count.
  await page.getByLabel('Muutoksenhakuohje').selectOption('appeal-ei-136');
  await backgroundEditor(page).click();
  await pasteHtml(page, paragraphs(count));
  await expect(backgroundEditor(page).locator('p')).toHaveCount(count);
  await waitSaved(page);
  // The preview follows the draft a moment later (on a loaded machine, after the save): the count
  // is read once the preview holds the last paragraph and its page count has stopped changing.
  await expect(page.getByTestId('item-preview').getByText(`${String(count)}. `, { exact: false }).first()).toBeVisible();
  let previous = '';
  await expect
    .poll(async () => {
      const now = (await page.getByTestId('preview-page-count').textContent()) ?? '';
      const stable = now === previous;
      previous = now;
      return stable;
    }, { intervals: [300] })
    .toBe(true);
}

test('the preview header counts pages as the body grows, and a dashed line marks where each page begins', async ({
  page,
  startApp,
}) => {
  await startApp();
  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  await page.getByLabel('Otsikko', { exact: true }).fill('Pitkä selostus');
  await page.getByLabel('Muutoksenhakuohje').selectOption('appeal-ei-136');
  const pageCount = page.getByTestId('preview-page-count');
  const breaks = page.getByTestId('item-preview').locator('.preview-break');
  await expect(pageCount).toHaveText('1 (1)');
  await expect(breaks).toHaveCount(0);

  await backgroundEditor(page).click();
  await pasteHtml(page, paragraphs(40));
  await expect(backgroundEditor(page).locator('p')).toHaveCount(40);
  await expect(pageCount).toHaveText(/^1 \([2-9]\)$/u);
  const pages = Number(/\((\d)\)/u.exec((await pageCount.textContent()) ?? '')?.[1]);
  await expect(breaks).toHaveCount(pages - 1);
  await expect(breaks.last()).toHaveText(`${pages} (${pages})`);
  // Each page's body is 24.5 cm: the lines stand that far apart on the drawn page.
  const tops = await breaks.evaluateAll((lines) =>
    lines.map((line) => line.getBoundingClientRect().top),
  );
  const pageWidth = await page
    .getByTestId('item-preview')
    .evaluate((sheet) => sheet.getBoundingClientRect().width);
  if (tops.length > 1) expect(tops[1]! - tops[0]!).toBeCloseTo((pageWidth / 21) * 24.5, 0);

  // Removing the text gives the single page back.
  await backgroundEditor(page).press('Control+a');
  await backgroundEditor(page).press('Delete');
  await expect(pageCount).toHaveText('1 (1)');
  await expect(breaks).toHaveCount(0);
  await waitSaved(page);
});

// LibreOffice fits 14 of these paragraphs on the first page and 15 on each further one (page 7
// ends with the 104th). 102 ends late on a page, 108 early on the next: a preview whose lines are
// a few per cent too tall or too short miscounts one of them (both earlier calibrations did).
test('the page count in the preview is the one LibreOffice lays the exported file out on', async ({
  page,
  startApp,
}) => {
  requireTools();
  await startApp();
  const counted: Record<string, { preview: string; docx: Uint8Array }> = {};
  for (const count of [8, 37, 102, 108]) {
    await newItemWithParagraphs(page, count);
    const preview = (await page.getByTestId('preview-page-count').textContent()) ?? '';
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Vie päätösehdotus (Word)' }).click();
    const download = await downloadPromise;
    counted[`p${String(count)}`] = { preview, docx: readFileSync(await download.path()) };
  }
  const outDir = mkdtempSync(path.join(tmpdir(), 'pykala-preview-pages-'));
  try {
    const pdfs = convertToPdf(
      Object.fromEntries(Object.entries(counted).map(([name, { docx }]) => [name, docx])),
      outDir,
    );
    const pairs = Object.entries(counted).map(([name, { preview }]) => ({
      name,
      preview,
      libreOffice: `1 (${String(pdfWords(pdfs[name] ?? '').pages.length)})`,
    }));
    expect(pairs.map(({ libreOffice }) => libreOffice)).toEqual([
      '1 (1)',
      '1 (3)',
      '1 (7)',
      '1 (8)',
    ]);
    for (const { name, preview, libreOffice } of pairs) expect(preview, name).toBe(libreOffice);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});

// The preview prints what the export prints (electron/export, shared/format/item-document.ts):
// the agenda item until a decision exists, then the minutes section; the same header and lines.
test('the preview shows the agenda item or, once a decision exists, the minutes section, with the export words', async ({
  page,
  startApp,
}) => {
  await startApp();
  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  const preview = page.getByTestId('item-preview');
  const header = preview.locator('.preview-header');
  await page.getByLabel('Otsikko', { exact: true }).fill('Koulukuljetukset 2025');
  await page.getByLabel('Otsikko ruotsiksi').fill('Skolskjutsar 2025');
  await page.getByLabel('Kokouksen numero').fill('2/2024');
  await expect(header).toContainText('ESITYSLISTA 2/2024');
  await expect(header).not.toContainText('Sivistyspalvelut');
  await expect(preview.locator('[lang="sv-FI"]')).toHaveText('Skolskjutsar 2025');
  await expect(preview).toContainText('Sivistyslautakunta Kokous 2/2024');
  await expect(preview).not.toContainText('Päätös');

  await page.getByLabel('Valitse henkilö').selectOption({ label: 'Maria Esimerkki, kehittämispäällikkö' });
  await page.getByRole('button', { name: 'Lisää valmistelija' }).click();
  await expect(preview).toContainText('Maria Esimerkki, kehittämispäällikkö, puh. 040 123 4567, maria.esimerkki@example.fi');

  await page.getByLabel('Salassa pidettävä', { exact: true }).check();
  await page.getByLabel('Salassapitoperuste').fill('JulkL 24.1 § 25 k');
  await expect(preview.locator('.preview-meta--bold')).toHaveText('Osittain salassa pidettävä, JulkL 24.1 § 25 k');

  // The title stands at the margin, as exported; labels too, and their text 4.6 cm further.
  const pageWidth = await preview.evaluate((sheet) => sheet.getBoundingClientRect().width);
  const left = async (selector: string) => (await preview.locator(selector).first().boundingBox())?.x ?? Number.NaN;
  expect(await left('.preview-title')).toBeCloseTo(await left('.preview-label'), 0);
  expect((await left('.preview-text')) - (await left('.preview-label'))).toBeCloseTo((pageWidth / 21) * 4.6, 0);

  await page.getByRole('button', { name: 'Kirjoita päätös tyhjästä' }).click();
  await expect(header).toContainText('PÖYTÄKIRJA 2/2024');
  await expect(preview).toContainText('PäätösLautakunta päätti');
  await page.getByRole('button', { name: 'Tyhjennä päätös' }).click();
  await expect(header).toContainText('ESITYSLISTA');
  await expect(preview).not.toContainText('Päätös');
  await waitSaved(page);
});
