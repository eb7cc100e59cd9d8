// The item's numbers at the meeting: Asianro on the agenda and § in the minutes are typed in the
// heading, checked, kept after approval (they are meeting data) and printed in the exported header.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import { expect, test } from './fixtures';
import { openItemsList, waitSaved, addPreparer, createReviewFromTemplate } from './items-helpers';

async function exportedHeaders(page: Page, button: string): Promise<string> {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const zip = await JSZip.loadAsync(readFileSync(await (await downloadPromise).path()));
  const headers = await Promise.all(
    Object.values(zip.files)
      .filter((file) => /^word\/header\d*\.xml$/u.test(file.name))
      .map((file) => file.async('string')),
  );
  return headers.join('\n');
}

test('Asianro and § are typed as whole numbers, stay editable after approval and reach the exported header', async ({
  page,
  startApp,
}) => {
  await startApp();
  await openItemsList(page);
  await createReviewFromTemplate(page);
  await addPreparer(page);
  const agendaNumber = page.getByLabel('Asianumero esityslistalla');
  const sectionNumber = page.getByLabel('Pykälä (§) pöytäkirjassa');
  await expect(agendaNumber).toHaveValue('');

  await agendaNumber.fill('7,5');
  await expect(page.getByText('Anna kokonaisluku väliltä 1–9999.', { exact: true })).toBeVisible();
  // The text is not saved, and the status says so instead of "Tallennettu".
  await expect(page.getByTestId('save-status')).toHaveText('Ei tallennettu: Anna kokonaisluku väliltä 1–9999.');
  await agendaNumber.fill('7');
  await expect(page.getByText('Anna kokonaisluku väliltä 1–9999.')).toHaveCount(0);
  await waitSaved(page);
  await page.reload();
  await expect(agendaNumber).toHaveValue('7');
  expect(await exportedHeaders(page, 'Vie päätösehdotus (Word)')).toContain('Asianro 7');

  // Approval freezes the proposal, not the meeting data: § is given at the meeting.
  await page.getByRole('button', { name: 'Hyväksy esitykseksi' }).click();
  await expect(page.getByLabel('Diaarinumero')).toBeDisabled();
  await expect(sectionNumber).toBeEnabled();
  await sectionNumber.fill('12');
  await page.getByRole('button', { name: 'Kopioi päätösehdotus päätökseksi' }).click();
  await waitSaved(page);
  expect(await exportedHeaders(page, 'Vie pöytäkirjanote (Word)')).toContain('§ 12');
});
