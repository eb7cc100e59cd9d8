// Shared steps of the agenda-item e2e tests.
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export async function openItemsList(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Asiat' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Asiat' })).toBeVisible();
  await expect(page.getByText(/^\d+ asiaa?$/u)).toBeVisible();
}

export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText('Tallennettu');
}

export function backgroundEditor(page: Page) {
  return page.getByRole('textbox', { name: 'Selostus' });
}

/** The rich-text box of the proposal, the decision or the appeal instructions. */
export function richEditor(page: Page, field: 'proposal' | 'decision' | 'appeal') {
  return page.locator(`.rte-content[data-field="${field}"]`);
}

/** The numbered points of the proposal or decision: its top-level numbered list, as the editor shows it. */
export async function pointTexts(page: Page, name: 'proposal' | 'decision'): Promise<string[]> {
  return richEditor(page, name).locator(':scope > ol > li').allInnerTexts();
}

/** What Word puts on the clipboard, trimmed: Office namespaces, mso styles, fonts and colours. */
export const wordFragment = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:Calibri}</style></head><body><!--StartFragment-->
<h1 style="color:#2F5496"><span style="font-family:'Calibri Light'">Hankkeiden tilanne</span><o:p></o:p></h1>
<p class=MsoNormal><span style="font-size:12pt;color:#C00000;font-family:Arial">Käynnissä on <b>kaksi</b> uutta ja <i>useita</i> jatkuvia hankkeita.</span><o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style="mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-family:Symbol">·<span>&nbsp;&nbsp; </span></span><![endif]>Varhaiskasvatus<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style="mso-list:l0 level1 lfo1"><![if !supportLists]><span style="font-family:Symbol">·<span>&nbsp;&nbsp; </span></span><![endif]>Perusopetus<o:p></o:p></p>
<table class=MsoTableGrid border=1 style="border-collapse:collapse"><tr><td style="background:#D9E2F3"><p class=MsoNormal><b>Alue</b></p></td><td><p class=MsoNormal><b>Hankkeita</b></p></td></tr><tr><td><p class=MsoNormal>Lukio</p></td><td><p class=MsoNormal>3</p></td></tr></table>
<!--EndFragment--></body></html>`;

export async function pasteHtml(page: Page, html: string): Promise<void> {
  await backgroundEditor(page).evaluate((element, fragment) => {
    const data = new DataTransfer();
    data.setData('text/html', fragment);
    data.setData('text/plain', 'Hankkeiden tilanne');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

/** Names a preparer from the demo people list (an item cannot go to review without one). */
export async function addPreparer(page: Page, label = 'Maria Esimerkki, kehittämispäällikkö'): Promise<void> {
  await page.getByLabel('Valitse henkilö').selectOption({ label });
  await page.getByRole('button', { name: 'Lisää valmistelija' }).click();
}

/** "Uusi asia pohjasta": the template asks which meeting (or year) the review is for. */
export async function createReviewFromTemplate(page: Page, meetingDate = '', year = '2025'): Promise<void> {
  await page.getByRole('button', { name: 'Uusi asia pohjasta: kehittämishankkeiden katsaus' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kehittämishankkeiden katsaus: mille kokoukselle?' });
  if (meetingDate) await dialog.getByLabel('Kokouspäivä').fill(meetingDate);
  if (year) await dialog.getByLabel('Vuosi').fill(year);
  await dialog.getByRole('button', { name: 'Luo asia' }).click();
  await expect(page.getByLabel('Otsikko', { exact: true })).toBeVisible();
}

/** "Lähetä esittelijälle" with an optional message (issue 9: the send is a dialog). */
export async function sendToPresenter(page: Page, message = ''): Promise<void> {
  await page.getByRole('button', { name: 'Lähetä esittelijälle' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lähetä esittelijälle' });
  if (message !== '') await dialog.getByLabel('Viesti esittelijälle (valinnainen)').fill(message);
  await dialog.getByRole('button', { name: 'Lähetä esittelijälle' }).click();
  await expect(dialog).toBeHidden();
}
