// Settings → Varmuuskopiot (issue 10): a change, "Varmuuskopioi nyt", another change, and the
// backup restored through its preview: the first state is back on the screens (the one open
// included, without a reload of the page) and the list shows the safety copy made first.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { BackupEntry } from '../../shared/domain/backup';
import type { Project, ProjectListResult } from '../../shared/domain/project';
import type { RunningHost } from '../../electron/host/host';
import { api, expect, registerReady, test } from './fixtures';

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** Renames the register's first project through the service, as another window would. */
async function renameProject(host: RunningHost, id: string, nameFi: string): Promise<void> {
  const project = await api<Project>(host, 'projects:get', { id });
  await api(host, 'projects:update', { id, expectedUpdatedAt: project.updatedAt, input: { ...project, nameFi } });
}

async function saveBodyName(page: Page, name: string): Promise<void> {
  await page.getByLabel('Toimielin').fill(name);
  await page.getByRole('button', { name: 'Tallenna asetukset' }).click();
  await expect(page.getByText('Asetukset tallennettu.')).toBeVisible();
}

test.use({ viewport: { width: 1366, height: 768 } });

test('a backup made with "Varmuuskopioi nyt" is restored through its preview: the first state is back, the safety copy listed', async ({ page, startApp }) => {
  const host = await startApp();
  await registerReady(page);
  const first = (await api<ProjectListResult>(host, 'projects:list', { sortBy: 'nameFi', sortDirection: 'asc' })).rows[0];
  if (!first) throw new Error('the demo has projects');
  await renameProject(host, first.id, 'Ensimmäinen nimi ennen varmuuskopiota');

  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  await saveBodyName(page, 'Ensimmäinen lautakunta');
  const section = page.getByRole('region', { name: 'Varmuuskopiot' });
  await section.getByRole('button', { name: 'Varmuuskopioi nyt' }).click();
  await expect(page.getByRole('region', { name: 'Ilmoitukset' })).toContainText(/^Varmuuskopio tehty: \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}\./u);
  const table = section.getByRole('table', { name: 'Varmuuskopiot' });
  const manual = table.getByRole('row').filter({ hasText: 'käsin' }).filter({ hasText: 'tietokansio' });
  await expect(manual).toHaveCount(1);
  await expect(manual).toContainText('Eheys tarkistettu');
  const listed = (await api<BackupEntry[]>(host, 'backups:list', {})).find((entry) => entry.reason === 'manual' && entry.location === 'data');
  if (!listed) throw new Error('the manual backup is listed by the service');
  await expect(manual).toContainText(`${String(listed.counts.projects)} hanketta`);
  await expectNoViolations(page, 'Settings with the backups');

  // The second state: another name, another body name, saved.
  await renameProject(host, first.id, 'Toinen nimi varmuuskopion jälkeen');
  await saveBodyName(page, 'Toinen lautakunta');

  await manual.getByRole('button', { name: /^Palauta varmuuskopio .* \(tietokansio\)$/u }).click();
  const dialog = page.getByRole('dialog', { name: 'Palauta varmuuskopio' });
  const preview = dialog.getByTestId('backup-preview');
  await expect(preview).toContainText('Organisaatio');
  await expect(preview).toContainText(`${String(listed.counts.projects)} hanketta`);
  await expect(dialog).toContainText('Nykyinen tila varmuuskopioidaan ensin');
  await expectNoViolations(page, 'the restore preview');
  await page.screenshot({ path: 'test-results/e2e/backups-restore-preview.png' });
  await dialog.getByRole('button', { name: 'Palauta tämä varmuuskopio' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Ilmoitukset' })).toContainText(/^Palautettu varmuuskopiosta \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}\. Nykyinen tila varmuuskopioitiin ensin\./u);

  // The screen that was open reads the restored database: the body name is the first one again.
  await expect(page.getByLabel('Toimielin')).toHaveValue('Ensimmäinen lautakunta');
  await expect(table.getByRole('row').filter({ hasText: 'ennen palautusta' })).toHaveCount(1);
  await section.getByRole('button', { name: 'Varmuuskopioi nyt' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/e2e/backups-restored.png' });

  await page.getByRole('navigation').getByRole('link', { name: 'Hankerekisteri' }).click();
  await registerReady(page);
  await page.getByLabel('Haku', { exact: true }).fill('Ensimmäinen nimi');
  await expect(page.getByRole('row', { name: /Ensimmäinen nimi ennen varmuuskopiota/u })).toBeVisible();
  await page.getByLabel('Haku', { exact: true }).fill('Toinen nimi');
  await expect(page.getByRole('row', { name: /Toinen nimi/u })).toHaveCount(0);
  expect((await api<Project>(host, 'projects:get', { id: first.id })).nameFi).toBe('Ensimmäinen nimi ennen varmuuskopiota');
});

test('the second folder: a path that cannot be used is refused in Finnish at the field; a set one receives copies, and a missing one is said', async ({ page, startApp }) => {
  const host = await startApp();
  await registerReady(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  const section = page.getByRole('region', { name: 'Varmuuskopiot' });
  const field = section.getByLabel('Toinen kansio varmuuskopioille');
  const save = section.getByRole('button', { name: 'Tallenna kansio' });

  await field.fill('varmuuskopiot');
  await save.click();
  await expect(field).toHaveAccessibleDescription(/Anna kansion koko polku/u);
  await field.fill(path.join(os.tmpdir(), 'pykala-ei-ole-olemassa-7f3a'));
  await save.click();
  await expect(field).toHaveAccessibleDescription(/Kansiota ei löydy/u);
  expect(await api<{ secondFolder: string | null }>(host, 'backups:getSettings', {})).toEqual({ secondFolder: null });
  await expectNoViolations(page, 'the second folder refused');

  const stick = mkdtempSync(path.join(os.tmpdir(), 'pykala-e2e-stick-'));
  try {
    await field.fill(stick);
    await save.click();
    await expect(page.getByRole('region', { name: 'Ilmoitukset' })).toContainText('Toinen kansio tallennettu.');
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await section.getByRole('button', { name: 'Varmuuskopioi nyt' }).click();
    await expect(page.getByRole('region', { name: 'Ilmoitukset' })).toContainText(/^Varmuuskopio tehty: /u);
    const table = section.getByRole('table', { name: 'Varmuuskopiot' });
    await expect(table.getByRole('row').filter({ hasText: 'toinen kansio' })).toHaveCount(1);
    expect(readdirSync(stick).some((name) => name.endsWith('.sqlite3'))).toBe(true);

    // The stick is pulled out: the backup is still made, and the user is told where it is not.
    rmSync(stick, { recursive: true, force: true });
    await section.getByRole('button', { name: 'Varmuuskopioi nyt' }).click();
    await expect(page.getByRole('region', { name: 'Ilmoitukset' })).toContainText(/Toiseen kansioon sitä ei voitu kopioida: kansiota ei löydy/u);
    await expect(table.getByRole('row').filter({ hasText: 'käsin' }).filter({ hasText: 'tietokansio' })).toHaveCount(2);
  } finally {
    rmSync(stick, { recursive: true, force: true });
  }
});

test('a backup file that is not Pykälä\'s any more is refused in Finnish at its preview and nothing changes', async ({ page, startApp, dataDir }) => {
  const host = await startApp();
  await registerReady(page);
  const made = await api<BackupEntry>(host, 'backups:create', {});
  // Something overwrote the copy (another program, a broken stick).
  writeFileSync(path.join(dataDir, 'backups', made.fileName), 'ei tietokanta');
  const before = await api<ProjectListResult>(host, 'projects:list', {});
  await page.getByRole('navigation').getByRole('link', { name: 'Asetukset' }).click();
  await page.getByRole('button', { name: /^Palauta varmuuskopio .* \(tietokansio\)$/u }).click();
  const dialog = page.getByRole('dialog', { name: 'Palauta varmuuskopio' });
  await expect(dialog.getByRole('alert')).toContainText('Tiedosto ei ole Pykälän varmuuskopio');
  await expect(dialog.getByRole('button', { name: 'Palauta tämä varmuuskopio' })).toBeDisabled();
  await expectNoViolations(page, 'the refused backup');
  await dialog.getByRole('button', { name: 'Peruuta' }).click();
  expect(await api<ProjectListResult>(host, 'projects:list', {})).toEqual(before);
});
