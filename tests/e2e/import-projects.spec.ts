// The register imported from a CSV as Finnish Excel saves it (Windows-1252, semicolons, a title
// row above the header, "12 500,00 €", 1.3.2024, empty trailing rows), through the import screen
// at 1366×768: a column mapped by hand, an unknown funder mapped, a demo project's duplicate
// updated, an invalid row skipped; the report checked against the register; then "Kumoa tuonti"
// puts the register back as it was.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { api, expect, registerReady, test } from './fixtures';

test.use({ viewport: { width: 1366, height: 768 } });

const screens = path.resolve(import.meta.dirname, '../../test-results/screens');
const fixtures = path.resolve(import.meta.dirname, '../fixtures/import');

/** Windows-1252 as Excel writes a Finnish CSV: the Latin-1 range plus € (0x80) and – (0x96). */
function windows1252(text: string): Buffer {
  const special: Record<string, number> = { '€': 0x80, '–': 0x96 };
  return Buffer.from(Array.from({ length: text.length }, (_, index) => {
    const char = text.charAt(index);
    const code = special[char] ?? char.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in Windows-1252: ${char}`);
    return code;
  }));
}

const nbsp = '\u00a0';
const csv = [
  'Hankerekisteri 2024;;;;;;;;;',
  'Hanke;Rahoittaja;Vastuualue;Tila;Myönnetty;Kokonaisbudjetti;Alkaa;Päättyy;Vastuuhenkilö;Muistiinpanot',
  `Tuontihanke Äijälä;Kaupungin oma;Perusopetus;Käynnissä;4${nbsp}000,00${nbsp}€;5${nbsp}000,00${nbsp}€;1.8.2024;31.7.2025;Anna Niemi;Käsin kartoitettu kuvaus`,
  `Tuontihanke Öljymäki;OPH;Vapaa sivistystyö;Haettu;12${nbsp}500,00${nbsp}€;15${nbsp}000,00${nbsp}€;1.3.2024;28.2.2025;Riitta Ahonen;`,
  `Lukutaidon polku päiväkodeissa;OKM;Varhaiskasvatus;Käynnissä;99${nbsp}000,00${nbsp}€;;1.8.2023;31.12.2024;Anna Niemi;Päivitetty summa`,
  `Virheellinen hanke;OKM;Perusopetus;Käynnissä;1${nbsp}000,00${nbsp}€;;31.2.2024;31.12.2024;Anna Niemi;`,
  ';;;;;;;;;',
  ';;;;;;;;;',
].join('\r\n');

interface ListResult {
  rows: { id: string; nameFi: string; funder: string; grantedCents: number | null; startDate: string | null }[];
  totals: { count: number };
}

async function expectAxeClean(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** Nothing scrolls sideways at 1366×768: neither the page nor the main area. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => {
    const main = document.querySelector('.app__main');
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      main: main ? main.scrollWidth - main.clientWidth : 0,
    };
  });
  expect(overflow).toEqual({ page: 0, main: 0 });
}

/** The screen as it is, and scrolled to its end (the main area scrolls, not the page). */
async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(screens, `${name}.png`) });
  await page.locator('.app__main').evaluate((main) => { main.scrollTop = main.scrollHeight; });
  await page.screenshot({ path: path.join(screens, `${name}-end.png`) });
  await page.locator('.app__main').evaluate((main) => { main.scrollTop = 0; });
}

async function search(page: Page, text: string) {
  await page.getByLabel('Haku', { exact: true }).fill(text);
  await expect(page.getByRole('table', { name: 'Hankkeet' }).getByRole('row')).not.toHaveCount(0);
}

test('a Finnish Excel CSV through the mapping screen, its report against the register, and the whole import undone', async ({ page, startApp }) => {
  mkdirSync(screens, { recursive: true });
  const host = await startApp();
  await registerReady(page);
  const before = await api<ListResult>(host, 'projects:list', {});
  const duplicateBefore = before.rows.find((row) => row.nameFi === 'Lukutaidon polku päiväkodeissa');
  expect(duplicateBefore?.grantedCents).toBe(9650000);
  await expect(page.getByTestId('totals-count')).toHaveText(String(before.totals.count));

  await page.getByRole('button', { name: 'Tuo tiedostosta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tuo hankkeita tiedostosta' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Hankerekisteri' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 2, name: /Valitse tiedosto/u })).toBeFocused();
  // By keyboard: Tab from the step's heading reaches the chooser.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Valitse tiedosto…' })).toBeFocused();
  await expectAxeClean(page, 'the file step');

  // --- the file
  await page.getByLabel('Rekisterin tiedosto (CSV tai XLSX)').setInputFiles({ name: 'hankerekisteri.csv', mimeType: 'text/csv', buffer: windows1252(csv) });
  const heading = page.getByRole('heading', { level: 2, name: /Mitä kukin sarake sisältää\?/u });
  await expect(heading).toBeFocused();
  await expect(page.getByText(/hankerekisteri\.csv: CSV, otsikot rivillä 2, 4 riviä/u)).toBeVisible();

  // --- the mapping: guesses preselected, the notes column mapped by hand, defaults for the list fields without a column
  await expect(page.getByLabel('Kenttä sarakkeelle Hanke')).toHaveValue('nameFi');
  await expect(page.getByLabel('Kenttä sarakkeelle Rahoittaja')).toHaveValue('funder');
  await expect(page.getByLabel('Kenttä sarakkeelle Myönnetty')).toHaveValue('grantedCents');
  await expect(page.getByLabel('Kenttä sarakkeelle Alkaa')).toHaveValue('startDate');
  const notes = page.getByLabel('Kenttä sarakkeelle Muistiinpanot');
  await expect(notes).toHaveValue('');
  // The examples are the file's own values (decoded from Windows-1252).
  await expect(page.getByRole('row', { name: /Muistiinpanot/u })).toContainText('Käsin kartoitettu kuvaus');
  // Two columns for one field is said before going on.
  await notes.selectOption({ label: 'Nimi' });
  await expect(page.getByTestId('mapping-problems')).toContainText('Kenttä Nimi on valittu usealle sarakkeelle: Hanke, Muistiinpanot.');
  await expect(page.getByRole('button', { name: 'Jatka' })).toBeDisabled();
  await notes.selectOption({ label: 'Tavoitteet / kuvaus' });
  await expect(page.getByTestId('mapping-problems')).toBeHidden();
  const defaults = page.getByRole('group', { name: 'Kentät, joille tiedostossa ei ole saraketta' });
  // Grant type and scope have the service's own defaults, preselected; area, funder and status come from columns here.
  await expect(defaults.getByLabel('Avustuslaji')).toHaveValue('muu');
  await expect(defaults.getByLabel('Laajuus')).toHaveValue('oma');
  await expect(defaults.getByLabel('Vastuualue')).toHaveCount(0);
  await defaults.getByLabel('Avustuslaji').selectOption({ label: 'Valtionavustus' });
  await defaults.getByLabel('Laajuus').selectOption({ label: 'Oma' });
  await expectAxeClean(page, 'the mapping step');
  await expectNoSidewaysScroll(page);
  await shoot(page, 'import-mapping');
  await page.getByRole('button', { name: 'Jatka' }).click();

  // --- the unknown funder, mapped to the app's "Muu" (a parenthesised addition and case are not unknown)
  await expect(page.getByRole('heading', { level: 2, name: /Tiedoston arvot, joita Pykälä ei tunne/u })).toBeFocused();
  const unknownRows = page.getByRole('table', { name: 'Tuntemattomat arvot' }).locator('tbody tr');
  await expect(unknownRows).toHaveCount(1);
  await expect(unknownRows.first()).toContainText('Kaupungin oma');
  await expect(unknownRows.first()).toContainText('1');
  await page.getByLabel('Rekisterin arvo arvolle Kaupungin oma (Rahoittaja)').selectOption({ label: 'Muu' });
  await expectAxeClean(page, 'the unknown values step');
  await shoot(page, 'import-values');
  await page.getByRole('button', { name: 'Jatka' }).click();

  // --- the preview
  await expect(page.getByRole('heading', { level: 2, name: /Tarkista tuotavat hankkeet/u })).toBeFocused();
  await expect(page.getByTestId('preview-counts')).toHaveText('4 riviä: 3 kelvollista, 1 virheellistä, 1 jo rekisterissä');
  const previewRow = (name: string) => page.getByTestId('preview-row').filter({ hasText: name });
  await expect(previewRow('Tuontihanke Öljymäki')).toContainText(`12${nbsp}500${nbsp}€`);
  await expect(previewRow('Tuontihanke Öljymäki')).toContainText('1.3.2024');
  await expect(previewRow('Tuontihanke Öljymäki')).toContainText('Vapaa sivistystyö (Kokkolan seudun opisto)');
  await expect(previewRow('Tuontihanke Äijälä')).toContainText('Muu');
  await expect(previewRow('Tuontihanke Äijälä')).toContainText('Käsin kartoitettu kuvaus');
  await expect(previewRow('Tuontihanke Äijälä')).toContainText('AvustuslajiValtionavustus');
  const invalid = previewRow('Virheellinen hanke');
  await expect(invalid).toHaveClass(/import-row--error/u);
  await expect(invalid).toContainText('Virheellinen rivi');
  await expect(invalid).toContainText('Alkaa:');
  await expect(previewRow('Tuontihanke Äijälä')).not.toHaveClass(/import-row--error/u);
  // Nothing can be written while a row is invalid, until invalid rows are skipped.
  await expect(page.getByTestId('import-blocked')).toContainText('Tiedostossa on 1 virheellistä riviä');
  await expect(page.getByRole('button', { name: /^Tuo \d+ hanke/u })).toBeDisabled();
  const duplicate = previewRow('Lukutaidon polku päiväkodeissa');
  await expect(duplicate).toContainText('Sama kuin Lukutaidon polku päiväkodeissa');
  await expect(duplicate.getByRole('radio', { name: 'Ohita' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Tuo 2 hanketta' })).toBeDisabled();
  // The choice for all duplicates, then the row's own, by keyboard.
  await page.getByRole('button', { name: 'Päivitä kaikki' }).click();
  await expect(duplicate.getByRole('radio', { name: 'Päivitä' })).toBeChecked();
  await page.getByRole('button', { name: 'Ohita kaikki' }).click();
  await duplicate.getByRole('radio', { name: 'Ohita' }).focus();
  await page.keyboard.press('ArrowUp');
  await expect(duplicate.getByRole('radio', { name: 'Päivitä' })).toBeChecked();
  await page.getByRole('checkbox', { name: 'Ohita virheelliset rivit' }).check();
  await expect(page.getByTestId('import-plan')).toHaveText('Lisätään 2, päivitetään 1, ohitetaan 1.');
  // Nothing has been written yet.
  expect((await api<ListResult>(host, 'projects:list', {})).totals.count).toBe(before.totals.count);
  await expectAxeClean(page, 'the preview');
  await expectNoSidewaysScroll(page);
  await shoot(page, 'import-preview');
  await page.getByRole('button', { name: 'Tuo 3 hanketta' }).click();

  // --- the report
  await expect(page.getByRole('heading', { level: 2, name: /Tuonti valmis/u })).toBeFocused();
  await expect(page.getByTestId('report-added')).toHaveText('2');
  await expect(page.getByTestId('report-updated')).toHaveText('1');
  await expect(page.getByTestId('report-skipped')).toHaveText('1');
  await expect(page.getByTestId('report-row').filter({ hasText: 'Virheellinen hanke' })).toContainText('Ohitettu');
  await expectAxeClean(page, 'the report');
  await expectNoSidewaysScroll(page);
  await shoot(page, 'import-report');

  // --- the report's figures against the register's list
  await page.getByRole('link', { name: 'Siirry hankerekisteriin' }).click();
  await registerReady(page);
  await expect(page.getByTestId('totals-count')).toHaveText(String(before.totals.count + 2));
  const table = page.getByRole('table', { name: 'Hankkeet' });
  await search(page, 'Tuontihanke');
  await expect(page.getByTestId('totals-count')).toHaveText('2');
  await expect(table.getByRole('row').filter({ hasText: 'Tuontihanke Öljymäki' })).toContainText(`12${nbsp}500${nbsp}€`);
  await expect(table.getByRole('row').filter({ hasText: 'Tuontihanke Öljymäki' })).toContainText('1.3.2024');
  await expect(table.getByRole('row').filter({ hasText: 'Tuontihanke Äijälä' })).toContainText('Muu');
  await search(page, 'Lukutaidon polku');
  await expect(table.getByRole('row').filter({ hasText: 'Lukutaidon polku päiväkodeissa' })).toContainText(`99${nbsp}000${nbsp}€`);
  const after = await api<ListResult>(host, 'projects:list', {});
  const added = after.rows.find((row) => row.nameFi === 'Tuontihanke Äijälä');
  expect(added?.funder).toBe('muu');
  const full = await api<{ description: string; grantType: string; scope: string }>(host, 'projects:get', { id: added?.id });
  expect(full).toMatchObject({ description: 'Käsin kartoitettu kuvaus', grantType: 'valtionavustus', scope: 'oma' });
  expect(after.rows.some((row) => row.nameFi === 'Virheellinen hanke')).toBe(false);

  // --- back to the report (kept while the page lives), and the whole import undone in one step
  await page.getByLabel('Haku', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Tuo tiedostosta' }).click();
  await expect(page.getByTestId('report-added')).toHaveText('2');
  await page.getByRole('button', { name: 'Kumoa tuonti' }).click();
  await expect(page.getByTestId('import-undone')).toHaveText('Tuonti kumottu: 2 lisättyä hanketta poistettu, 1 päivitettyä palautettu ennalleen.');
  await expect(page.getByRole('button', { name: 'Kumoa tuonti' })).toBeHidden();
  await page.getByRole('link', { name: 'Siirry hankerekisteriin' }).click();
  await registerReady(page);
  await expect(page.getByTestId('totals-count')).toHaveText(String(before.totals.count));
  const undone = await api<ListResult>(host, 'projects:list', {});
  expect(undone.rows).toEqual(before.rows);

  // The next file with the same headers starts from the mapping remembered from this import, the hand-made choice included.
  await page.getByRole('button', { name: 'Tuo tiedostosta' }).click();
  await page.getByRole('button', { name: 'Tuo toinen tiedosto' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Valitse tiedosto/u })).toBeFocused();
  await page.getByLabel('Rekisterin tiedosto (CSV tai XLSX)').setInputFiles({ name: 'hankerekisteri-2.csv', mimeType: 'text/csv', buffer: windows1252(csv) });
  await expect(page.getByTestId('mapping-remembered')).toContainText('Muistettu edellisestä tuonnista');
  await expect(page.getByLabel('Kenttä sarakkeelle Muistiinpanot')).toHaveValue('description');
  await expect(page.getByRole('group', { name: 'Kentät, joille tiedostossa ei ole saraketta' }).getByLabel('Avustuslaji')).toHaveValue('valtionavustus');
  await expectAxeClean(page, 'the mapping step with a remembered mapping');
});

test('an undo refused because an imported project was edited since says so in Finnish and changes nothing', async ({ page, startApp }) => {
  const host = await startApp();
  await registerReady(page);
  await page.getByRole('button', { name: 'Tuo tiedostosta' }).click();
  const text = ['Hanke;Rahoittaja;Vastuualue;Tila;Alkaa', 'Muokattava tuontihanke;OKM;Perusopetus;Haettu;2024-03-01'].join('\n');
  await page.getByLabel('Rekisterin tiedosto (CSV tai XLSX)').setInputFiles({ name: 'pieni.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${text}`, 'utf8') });
  await page.getByRole('button', { name: 'Jatka' }).click();
  await expect(page.getByTestId('preview-counts')).toHaveText('1 riviä: 1 kelvollista, 0 virheellistä, 0 jo rekisterissä');
  await page.getByRole('button', { name: 'Tuo 1 hanke' }).click();
  await expect(page.getByTestId('report-added')).toHaveText('1');

  // Someone edits the imported project (another window) before the undo.
  const list = await api<ListResult>(host, 'projects:list', { search: 'Muokattava tuontihanke' });
  const id = list.rows[0]?.id ?? '';
  const project = await api<Record<string, unknown> & { updatedAt: string }>(host, 'projects:get', { id });
  const input = Object.fromEntries(Object.entries(project).filter(([key]) => !['id', 'isSample', 'createdAt', 'updatedAt'].includes(key)));
  await api(host, 'projects:update', { id, expectedUpdatedAt: project.updatedAt, input: { ...input, description: 'Muutettu tuonnin jälkeen' } });

  await page.getByRole('button', { name: 'Kumoa tuonti' }).click();
  await expect(page.getByTestId('import-error')).toHaveText(/Tuontia ei voi kumota, koska jotakin sen lisäämää tai päivittämää hanketta on muutettu tuonnin jälkeen\. Mitään ei muutettu\./u);
  await expect(page.getByRole('button', { name: 'Kumoa tuonti' })).toBeVisible();
  const after = await api<{ description: string }>(host, 'projects:get', { id });
  expect(after.description).toBe('Muutettu tuonnin jälkeen');
});

