// Bad input gets a Finnish message beside the field and nothing reaches the database.
import type { Page } from '@playwright/test';
import { api, expect, registerReady, test } from './fixtures';

interface ListResult {
  rows: { id: string; nameFi: string }[];
  totals: { count: number };
}

test('shows each problem beside its field and writes nothing', async ({ page, startApp }) => {
  const host = await startApp();
  await registerReady(page);
  const before = (await api<ListResult>(host, 'projects:list', {})).totals.count;

  await page.getByRole('button', { name: 'Uusi hanke' }).click();
  const form = page.getByRole('dialog', { name: 'Uusi hanke' });
  await form.getByLabel('Myönnetty avustus').fill('-100');
  await form.getByLabel('Kokonaisbudjetti').fill('kaksituhatta');
  await form.getByLabel('Omarahoitusosuus', { exact: true }).fill('120');
  await form.getByLabel('Alkaa').fill('1.8.2025');
  await form.getByLabel('Päättyy').fill('1.1.2025');
  await form.getByLabel('Avustuspäätöksen päivä').fill('31.2.2025');
  await form.getByRole('button', { name: 'Tallenna' }).click();

  await expect(form.getByRole('alert').first()).toHaveText('Tarkista merkityt kentät. Mitään ei tallennettu.');
  const name = form.getByLabel('Nimi', { exact: true });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Anna hankkeen nimi.');
  await expect(name).toBeFocused();
  await expect(form.getByLabel('Myönnetty avustus')).toHaveAccessibleDescription(/Summa ei voi olla negatiivinen\./u);
  await expect(form.getByLabel('Kokonaisbudjetti')).toHaveAccessibleDescription(/Anna summa euroina/u);
  await expect(form.getByLabel('Omarahoitusosuus', { exact: true })).toHaveAccessibleDescription(/Omarahoitusosuus ei voi olla yli 100 %\./u);
  await expect(form.getByLabel('Päättyy')).toHaveAccessibleDescription(/Päättymispäivä ei voi olla ennen alkamispäivää\./u);
  await expect(form.getByLabel('Avustuspäätöksen päivä')).toHaveAccessibleDescription(/Anna päivämäärä muodossa p\.k\.vvvv/u);

  // Fixing one field clears nothing else by magic; the dialog stays until everything is right.
  await name.fill('Korjattu hanke');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Päättyy')).toHaveAttribute('aria-invalid', 'true');
  expect((await api<ListResult>(host, 'projects:list', {})).totals.count).toBe(before);

  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  expect((await api<ListResult>(host, 'projects:list', {})).totals.count).toBe(before);
});

test('the service refuses the same bad input through the API, with field keys the UI translates', async ({ startApp }) => {
  const host = await startApp();
  const before = (await api<ListResult>(host, 'projects:list', {})).totals.count;
  const response = await fetch(`${host.url}api/projects:create`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ nameFi: ' ', area: 'perusopetus', funder: 'OKM', grantType: 'muu', scope: 'oma', status: 'haettu', grantedCents: -1, ownShareValue: null, totalBudgetCents: null, startDate: '2025-02-01', endDate: '2025-01-01', decisionDate: null, reportDueDate: null }),
  });
  const envelope = (await response.json()) as { ok: boolean; error: { code: string; fields: { path: string; message: string }[] } };
  expect(envelope.ok).toBe(false);
  expect(envelope.error.code).toBe('VALIDATION');
  expect(envelope.error.fields.map((field) => field.message)).toEqual(expect.arrayContaining(['validation.project.nameRequired', 'validation.money.negative', 'validation.project.endBeforeStart']));
  expect((await api<ListResult>(host, 'projects:list', {})).totals.count).toBe(before);
});

// The presentation of refused saves, outside the item editor: a "Tarkista merkityt kentät" always
// has a marked field, a reason no field shows is said in the alert, the toast never says
// "tallennettu" beside a refusal, and an old alert goes after the next success.

