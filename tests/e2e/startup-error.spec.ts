// A file that is not a database: clear Finnish message, file untouched, fresh start offered.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, pickUser, registerReady, test } from './fixtures';

test('a garbage database file gets the startup-error screen, stays byte-identical, and recovery to demo works', async ({ page, dataDir, startApp }) => {
  mkdirSync(dataDir, { recursive: true });
  const badFile = path.join(dataDir, 'pykala.sqlite3');
  const garbage = Buffer.from('Tämä ei ole SQLite-tietokanta vaan pelkkää tekstiä.\n'.repeat(200), 'utf8');
  writeFileSync(badFile, garbage);

  await startApp();
  await expect(page.getByRole('heading', { level: 1, name: 'Tietokantaa ei voitu avata' })).toBeVisible();
  await expect(page.getByText('Tiedosto ei ole Pykälän tietokanta. Tiedostoa ei muutettu.')).toBeVisible();
  await expect(page.getByText(`Tiedosto: ${badFile}`)).toBeVisible();
  expect(readFileSync(badFile).equals(garbage)).toBe(true);

  await page.getByRole('button', { name: 'Aloita esimerkkiaineistolla' }).click();
  // A new demo database asks who is working first (issue 9).
  await pickUser(page);
  await registerReady(page);
  await page.getByLabel('Käynnissä päivänä').fill('1.1.2024');
  await expect(page.getByTestId('totals-count')).toHaveText('27');
  expect(readFileSync(badFile).equals(garbage)).toBe(true);
  expect(readdirSync(dataDir).filter((name) => name.endsWith('.sqlite3')).length).toBe(2);
});