test('a preview of 10,000 rows shows a page of 50 at a time, pages by keyboard, and lists the invalid rows alone', async ({ page, startApp }) => {
  await startApp();
  await registerReady(page);
  await page.getByRole('button', { name: 'Tuo tiedostosta' }).click();
  const lines = ['Hanke;Rahoittaja;Vastuualue;Tila;Myönnetty;Alkaa;Päättyy'];
  for (let index = 1; index <= 10_000; index += 1) {
    // Every 500th row has an unreadable start date.
    const start = index % 500 === 0 ? '32.1.2024' : '1.3.2024';
    lines.push(`Suurhanke ${String(index)};OKM;Perusopetus;Käynnissä;${String(index)} 000,00 €;${start};31.12.2025`);
  }
  await page.getByLabel('Rekisterin tiedosto (CSV tai XLSX)').setInputFiles({ name: 'suuri.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n'), 'utf8') });
  await expect(page.getByText(/suuri\.csv: CSV, otsikot rivillä 1, 10\u00a0000 riviä/u)).toBeVisible();
  await page.getByRole('button', { name: 'Jatka' }).click();
  await expect(page.getByTestId('preview-counts')).toHaveText('10\u00a0000 riviä: 9\u00a0980 kelvollista, 20 virheellistä, 0 jo rekisterissä');
  const rows = page.getByTestId('preview-row');
  await expect(rows).toHaveCount(50);
  await expect(page.getByRole('table', { name: 'Tuotavat rivit' })).toHaveAttribute('aria-rowcount', '10001');
  await expect(page.getByText('Sivu 1/200, rivit 1–50/10\u00a0000')).toBeVisible();
  await page.getByRole('button', { name: 'Seuraava sivu' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Sivu 2/200, rivit 51–100/10\u00a0000')).toBeVisible();
  await expect(rows.first()).toHaveAttribute('data-row', '52');
  await expect(rows).toHaveCount(50);
  await page.getByLabel('Näytä').selectOption({ label: 'Virheelliset rivit' });
  await expect(rows).toHaveCount(20);
  await expect(rows.first()).toContainText('Suurhanke 500');
  await expect(rows.first()).toHaveClass(/import-row--error/u);
  await page.getByRole('checkbox', { name: 'Ohita virheelliset rivit' }).check();
  await expect(page.getByRole('button', { name: 'Tuo 9\u00a0980 hanketta' })).toBeEnabled();
  await expectNoSidewaysScroll(page);
});

