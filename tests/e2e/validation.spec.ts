// Bad input gets a Finnish message beside the field and nothing reaches the database.
import { api, expect, registerReady, test } from './fixtures';

interface ListResult {
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
