// Review in Word (issue 9) through the UI at 1366×768: "Tarkastuskopio Wordiin" exports the proposal
// with the changes since a chosen version as tracked changes; the director's copy, modified as Word
// does (a tracked insertion, a new comment, split runs with rsids), is read back through "Tuo
// tarkastettu Word-tiedosto": the screen lists the comment and the change with how each matched,
// nothing is applied until chosen, the accepted change makes a new version and the comment is
// imported. A file that is no review copy gets its Finnish refusal and changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { api, expect, test } from './fixtures';
import { addPreparer, backgroundEditor, createReviewFromTemplate, openItemsList, sendToPresenter, waitSaved } from './items-helpers';
import { selectInEditor } from './review-editor-helpers';
import { expectNoViolations, shoot } from './review-helpers';
import { WordSession } from '../unit/review-word/word-edits';

interface ItemSummary {
  id: string;
  title: string;
}
interface Version {
  version: number;
  reason: string;
  author: { name: string };
}

test.use({ viewport: { width: 1366, height: 768 } });

test('the review copy goes to Word with tracked changes, and the reviewed copy comes back one choice at a time', async ({ page, startApp, dataDir }) => {
  const host = await startApp();
  await openItemsList(page);
  await createReviewFromTemplate(page);
  await addPreparer(page);
  await waitSaved(page);
  const title = await page.getByLabel('Otsikko', { exact: true }).inputValue();
  const itemId = (await api<ItemSummary[]>(host, 'items:list', {})).find((item) => item.title === title)?.id ?? '';
  // Sent (a version of its own: autosaves within a minute share one), then changed, for the copy's tracked changes.
  await sendToPresenter(page);
  await selectInEditor(backgroundEditor(page), 'on oheismateriaalina.', { collapse: 'end' });
  await page.keyboard.type(' Katsaus tehdään vuosittain.');
  await waitSaved(page);

  await page.getByRole('button', { name: 'Tarkastuskopio Wordiin' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tarkastuskopio Wordiin' });
  await expect(dialog.getByLabel('Avoimet kommentit Wordin kommentteina')).toBeChecked();
  const since = dialog.getByLabel('Muutokset jäljitettyinä');
  const first = since.locator('option', { hasText: /^Muutokset versiosta 1 \(/u });
  await expect(first).toHaveText(/^Muutokset versiosta 1 \(\d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}, Mikko Saari\)$/u);
  await since.selectOption({ label: await first.innerText() });
  await expectNoViolations(page, 'the review copy dialog');
  await shoot(page, 'review-word-export');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Vie Word-tiedosto' }).click();
  const exported = await (await download).path();
  const bytes = readFileSync(exported);
  const documentXml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
  // The change since version 1 is a tracked insertion in the copy.
  expect(documentXml).toMatch(/<w:ins [^>]*w:author="[^"]+"[^>]*>(?:(?!<\/w:ins>).)*Katsaus tehdään vuosittain\./u);

  // The director's copy: an insertion and a comment, runs split with rsids as Word saves them.
  const session = await WordSession.open(bytes);
  session.insertAfter('strateginen valinta', ' ja pitkäjänteinen työ');
  session.comment('hankitaan resursseja', 'Mistä resurssit tulevat?');
  session.splitRunsAndRsids();
  const reviewed = path.join(dataDir, 'tarkastettu.docx');
  writeFileSync(reviewed, await session.save());
  const versionsBefore = await api<Version[]>(host, 'versions:list', { id: itemId });

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Tuo tarkastettu Word-tiedosto' }).click();
  await (await chooser).setFiles(reviewed);
  const importDialog = page.getByRole('dialog', { name: 'Tarkastettu Word-tiedosto: tarkastettu.docx' });
  const comment = importDialog.getByTestId('word-comment').filter({ hasText: 'Mistä resurssit tulevat?' });
  await expect(comment).toContainText('”hankitaan resursseja”');
  await expect(comment).toContainText('Ankkuroidaan samaan tekstiin');
  const change = importDialog.getByTestId('word-change').filter({ hasText: 'ja pitkäjänteinen työ' });
  await expect(change).toContainText('Selostus');
  await expect(change).toContainText('Löytyi asiasta');
  // The copy's own tracked change (the export's) is not the reviewer's: not listed.
  await expect(importDialog.getByTestId('word-change')).toHaveCount(1);
  // Nothing starts accepted.
  const accept = change.getByLabel('Hyväksy muutos');
  await expect(accept).not.toBeChecked();
  await expectNoViolations(page, 'the Word import screen');
  await shoot(page, 'review-word-import');
  // With nothing chosen, nothing is done.
  await importDialog.getByLabel(/^Tuo löytyneet kommentit asiaan/u).uncheck();
  await importDialog.getByRole('button', { name: 'Tuo valitut' }).click();
  await expect(importDialog.getByText('Et ole valinnut mitään tuotavaa.')).toBeVisible();
  expect(await api<Version[]>(host, 'versions:list', { id: itemId })).toHaveLength(versionsBefore.length);

  await accept.check();
  await importDialog.getByLabel(/^Tuo löytyneet kommentit asiaan/u).check();
  await importDialog.getByRole('button', { name: 'Tuo valitut' }).click();
  await expect(importDialog.getByTestId('word-import-result')).toContainText('Hyväksyttiin 1 muutosta ja tuotiin 1 kommenttia.');
  await shoot(page, 'review-word-applied');
  await importDialog.getByRole('button', { name: 'Sulje' }).click();
  await expect(backgroundEditor(page)).toContainText('strateginen valinta ja pitkäjänteinen työ');
  await waitSaved(page);
  const versionsAfter = await api<Version[]>(host, 'versions:list', { id: itemId });
  expect(versionsAfter.at(-1)).toMatchObject({ reason: 'wordImport', author: { name: 'Mikko Saari' } });
  const comments = await api<{ body: string; quote: string; source: string; detached: boolean }[]>(host, 'comments:list', { itemId });
  expect(comments.find((entry) => entry.body === 'Mistä resurssit tulevat?')).toMatchObject({ quote: 'hankitaan resursseja', source: 'word', detached: false });
});

test('a file that is no review copy of the item is refused in Finnish and changes nothing', async ({ page, startApp, dataDir }) => {
  const host = await startApp();
  await openItemsList(page);
  await page.getByRole('link', { name: 'Kehittämishankkeiden ajankohtaiskatsaus 2024' }).click();
  await expect(page.getByLabel('Otsikko', { exact: true })).toBeVisible();
  const itemId = (await api<ItemSummary[]>(host, 'items:list', {})).find((item) => item.title === 'Kehittämishankkeiden ajankohtaiskatsaus 2024')?.id ?? '';
  const versionsBefore = await api<Version[]>(host, 'versions:list', { id: itemId });

  const notWord = path.join(dataDir, 'muistio.docx');
  writeFileSync(notWord, 'Tämä on tekstitiedosto, ei Word-asiakirja.');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Tuo tarkastettu Word-tiedosto' }).click();
  await (await chooser).setFiles(notWord);
  const refused = page.getByRole('alertdialog', { name: 'Tiedostoa ei voitu tuoda' });
  await expect(refused.getByTestId('word-import-refused')).toHaveText(/vioittunut|ei ole Word-asiakirja/u);
  await expectNoViolations(page, 'the refused Word file');
  await shoot(page, 'review-word-refused');
  await refused.getByRole('button', { name: 'Sulje' }).click();

  // A real Word file, but not a Pykälä review copy.
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Muistio</w:t></w:r></w:p></w:body></w:document>');
  const foreign = path.join(dataDir, 'toinen.docx');
  writeFileSync(foreign, await zip.generateAsync({ type: 'uint8array' }));
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Tuo tarkastettu Word-tiedosto' }).click();
  await (await again).setFiles(foreign);
  await expect(refused.getByTestId('word-import-refused')).toContainText('Tiedosto ei ole Pykälän tarkastuskopio');
  await refused.getByRole('button', { name: 'Sulje' }).click();
  expect(await api<Version[]>(host, 'versions:list', { id: itemId })).toHaveLength(versionsBefore.length);
});
