// The flows a person does in the register, through the real UI, services and SQLite file.
import { api, expect, registerReady, test } from './fixtures';
import { openItemsList } from './items-helpers';
import type { Page } from '@playwright/test';

/** The list's slim rows: the table's columns only; the whole project comes from projects:get. */
interface ListResult {
  rows: { id: string; nameFi: string; grantedCents: number | null; startDate: string | null; endDate: string | null; responsiblePerson: string }[];
  totals: { count: number };
}

interface FullProject {
  grantedCents: number | null;
  startDate: string | null;
  endDate: string | null;
  ownShareValue: number | null;
  partners: string[];
}

async function search(page: Page, text: string) {
  const response = page.waitForResponse((r) => r.url().includes('/api/projects:list') && (r.request().postDataJSON() as { search?: string }).search === text.trim());
  await page.getByLabel('Haku', { exact: true }).fill(text);
  await response;
}

test('filters by "running on 1.1.2024" to exactly the 27 sample projects', async ({ page, startApp }) => {
  await startApp();
  await registerReady(page);
  await expect(page.getByRole('note')).toHaveText('Esimerkkiaineisto – summat ovat kuvitteellisia');
  await page.getByLabel('Käynnissä päivänä').fill('1.1.2024');
  await expect(page.getByTestId('totals-count')).toHaveText('27');
  await expect(page.getByRole('table', { name: 'Hankkeet' })).toHaveAttribute('aria-rowcount', '28');
  // Area filter narrows further; clearing brings everything back.
  await page.getByText('Vastuualue', { exact: true }).first().click();
  await page.getByRole('checkbox', { name: 'Varhaiskasvatus' }).check();
  await expect(page.getByTestId('totals-count')).not.toHaveText('27');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('checkbox', { name: 'Varhaiskasvatus' })).toBeHidden();
  await page.getByRole('button', { name: 'Tyhjennä suodattimet' }).click();
  await expect(page.getByLabel('Käynnissä päivänä')).toHaveValue('');
});

test('"ending or report due by 31.3.2024" lists the open obligations: one ending, two ended with the final report due', async ({ page, startApp }) => {
  await startApp();
  await registerReady(page);
  await page.getByLabel('Päättyy tai raportoitava viimeistään').fill('31.3.2024');
  await expect(page.getByTestId('totals-count')).toHaveText('3');
  const table = page.getByRole('table', { name: 'Hankkeet' });
  await expect(table.getByRole('row').filter({ hasText: 'Ikäihmisten opintopiirit kylissä' })).toContainText('30.6.2024');
  await expect(table.getByRole('row').filter({ hasText: 'Varhaiskasvatuksen tasa-arvo 2022–2023' })).toContainText('31.3.2024');
  // An unreadable date says so and lists nothing different.
  await page.getByLabel('Päättyy tai raportoitava viimeistään').fill('31.2.2024');
  await expect(page.getByText('Anna päivämäärä muodossa p.k.vvvv, esim. 1.1.2024.')).toBeVisible();
  await page.getByRole('button', { name: 'Tyhjennä suodattimet' }).click();
  await expect(page.getByLabel('Päättyy tai raportoitava viimeistään')).toHaveValue('');
});