test('a partner name that is too long marks that partner, focuses it, and nothing is saved', async ({ page, startApp }) => {
  const host = await startApp();
  await registerReady(page);
  const before = (await api<ListResult>(host, 'projects:list', {})).totals.count;
  await page.getByRole('button', { name: 'Uusi hanke' }).click();
  const form = page.getByRole('dialog', { name: 'Uusi hanke' });
  await form.getByLabel('Nimi', { exact: true }).fill('Kumppanihanke');
  await form.getByRole('button', { name: 'Lisää kumppani' }).click();
  await form.getByRole('button', { name: 'Lisää kumppani' }).click();
  await form.getByRole('button', { name: 'Lisää kumppani' }).click();
  await form.getByLabel('Kumppani 1', { exact: true }).fill('Kannus');
  await form.getByLabel('Kumppani 3', { exact: true }).fill('x'.repeat(201));
  await form.getByRole('button', { name: 'Tallenna' }).click();

  await expect(form.getByRole('alert').first()).toHaveText('Tarkista merkityt kentät. Mitään ei tallennettu.');
  const long = form.getByLabel('Kumppani 3', { exact: true });
  await expect(long).toHaveAttribute('aria-invalid', 'true');
  await expect(long).toBeFocused();
  await expect(long).toHaveAccessibleDescription('Teksti on liian pitkä.');
  await expect(form.getByLabel('Kumppani 1', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  await expect(toast(page)).toHaveText(/^Ei tallennettu\.×$/u);
  expect((await api<ListResult>(host, 'projects:list', {})).totals.count).toBe(before);
});

test('after a saved project, a refused one says "Ei tallennettu." in the status, never the earlier "tallennettu"', async ({ page, startApp }) => {
  await startApp();
  await registerReady(page);
  await page.getByRole('button', { name: 'Uusi hanke' }).click();
  const form = page.getByRole('dialog', { name: 'Uusi hanke' });
  await form.getByLabel('Nimi', { exact: true }).fill('Ensimmäinen hanke');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form).toBeHidden();
  await expect(toast(page)).toHaveText(/Hanke Ensimmäinen hanke tallennettu\./u);

  await page.getByRole('button', { name: 'Uusi hanke' }).click();
  await form.getByLabel('Päättyy').fill('1.1.24');
  await form.getByLabel('Alkaa').fill('1.8.24');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form.getByLabel('Nimi', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Päättyy')).toHaveAccessibleDescription(/Päättymispäivä ei voi olla ennen alkamispäivää\./u);
  await expect(toast(page)).toHaveText(/^Ei tallennettu\.×$/u);
  await expect(toast(page)).not.toContainText('Hanke Ensimmäinen hanke tallennettu');
});

test('a refusal on something no field shows is said in the alert instead of "Tarkista merkityt kentät"', async ({ page, startApp }) => {
  const host = await startApp();
  await registerReady(page);
  const row = (await api<ListResult>(host, 'projects:list', {})).rows[0]!;
  // What a client out of step with the service would send: the service refuses an id it cannot have issued.
  await page.route('**/api/projects:update', async (route) => {
    const body = route.request().postDataJSON() as { id: string; input: unknown };
    await route.continue({ postData: JSON.stringify({ ...body, id: 'x'.repeat(65) }) });
  });
  await page.getByRole('button', { name: row.nameFi, exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Muokkaa hanketta' });
  await form.getByLabel('Vastuuhenkilö').fill('Uusi Vastuuhenkilö');
  await form.getByRole('button', { name: 'Tallenna' }).click();

  const alert = form.getByRole('alert').filter({ hasText: /./u });
  await expect(alert).toHaveText('Ei tallennettu:Virheellinen arvo.');
  await expect(alert).not.toContainText('Tarkista merkityt kentät');
  await expect(form.locator('[aria-invalid="true"]')).toHaveCount(0);
  await expect(toast(page)).toHaveText(/^Ei tallennettu\.×$/u);
  expect((await api<{ responsiblePerson: string }>(host, 'projects:get', { id: row.id })).responsiblePerson).not.toBe('Uusi Vastuuhenkilö');
});

/** The toast's own status line (rich-text editors on a screen have status regions of their own). */
function toast(page: Page) {
  return page.getByRole('region', { name: 'Ilmoitukset' }).getByRole('status');
}

test('a register alert from a failed action clears after the next action that succeeds', async ({ page, startApp }) => {
  const host = await startApp();
  await registerReady(page);
  const victim = (await api<ListResult>(host, 'projects:list', {})).rows[0]!;
  // Deleted elsewhere (another window) after the list was shown: asking reads the project and says so.
  const stored = await api<{ updatedAt: string }>(host, 'projects:get', { id: victim.id });
  await api(host, 'projects:delete', { id: victim.id, expectedUpdatedAt: stored.updatedAt });
  await page.getByRole('button', { name: `Poista hanke ${victim.nameFi}` }).click();
  const alert = page.getByRole('main').getByRole('alert').filter({ hasText: /./u });
  await expect(alert).toContainText('Tietoa ei löytynyt. Se on ehkä poistettu.');

  await page.getByRole('button', { name: 'Uusi hanke' }).click();
  const form = page.getByRole('dialog', { name: 'Uusi hanke' });
  await form.getByLabel('Nimi', { exact: true }).fill('Onnistunut hanke');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form).toBeHidden();
  await expect(toast(page)).toContainText('Onnistunut hanke');
  await expect(alert).toHaveCount(0);
});

test('organisation settings: a refused save marks and focuses the field, the status says "Ei tallennettu.", and an unmarked reason is said in the alert', async ({ page, startApp }) => {
  const host = await startApp();
  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  await page.getByLabel('Yksikkö').fill('Sivistyspalvelut');
  await page.getByRole('button', { name: 'Tallenna asetukset' }).click();
  await expect(toast(page)).toHaveText(/^Asetukset tallennettu\.×$/u);

  await page.getByLabel('Esittelijän nimike', { exact: true }).fill('');
  await page.getByLabel('Esittelijän nimi', { exact: true }).fill('x'.repeat(201));
  await page.getByRole('button', { name: 'Tallenna asetukset' }).click();
  const title = page.getByLabel('Esittelijän nimike', { exact: true });
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toBeFocused();
  await expect(title).toHaveAccessibleDescription('Pakollinen tieto.');
  await expect(page.getByLabel('Esittelijän nimi', { exact: true })).toHaveAccessibleDescription('Teksti on liian pitkä.');
  await expect(page.getByRole('alert').filter({ hasText: /./u })).toHaveText('Tarkista merkityt kentät. Mitään ei tallennettu.');
  await expect(toast(page)).toHaveText(/^Ei tallennettu\.×$/u);
  expect((await api<{ presenterTitle: string }>(host, 'settings:get', {})).presenterTitle).not.toBe('');

  // The layout has no field that could show a problem: the reason is said in the alert itself.
  await page.getByLabel('Esittelijän nimike', { exact: true }).fill('Sivistysjohtaja');
  await page.getByLabel('Esittelijän nimi', { exact: true }).fill('Ville Virtanen');
  await page.route('**/api/settings:update', async (route) => {
    await route.continue({ postData: JSON.stringify({ ...(route.request().postDataJSON() as object), layout: 'sfs1999' }) });
  });
  await page.getByRole('button', { name: 'Tallenna asetukset' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /./u })).toHaveText('Ei tallennettu:Virheellinen arvo.');
  await expect(page.locator('[aria-invalid="true"]')).toHaveCount(0);
  await page.unroute('**/api/settings:update');
  await page.getByRole('button', { name: 'Tallenna asetukset' }).click();
  await expect(toast(page)).toHaveText(/^Asetukset tallennettu\.×$/u);
  await expect(page.getByRole('alert').filter({ hasText: /./u })).toHaveCount(0);
});

test('people: Finnish messages on the fields, focus on the first, the refusal\'s own reason, and the alert gone after a success', async ({ page, startApp }) => {
  const host = await startApp();
  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  await page.getByRole('button', { name: 'Lisää henkilö' }).click();
  const dialog = page.getByRole('dialog', { name: 'Uusi henkilö' });
  await dialog.getByLabel('Nimi', { exact: true }).fill('N'.repeat(201));
  await dialog.getByLabel('Sähköposti').fill('ei-osoite');
  await dialog.getByRole('button', { name: 'Tallenna henkilö' }).click();
  const name = dialog.getByLabel('Nimi', { exact: true });
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Teksti on liian pitkä.');
  await expect(dialog.getByLabel('Sähköposti')).toHaveAccessibleDescription('Anna sähköpostiosoite muodossa nimi@esimerkki.fi.');
  await expect(name).toBeFocused();
  await expect(toast(page)).toHaveText(/^Ei tallennettu\.×$/u);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The seed item's preparer cannot be deleted: the alert says why, not "changed elsewhere".
  await page.getByRole('button', { name: 'Poista henkilö Maria Esimerkki' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Poista' }).click();
  const alert = page.getByRole('region', { name: 'Henkilöt' }).getByRole('alert').filter({ hasText: /./u });
  await expect(alert).toContainText('Henkilö on valmistelijana ainakin yhdessä asiassa, joten häntä ei voi poistaa.');
  await expect(alert).not.toContainText('muuttunut toisaalla');
  expect((await api<{ name: string }[]>(host, 'people:list', {})).map((person) => person.name)).toContain('Maria Esimerkki');

  await page.getByRole('button', { name: 'Lisää henkilö' }).click();
  await dialog.getByLabel('Nimi', { exact: true }).fill('Outi Opettaja');
  await dialog.getByRole('button', { name: 'Tallenna henkilö' }).click();
  await expect(dialog).toBeHidden();
  await expect(toast(page)).toHaveText(/^Henkilö Outi Opettaja tallennettu\.×$/u);
  await expect(alert).toHaveCount(0);
});
