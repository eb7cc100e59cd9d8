// Who is working (issue 9) at 1366×768: a new demo database asks "Kuka käyttää Pykälää?", a shared
// laptop switches user in one step from the header, "Lisää itseni" adds a user with a role, roles
// and the deputy presenter are kept in Settings → people, and a database where nobody is a user yet
// opens as before and offers "Lisää itseni" in the header.
import { api, expect, test } from './fixtures';
import { expectNoViolations, shoot, switchUser } from './review-helpers';

interface SessionUser {
  id: string;
  name: string;
  role: string | null;
  deputyPresenter: boolean;
}
interface Session {
  user: SessionUser | null;
  users: SessionUser[];
}

test.use({ viewport: { width: 1366, height: 768 } });

test('the first start asks who is working, and the header switches user in one step', async ({ page, startApp }) => {
  const host = await startApp({ user: null });
  await expect(page.getByRole('heading', { level: 1, name: 'Kuka käyttää Pykälää?' })).toBeVisible();
  // Nothing of the app shows before someone is chosen.
  await expect(page.getByRole('navigation')).toHaveCount(0);
  const users = page.getByRole('list', { name: 'Käyttäjät' });
  const director = users.getByRole('button', { name: 'Valitse Mikko Saari' });
  await expect(director).toContainText('Esittelijä');
  const { users: stored } = await api<Session>(host, 'session:get', {});
  const secretary = stored.find((user) => user.role === 'valmistelija');
  expect(secretary).toBeDefined();
  await expect(users.getByRole('button', { name: `Valitse ${secretary?.name ?? ''}` })).toContainText('Valmistelija');
  await expect(users.getByRole('listitem')).toHaveCount(stored.length);
  await expectNoViolations(page, 'the user picker');
  await shoot(page, 'review-user-picker');

  await director.click();
  await expect(page.getByRole('navigation')).toBeVisible();
  const current = page.getByRole('banner').getByLabel('Käyttäjä');
  await expect(current.locator('option:checked')).toHaveText('Mikko Saari (Esittelijä)');
  expect((await api<Session>(host, 'session:get', {})).user?.name).toBe('Mikko Saari');
  await expectNoViolations(page, 'the header with the user switch');

  await switchUser(page, secretary?.name ?? '');
  expect((await api<Session>(host, 'session:get', {})).user?.id).toBe(secretary?.id);
  await shoot(page, 'review-user-switched');
  // The choice is the app's, not the page's: a reload keeps it, and so does the next start.
  await page.reload();
  await expect(current.locator('option:checked')).toHaveText(`${secretary?.name ?? ''} (Valmistelija)`);
  await host.close();
  await startApp({ user: null });
  await expect(page.getByRole('heading', { level: 1, name: 'Kuka käyttää Pykälää?' })).toHaveCount(0);
  await expect(current.locator('option:checked')).toHaveText(`${secretary?.name ?? ''} (Valmistelija)`);
});

test('"Lisää itseni" needs a role, then starts the app as the new user', async ({ page, startApp }) => {
  const host = await startApp({ user: null });
  await page.getByRole('button', { name: 'Lisää itseni' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lisää itsesi käyttäjäksi' });
  await dialog.getByLabel('Nimi', { exact: true }).fill('Anna Uusi');
  await dialog.getByLabel('Tehtävänimike').fill('suunnittelija');
  await dialog.getByRole('button', { name: 'Lisää ja aloita' }).click();
  const role = dialog.getByLabel('Rooli');
  await expect(role).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Valitse rooli.')).toBeVisible();
  await expectNoViolations(page, 'the add-self dialog with an error');
  // Nothing was stored by the refused attempt.
  expect((await api<{ name: string }[]>(host, 'people:list', {})).some((person) => person.name === 'Anna Uusi')).toBe(false);

  await role.selectOption({ label: 'Pöytäkirjanpitäjä' });
  await dialog.getByRole('button', { name: 'Lisää ja aloita' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('banner').getByLabel('Käyttäjä').locator('option:checked')).toHaveText('Anna Uusi (Pöytäkirjanpitäjä)');
  const session = await api<Session>(host, 'session:get', {});
  expect(session.user).toMatchObject({ name: 'Anna Uusi', role: 'poytakirjanpitaja' });
  expect(session.users.map((user) => user.name)).toContain('Anna Uusi');
});

test('Settings → people keeps the role and the deputy presenter, and the switch offers the new user', async ({ page, startApp }) => {
  const host = await startApp();
  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  await page.getByRole('button', { name: 'Muokkaa henkilöä Kalle Malli' }).click();
  const dialog = page.getByRole('dialog', { name: 'Muokkaa henkilöä Kalle Malli' });
  await expect(dialog.getByLabel('Rooli')).toHaveValue('');
  await dialog.getByLabel('Rooli').selectOption({ label: 'Valmistelija' });
  await dialog.getByLabel('Varaesittelijä').check();
  await expectNoViolations(page, 'the person dialog with a role');
  await dialog.getByRole('button', { name: 'Tallenna henkilö' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /Kalle Malli/u })).toContainText('Valmistelija, varaesittelijä');
  const stored = (await api<SessionUser[]>(host, 'people:list', {})).find((person) => person.name === 'Kalle Malli');
  expect(stored).toMatchObject({ role: 'valmistelija', deputyPresenter: true });
  // The header's switch now offers him; editing him again keeps what was set.
  await switchUser(page, 'Kalle Malli');
  await page.getByRole('button', { name: 'Muokkaa henkilöä Kalle Malli' }).click();
  await expect(dialog.getByLabel('Rooli')).toHaveValue('valmistelija');
  await expect(dialog.getByLabel('Varaesittelijä')).toBeChecked();
});

test('a database where nobody is a user opens without asking and offers "Lisää itseni" in the header', async ({ page, startApp }) => {
  const host = await startApp({ demo: false });
  await expect(page.getByRole('navigation')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Kuka käyttää Pykälää?' })).toHaveCount(0);
  await page.getByRole('banner').getByRole('button', { name: 'Lisää itseni' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lisää itsesi käyttäjäksi' });
  await dialog.getByLabel('Nimi', { exact: true }).fill('Mikko Saari');
  await dialog.getByLabel('Rooli').selectOption({ label: 'Esittelijä' });
  await dialog.getByRole('button', { name: 'Lisää ja aloita' }).click();
  await expect(page.getByRole('banner').getByLabel('Käyttäjä').locator('option:checked')).toHaveText('Mikko Saari (Esittelijä)');
  expect((await api<Session>(host, 'session:get', {})).user?.role).toBe('esittelija');
});
