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

export async function pointTexts(page: Page, name: 'proposal' | 'decision'): Promise<string[]> {
  return page.getByTestId(`${name}-point`).locator('textarea').evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
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