test('filters and sort live in the address: going to Asiat and back, Back, and a reload keep them; "1.1.24" is a date', async ({ page, startApp }) => {
  const host = await startApp();
  await registerReady(page);
  await page.getByLabel('Käynnissä päivänä').fill('1.1.24');
  await page.getByText('Vastuualue', { exact: true }).first().click();
  await page.getByRole('checkbox', { name: 'Perusopetus' }).check();
  await page.keyboard.press('Escape');
  await page.getByLabel('Haku', { exact: true }).fill('kieli');
  const startHeader = page.getByRole('columnheader', { name: /Alkaa/u });
  await startHeader.getByRole('button').click();
  await startHeader.getByRole('button').click();
  const expected = await api<ListResult>(host, 'projects:list', { areas: ['perusopetus'], activeOn: '2024-01-01', search: 'kieli', sortBy: 'startDate', sortDirection: 'desc' });
  expect(expected.totals.count).toBeGreaterThan(0);
  const table = page.getByRole('table', { name: 'Hankkeet' });
  const shownAsSet = async () => {
    await expect(page.getByLabel('Käynnissä päivänä')).toHaveValue(/^1\.1\.(24|2024)$/u);
    await expect(page.getByLabel('Haku', { exact: true })).toHaveValue('kieli');
    await expect(page.locator('.multi-select__summary', { hasText: 'Vastuualue' })).toContainText('Perusopetus');
    await expect(startHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(page.getByTestId('totals-count')).toHaveText(String(expected.totals.count));
    await expect(table.getByRole('row').nth(1)).toContainText(expected.rows[0]!.nameFi);
  };
  await shownAsSet();
  expect(new URL(page.url()).hash).toMatch(/^#\/projects\?/u);

  await openItemsList(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Hankerekisteri' }).click();
  await registerReady(page);
  await shownAsSet();

  await openItemsList(page);
  await page.goBack();
  await registerReady(page);
  await shownAsSet();

  await page.reload();
  await registerReady(page);
  await shownAsSet();
  await expect(page.getByLabel('Käynnissä päivänä')).toHaveValue('1.1.2024');

  // Clearing the filters clears them in the address too (the sort stays, as on screen).
  await page.getByRole('button', { name: 'Tyhjennä suodattimet' }).click();
  await expect(page.getByTestId('totals-count')).toHaveText(String((await api<ListResult>(host, 'projects:list', {})).totals.count));
  await page.reload();
  await registerReady(page);
  await expect(page.getByLabel('Haku', { exact: true })).toHaveValue('');
  await expect(startHeader).toHaveAttribute('aria-sort', 'descending');
});

test('an address with unknown or unreadable filters falls back to the defaults for those, without an error', async ({ page, startApp }) => {
  const host = await startApp();
  await registerReady(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => { errors.push(error.message); });
  await page.goto(`${host.url}#/projects?status=kaynnissa&area=nonsense&year=abc&activeOn=31.2.2024&dueBy=huomenna&sort=evil&dir=sideways&q=${'x'.repeat(300)}`);
  await page.reload();
  await registerReady(page);
  await expect(page.getByLabel('Haku', { exact: true })).toHaveValue('x'.repeat(200));
  await page.getByLabel('Haku', { exact: true }).fill('');
  const running = await api<ListResult>(host, 'projects:list', { statuses: ['kaynnissa'] });
  await expect(page.getByTestId('totals-count')).toHaveText(String(running.totals.count));
  await expect(page.locator('.multi-select__summary', { hasText: 'Tila' })).toContainText('Käynnissä');
  await expect(page.locator('.multi-select__summary', { hasText: 'Vastuualue' })).toContainText('Kaikki');
  await expect(page.getByLabel('Vuosi')).toHaveValue('');
  await expect(page.getByLabel('Käynnissä päivänä')).toHaveValue('');
  await expect(page.getByRole('columnheader', { name: /Nimi/u })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
  // Nor can a search be typed longer than the service takes (it would be refused with no field to show why).
  await page.getByLabel('Haku', { exact: true }).fill('y'.repeat(250));
  await expect(page.getByLabel('Haku', { exact: true })).toHaveValue('y'.repeat(200));
  await expect(page.getByTestId('totals-count')).toHaveText('0');
  await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a search typed with a hyphen finds names written with a dash: "2024-2025" finds "2024–2025"', async ({ page, startApp }) => {
  const host = await startApp();
  await registerReady(page);
  await search(page, '2024-2025');
  const table = page.getByRole('table', { name: 'Hankkeet' });
  await expect(table.getByRole('button', { name: 'Harrastamisen Kokkolan malli 2024–2025', exact: true })).toBeVisible();
  await expect(table.getByRole('button', { name: 'Opiston laatu ja saavutettavuus 2024–2025', exact: true })).toBeVisible();
  const withDash = await api<ListResult>(host, 'projects:list', { search: '2024–2025' });
  await expect(page.getByTestId('totals-count')).toHaveText(String(withDash.totals.count));
});

test('sorts by a column header button and says so with aria-sort', async ({ page, startApp }) => {
  await startApp();
  await registerReady(page);
  const header = page.getByRole('columnheader', { name: /Myönnetty avustus/u });
  await expect(header).toHaveAttribute('aria-sort', 'none');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
});

test('creates a project with Finnish money and dates, edits it, and it survives a host restart', async ({ page, startApp }) => {
  const host = await startApp();
  await registerReady(page);
  await page.getByRole('button', { name: 'Uusi hanke' }).click();
  const form = page.getByRole('dialog', { name: 'Uusi hanke' });
  await expect(form.getByLabel('Nimi', { exact: true })).toBeFocused();
  await form.getByLabel('Nimi', { exact: true }).fill('Pöllökylän testihanke 2025');
  await form.getByLabel('Vastuualue').selectOption('varhaiskasvatus');
  await form.getByLabel('Tila').selectOption('myonnetty');
  await form.getByLabel('Myönnetty avustus').fill('12 500,50 €');
  await form.getByLabel('Kokonaisbudjetti').fill('15000.5');
  await form.getByLabel('Omarahoitusosuus', { exact: true }).fill('15,5');
  await form.getByLabel('Alkaa').fill('1.8.2025');
  await form.getByLabel('Päättyy').fill('31.7.2026');
  await form.getByRole('button', { name: 'Lisää kumppani' }).click();
  await form.getByLabel('Kumppani 1', { exact: true }).fill('Kokkolan seudun opisto');
  await form.getByLabel('Kumppani 1', { exact: true }).press('Enter');
  await expect(form).toBeHidden();
  await expect(page.getByRole('status')).toContainText('Pöllökylän testihanke 2025');

  await search(page, 'Pöllökylän');
  const row = page.getByRole('row', { name: /Pöllökylän/u });
  await expect(row).toContainText('12 500,50 €');
  await expect(row).toContainText('1.8.2025');
  const saved = await api<ListResult>(host, 'projects:list', { search: 'Pöllökylän' });
  expect(saved.rows).toHaveLength(1);
  expect(saved.rows[0]).toMatchObject({ grantedCents: 1250050, startDate: '2025-08-01', endDate: '2026-07-31' });
  expect(Object.keys(saved.rows[0] ?? {})).not.toContain('description');
  const whole = await api<FullProject>(host, 'projects:get', { id: saved.rows[0]?.id });
  expect(whole).toMatchObject({ grantedCents: 1250050, ownShareValue: 1550, partners: ['Kokkolan seudun opisto'] });

  await row.getByRole('button', { name: 'Pöllökylän testihanke 2025', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Muokkaa hanketta' });
  await expect(edit.getByLabel('Myönnetty avustus')).toHaveValue(/^12\s500,50\s€$/u);
  await edit.getByLabel('Vastuuhenkilö').fill('Maija Meikäläinen');
  await edit.getByRole('button', { name: 'Tallenna' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('Maija Meikäläinen');

  await host.close();
  const restarted = await startApp();
  await registerReady(page);
  await search(page, 'Pöllökylän');
  await expect(page.getByRole('row', { name: /Pöllökylän/u })).toContainText('Maija Meikäläinen');
  const again = await api<ListResult>(restarted, 'projects:list', { search: 'Pöllökylän' });
  expect(again.rows[0]?.responsiblePerson).toBe('Maija Meikäläinen');
});

test('deletes after confirmation and undoes from the toast with the keyboard', async ({ page, startApp }) => {
  const host = await startApp();
  await registerReady(page);
  const before = (await api<ListResult>(host, 'projects:list', {})).totals.count;
  const victim = (await api<ListResult>(host, 'projects:list', { sortBy: 'nameFi' })).rows[0]!;
  await search(page, victim.nameFi);
  await page.getByRole('button', { name: `Poista hanke ${victim.nameFi}` }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Poistetaanko hanke?' });
  await expect(confirm.getByRole('button', { name: 'Peruuta' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Poista' }).click();
  await expect(page.getByRole('status')).toContainText(`Hanke ”${victim.nameFi}” poistettu.`);
  await expect.poll(async () => (await api<ListResult>(host, 'projects:list', {})).totals.count).toBe(before - 1);

  const undo = page.getByRole('button', { name: 'Kumoa' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText(`Hanke ”${victim.nameFi}” palautettu.`);
  await expect(page.getByRole('row', { name: new RegExp(victim.nameFi.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'u') })).toBeVisible();
  expect((await api<ListResult>(host, 'projects:list', {})).totals.count).toBe(before);
});

test('"Kopioi" opens an unsaved copy: Peruuta leaves the register and its totals as they were, Tallenna adds it', async ({ page, startApp }) => {
  const host = await startApp();
  await registerReady(page);
  const before = await api<ListResult>(host, 'projects:list', {});
  const original = (await api<ListResult>(host, 'projects:list', { sortBy: 'nameFi' })).rows[1]!;
  const totalsBefore = await page.getByRole('region', { name: 'Yhteenveto suodatetuista hankkeista' }).textContent() ?? '';
  await search(page, original.nameFi);
  await page.getByRole('button', { name: `Kopioi hanke ${original.nameFi}` }).click();
  const copy = page.getByRole('dialog', { name: 'Kopioi hanke' });
  await expect(copy.getByLabel('Nimi', { exact: true })).toHaveValue(`${original.nameFi} (kopio)`);
  await expect(copy.getByLabel('Alkaa')).toHaveValue(original.startDate ? /\d+\.\d+\.\d{4}/u : '');
  // Nothing is stored while the copy is only a form.
  expect((await api<ListResult>(host, 'projects:list', {})).totals.count).toBe(before.totals.count);
  await copy.getByRole('button', { name: 'Peruuta' }).click();
  await expect(copy).toBeHidden();
  expect(await api<ListResult>(host, 'projects:list', {})).toEqual(before);
  await page.getByLabel('Haku', { exact: true }).fill('');
  await expect(page.getByTestId('totals-count')).toHaveText(String(before.totals.count));
  await expect(page.getByRole('region', { name: 'Yhteenveto suodatetuista hankkeista' })).toHaveText(totalsBefore);

  await search(page, original.nameFi);
  await page.getByRole('button', { name: `Kopioi hanke ${original.nameFi}` }).click();
  await copy.getByLabel('Vastuuhenkilö').fill('Kopion Tekijä');
  await copy.getByRole('button', { name: 'Tallenna' }).click();
  await expect(copy).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`${original.nameFi} (kopio)`);
  const after = await api<ListResult>(host, 'projects:list', { search: `${original.nameFi} (kopio)` });
  expect(after.rows.map((row) => [row.nameFi, row.responsiblePerson])).toEqual([[`${original.nameFi} (kopio)`, 'Kopion Tekijä']]);
  expect(after.rows[0]).toMatchObject({ grantedCents: original.grantedCents, startDate: original.startDate, endDate: original.endDate });
  expect((await api<ListResult>(host, 'projects:list', {})).totals.count).toBe(before.totals.count + 1);
});
