// The filtered register leaves as CSV (semicolons, UTF-8 with BOM for Finnish Excel) and XLSX.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expect, registerReady, test } from './fixtures';

test('exports the filtered register as CSV and XLSX downloads', async ({ page, startApp }) => {
  await startApp();
  await registerReady(page);
  await page.getByLabel('Käynnissä päivänä').fill('1.1.2024');
  await expect(page.getByTestId('totals-count')).toHaveText('27');

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/\.csv$/u);
  const bytes = readFileSync(await csv.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split(/\r?\n/u).filter((line) => line.trim() !== '');
  expect(lines).toHaveLength(1 + 27);
  expect(lines[0]).toContain(';');
  expect(lines[0]).toContain('Nimi');
  await expect(page.getByRole('status')).toContainText(csv.suggestedFilename());

  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie Excel (XLSX)' }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/u);
  const zip = await JSZip.loadAsync(readFileSync(await xlsx.path()));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')?.async('string');
  expect(sheet).toBeDefined();
  expect(sheet?.match(/<row /gu)).toHaveLength(1 + 27);
});
