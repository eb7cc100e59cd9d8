// The agenda through the UI at 1366×768: a body made in settings, a meeting made from the list,
// approved items added (one not approved refused with the reason), the standard items, reordering
// by keyboard, by the buttons and by dragging with Asianro following, the agenda exported, the
// meeting started and its § numbers given; a reload returns to the same screen throughout.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import JSZip from 'jszip';
import type { MeetingDetail } from '../../shared/ipc/channels/meetings';
import type { AgendaItem } from '../../shared/domain/item';
import { api, expect, test } from './fixtures';
import { addBodyInSettings, agendaRows, bodyName, makeItem, openMeetings } from './meetings-helpers';

const screenshots = path.resolve(import.meta.dirname, '../../test-results/screens');

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`), `axe on ${what}`).toEqual([]);
}

async function shoot(page: Page, name: string) {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`) });
}

const titleA = 'Oppilashuollon kehittämishanke 2025';
const titleB = 'Koulukirjastojen hankinnat 2025';
const titleC = 'Keskeneräinen asia 2025';

test.use({ viewport: { width: 1366, height: 768 } });

test('a meeting from the list, its agenda built, reordered by keyboard, buttons and dragging, exported and started', async ({ page, startApp }) => {
  const host = await startApp();
  await addBodyInSettings(page);
  await page.getByRole('button', { name: `Muokkaa: ${bodyName}` }).click();
  await expect(page.getByRole('dialog', { name: `Muokkaa toimielintä ${bodyName}` })).toBeVisible();
  await shoot(page, 'body-editor');
  await expectNoViolations(page, 'the body editor');
  await page.keyboard.press('Escape');

  const itemA = await makeItem(host, 2025, titleA);
  await makeItem(host, 2025, titleB);
  const itemC = await makeItem(host, 2025, titleC, false);

  await openMeetings(page);
  await page.getByLabel('Vuosi', { exact: true }).fill('2025');
  await expect(page).toHaveURL(/#\/meetings\?year=2025$/u);
  await expect(page.getByText('Ei kokouksia vuonna 2025.')).toBeVisible();

  await page.getByRole('button', { name: 'Uusi kokous' }).click();
  const create = page.getByRole('dialog', { name: 'Uusi kokous' });
  await create.getByLabel('Toimielin').selectOption({ label: bodyName });
  await create.getByLabel('Päivämäärä').fill('20.1.2025');
  // The next number of the body's year, and the body's own place, until typed otherwise.
  await expect(create.getByLabel('Numero vuonna')).toHaveValue('1');
  await expect(create.getByLabel('Kokouspaikka')).toHaveValue('Kunnantalo, valtuustosali');
  await create.getByLabel('Alkamisaika').fill('17.00');
  await expectNoViolations(page, 'the new meeting dialog');
  await create.getByRole('button', { name: 'Luo kokous' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${bodyName} 1/2025`, 'u') })).toBeVisible();
  await expect(page).toHaveURL(/#\/meetings\?year=2025&meeting=[^&]+$/u);
  const meetingId = new URLSearchParams(page.url().split('?').pop()).get('meeting') ?? '';
  await expect(page.getByTestId('meeting-status')).toHaveText('Suunniteltu');

  // The pool offers the approved items; one not approved is refused with the service's reason.
  const pool = page.getByRole('list', { name: 'Hyväksytyt asiat' });
  await expect(pool.getByTestId('pool-item')).toHaveCount(2);
  await expect(pool).toContainText(titleA);
  await expect(pool).toContainText(titleB);
  await page.getByLabel('Muu asia').selectOption({ label: `${titleC} (Luonnos)` });
  await page.getByRole('button', { name: 'Lisää valittu asia' }).click();
  const alert = page.locator('.error-alert:not(.error-alert--empty)');
  await expect(alert).toContainText('Asia on luonnos: vain esitykseksi hyväksytyn asian voi lisätä esityslistalle.');
  await expect(page.getByTestId('agenda-row')).toHaveCount(0);
  expect((await api<AgendaItem>(host, 'items:get', { id: itemC.id })).status).toBe('luonnos');

  await page.getByRole('button', { name: `Lisää esityslistalle: ${titleA}` }).click();
  await expect(page.getByTestId('agenda-announcement')).toHaveText(`Asia ”${titleA}” lisätty esityslistalle: asia 1.`);
  await expect(alert).toHaveCount(0);
  await page.getByRole('button', { name: `Lisää esityslistalle: ${titleB}` }).click();
  expect(await agendaRows(page)).toEqual([`1||${titleA}`, `2||${titleB}`]);
  await expect(pool.getByTestId('pool-item')).toHaveCount(0);

  await page.getByRole('button', { name: 'Lisää vakioasiat' }).click();
  const standard = page.getByRole('dialog', { name: 'Lisää vakioasiat' });
  await expect(standard.getByRole('checkbox')).toHaveCount(7);
  await standard.getByRole('checkbox', { name: 'Viranhaltijapäätökset' }).uncheck();
  await expectNoViolations(page, 'the standard items dialog');
  await standard.getByRole('button', { name: 'Lisää valitut' }).click();
  await expect(page.getByTestId('agenda-announcement')).toHaveText('6 vakioasiaa lisätty esityslistalle.');
  const titles = async () => (await agendaRows(page)).map((row) => row.split('|')[2]);
  await expect(page.getByTestId('agenda-row')).toHaveCount(8);
  const built = await titles();
  expect(built[0]).toBe('Kokouksen avaus');
  expect(built.at(-1)).toBe('Muut asiat');
  expect(built).toContain(titleA);
  expect(built).not.toContain('Viranhaltijapäätökset');
  await shoot(page, 'meeting-agenda');
  await expectNoViolations(page, 'the meeting page');

  // Keyboard: Alt+ArrowUp on a focused row moves it; focus stays with it and the move is announced.
  const indexOf = async (title: string) => (await titles()).indexOf(title);
  const rowOf = (title: string) => page.getByRole('row', { name: new RegExp(`^Asia \\d+: ${title}$`, 'u') });
  const fromB = await indexOf(titleB);
  await rowOf(titleB).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByTestId('agenda-announcement')).toHaveText(`Asia ”${titleB}” on nyt asia ${String(fromB)}.`);
  expect(await indexOf(titleB)).toBe(fromB - 1);
  await expect(rowOf(titleB)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByTestId('agenda-announcement')).toHaveText(`Asia ”${titleB}” on nyt asia ${String(fromB - 1)}.`);
  await expect(rowOf(titleB).getByTestId('agenda-number')).toHaveText(String(fromB - 1));

  // The row's own button, named for its item.
  const fromA = await indexOf(titleA);
  await page.getByRole('button', { name: `Siirrä ylös: ${titleA}` }).click();
  await expect(rowOf(titleA).getByTestId('agenda-number')).toHaveText(String(fromA));
  await expect(page.getByRole('button', { name: `Siirrä ylös: ${titleA}` })).toBeFocused();

  // Dragging A onto the second row puts it there; the Asianro of every row follows.
  await rowOf(titleA).dragTo(page.getByTestId('agenda-row').nth(1));
  await expect(rowOf(titleA).getByTestId('agenda-number')).toHaveText('2');
  const order = await titles();
  expect(order[1]).toBe(titleA);
  const stored = await api<MeetingDetail>(host, 'meetings:get', { id: meetingId });
  expect(stored.sections.map((section) => section.item.title)).toEqual(order);
  expect(stored.sections.map((section) => section.position)).toEqual(order.map((_, index) => index));

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${bodyName} 1/2025`, 'u') })).toBeVisible();
  expect(await titles()).toEqual(order);

  // The item on the agenda: its meeting fields are the agenda's, with the way back to the meeting.
  await page.getByRole('link', { name: `Avaa asia ${titleA}` }).click();
  await expect(page.getByTestId('item-meeting')).toHaveText('Kokous 1/2025, asia 2');
  await expect(page.getByLabel('Asianumero esityslistalla')).toBeDisabled();
  await expect(page.getByLabel('Kokouspäivä')).toBeDisabled();
  await page.getByRole('link', { name: `Avaa kokous ${bodyName} 1/2025` }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`^${bodyName} 1/2025`, 'u') })).toBeVisible();

  // Starting the meeting gives the § numbers in agenda order.
  await page.getByRole('button', { name: 'Lähetä esityslista' }).click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Esityslista lähetetty');
  await page.getByRole('button', { name: 'Aloita kokous' }).click();
  await expect(page.getByTestId('meeting-status')).toHaveText('Kokouksessa');
  await page.getByRole('button', { name: 'Esityslista ja tiedot' }).click();
  await expect(page).toHaveURL(/view=agenda/u);
  await expect(page.getByTestId('section-number')).toHaveText(order.map((_, index) => `§ ${String(index + 1)}`));
  await page.reload();
  await expect(page.getByTestId('section-number')).toHaveText(order.map((_, index) => `§ ${String(index + 1)}`));
  await expect(page.getByRole('button', { name: 'Poista esityslistalta', exact: false })).toHaveCount(0);

  // The year's list: number, date, status and § range.
  await page.getByRole('link', { name: 'Kaikki kokoukset' }).click();
  const row = page.getByTestId('meeting-row').filter({ hasText: bodyName });
  await expect(row).toContainText('1/2025');
  await expect(row).toContainText('20.1.2025');
  await expect(row).toContainText('17.00');
  await expect(row).toContainText('Kokouksessa');
  await expect(row).toContainText('§ 1–8');
  await shoot(page, 'meetings-list');
  await expectNoViolations(page, 'the meetings list');
  expect(itemA.status).toBe('hyvaksytty');

  await page.getByRole('link', { name: `Avaa kokous ${bodyName} 1/2025` }).click();
  // The whole agenda as Word: a download of a .docx naming the meeting's items.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Esityslista (.docx)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/u);
  const documentXml = await (await JSZip.loadAsync(readFileSync(await file.path()))).file('word/document.xml')?.async('string');
  const text = (documentXml ?? '').replace(/<[^>]+>/gu, '');
  expect(text).toContain('ESITYSLISTA');
  expect(text).toContain(titleA);
  expect(text).toContain(titleB);
});