test('the office register saved by LibreOffice as XLSX imports through the screen; a file that is not a spreadsheet is refused in Finnish', async ({ page, startApp }) => {
  const host = await startApp();
  await registerReady(page);
  const before = await api<ListResult>(host, 'projects:list', {});
  await page.getByRole('button', { name: 'Tuo tiedostosta' }).click();

  await page.getByLabel('Rekisterin tiedosto (CSV tai XLSX)').setInputFiles(path.join(fixtures, 'ei-taulukko.png'));
  await expect(page.getByTestId('import-error')).toHaveText(/Tiedosto ei ole taulukko: tuo Excel-tiedosto \(XLSX\) tai CSV-tiedosto\. Mitään ei tuotu\./u);
  await expect(page.getByRole('heading', { level: 2, name: /Valitse tiedosto/u })).toBeVisible();
  await expectAxeClean(page, 'the refused file');

  await page.getByLabel('Rekisterin tiedosto (CSV tai XLSX)').setInputFiles(path.join(fixtures, 'toimiston-rekisteri-libreoffice.xlsx'));
  await expect(page.getByText(/toimiston-rekisteri-libreoffice\.xlsx: XLSX, otsikot rivillä 3, 5 riviä/u)).toBeVisible();
  await expect(page.getByTestId('import-error')).toBeEmpty();
  // Excel's real dates as the spreadsheet shows them.
  await expect(page.getByRole('row', { name: /^Alkaa/u })).toContainText('1.3.2024');
  await page.getByRole('button', { name: 'Jatka' }).click();
  await page.getByLabel('Rekisterin arvo arvolle Kunta (Rahoittaja)').selectOption({ label: 'Muu' });
  await page.getByRole('button', { name: 'Jatka' }).click();
  await expect(page.getByTestId('preview-counts')).toHaveText('5 riviä: 5 kelvollista, 0 virheellistä, 0 jo rekisterissä');
  const first = page.getByTestId('preview-row').filter({ hasText: 'Lukuinto – lukemisen ilo' });
  await expect(first).toContainText(`12${nbsp}500,50${nbsp}€`);
  await expect(first).toContainText('15,5 %');
  await expect(first).toContainText('1.3.2024');
  await expect(first).toContainText('Kannus, Kruunupyy');
  await page.getByRole('button', { name: 'Tuo 5 hanketta' }).click();
  await expect(page.getByTestId('report-added')).toHaveText('5');
  expect((await api<ListResult>(host, 'projects:list', {})).totals.count).toBe(before.totals.count + 5);
});
