// The exchange file in the app (issue 10): everything exported from one app ("Vie kaikki", a
// download) and imported into a second app on its own data folder: the dry run's report first,
// then "Tuo"; the same file again changes nothing; a project changed on both sides is a conflict
// that the user settles with "Ota tuotu versio". The meeting page and the item editor export too.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { startHost } from '../../electron/host/host';
import type { RunningHost } from '../../electron/host/host';
import type { ExchangeConflict } from '../../shared/domain/exchange';
import type { Project, ProjectListResult } from '../../shared/domain/project';
import { api, expect, pickUser, registerReady, rendererDir, test } from './fixtures';
import { openMeetings, openSettings } from './meetings-helpers';

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice']).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** "Vie kaikki" in settings; the downloaded file's path. */
async function exportAll(page: Page): Promise<string> {
  await openSettings(page);
  const download = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Siirtotiedosto' }).getByRole('button', { name: 'Vie kaikki' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pykala$/u);
  await expect(page.getByRole('region', { name: 'Ilmoitukset' })).toContainText(/^Siirtotiedosto .*\.pykala tallennettu\./u);
  return file.path();
}

/** "Tuo siirtotiedosto" with the file; returns the dry run's dialog. */
async function chooseFile(page: Page, file: string) {
  await openSettings(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Tuo siirtotiedosto' }).click();
  await (await chooser).setFiles({ name: 'kaikki.pykala', mimeType: 'application/octet-stream', buffer: readFileSync(file) });
  const dialog = page.getByRole('dialog', { name: 'Tuo siirtotiedosto: esikatselu' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function renameProject(host: RunningHost, id: string, nameFi: string): Promise<void> {
  const project = await api<Project>(host, 'projects:get', { id });
  await api(host, 'projects:update', { id, expectedUpdatedAt: project.updatedAt, input: { ...project, nameFi } });
}

test.use({ viewport: { width: 1366, height: 768 } });

test('everything exported from one app is imported into another after a dry run; a conflict is settled with the incoming version', async ({ page, startApp }) => {
  const office = await startApp();
  await registerReady(page);
  const officeProjects = await api<ProjectListResult>(office, 'projects:list', {});
  const file = await exportAll(page);

  const laptopDir = mkdtempSync(path.join(os.tmpdir(), 'pykala-e2e-laptop-'));
  const laptop = await startHost({ dataDir: laptopDir, rendererDir, seedDemoIfNew: false });
  try {
    await page.goto(laptop.pageUrl);
    await registerReady(page);
    expect((await api<ProjectListResult>(laptop, 'projects:list', {})).rows.length).toBe(0);

    const dryRun = await chooseFile(page, file);
    const report = dryRun.getByTestId('exchange-report');
    // Projects are not the only records: the count covers people, bodies, items and meetings too.
    await expect(report).toContainText(/Lisätään: \d+/u);
    await expect(report.getByRole('region', { name: 'Lisättävät' })).toContainText(`Hanke: ${officeProjects.rows[0]?.nameFi ?? ''}`);
    await expect(report).toContainText('tämä tietokanta liitetään organisaatioon');
    await expect(dryRun).toContainText('Mitään ei ole vielä tallennettu');
    await expectNoViolations(page, 'the exchange dry run');
    await page.screenshot({ path: 'test-results/e2e/exchange-dry-run.png' });
    // The dry run wrote nothing.
    expect((await api<ProjectListResult>(laptop, 'projects:list', {})).rows.length).toBe(0);

    await dryRun.getByRole('button', { name: 'Tuo', exact: true }).click();
    const done = page.getByRole('dialog', { name: 'Siirtotiedosto tuotu' });
    await expect(done).toContainText(/Lisätty: \d+/u);
    await expect(done).toContainText('tämä tietokanta liitettiin organisaatioon');
    await page.screenshot({ path: 'test-results/e2e/exchange-imported.png' });
    await done.getByRole('button', { name: 'Sulje' }).click();
    // The office's people came with their roles: once the report is closed, the laptop asks who is working.
    await pickUser(page);
    expect((await api<ProjectListResult>(laptop, 'projects:list', {})).rows.length).toBe(officeProjects.rows.length);
    await page.getByRole('navigation').getByRole('link', { name: 'Hankerekisteri' }).click();
    await registerReady(page);
    await expect(page.getByTestId('totals-count')).toHaveText(String(officeProjects.rows.length));

    // Records that this machine also had, changed (the appeal texts its new database began with),
    // are conflicts: listed with both choices; the incoming version taken here for each.
    const conflicts = page.getByRole('table', { name: 'Avoimet ristiriidat' });
    const open = await api<ExchangeConflict[]>(laptop, 'exchange:conflicts', {});
    await openSettings(page);
    await expect(conflicts.getByRole('row')).toHaveCount(open.length === 0 ? 0 : open.length + 1);
    if (open.length > 0) {
      await expectNoViolations(page, 'the open conflicts');
      await conflicts.scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'test-results/e2e/exchange-conflicts.png' });
    }
    for (const conflict of open) {
      await conflicts.getByRole('button', { name: `Ota tuotu versio: ${conflict.title}` }).first().click();
      await expect(page.getByRole('region', { name: 'Ilmoitukset' })).toContainText(`Otettiin tuotu versio: ${conflict.title}.`);
    }
    await expect(page.getByText('Ei avoimia ristiriitoja.')).toBeVisible();
    expect(await api<ExchangeConflict[]>(laptop, 'exchange:conflicts', {})).toEqual([]);

    // The same file again: nothing new, nothing offered to import.
    const again = await chooseFile(page, file);
    await expect(again).toContainText('Tiedostossa ei ole mitään uutta tälle koneelle.');
    await expect(again).toContainText('ei muutoksia');
    await expect(again.getByRole('button', { name: 'Tuo', exact: true })).toHaveCount(0);
    await again.getByRole('button', { name: 'Peruuta' }).click();

    // One project changed on both machines: the laptop keeps its own until the user chooses.
    const shared = officeProjects.rows[0];
    if (!shared) throw new Error('the demo has projects');
    await renameProject(laptop, shared.id, 'Kannettavalla muutettu nimi');
    await renameProject(office, shared.id, 'Toimistolla muutettu nimi');
    await page.goto(office.pageUrl);
    await registerReady(page);
    const second = await exportAll(page);
    await page.goto(laptop.pageUrl);
    await registerReady(page);
    const conflicting = await chooseFile(page, second);
    await expect(conflicting.getByRole('region', { name: 'Ristiriidat' })).toContainText('Hanke: ');
    await expect(conflicting).toContainText('Ristiriitoja: 1');
    await conflicting.getByRole('button', { name: 'Tuo', exact: true }).click();
    await page.getByRole('dialog', { name: 'Siirtotiedosto tuotu' }).getByRole('button', { name: 'Sulje' }).click();
    expect((await api<Project>(laptop, 'projects:get', { id: shared.id })).nameFi).toBe('Kannettavalla muutettu nimi');
    await expect(conflicts.getByRole('row')).toHaveCount(2);
    await conflicts.getByRole('button', { name: /^Ota tuotu versio: /u }).click();
    await expect(page.getByText('Ei avoimia ristiriitoja.')).toBeVisible();
    expect((await api<Project>(laptop, 'projects:get', { id: shared.id })).nameFi).toBe('Toimistolla muutettu nimi');
    expect(await api<ExchangeConflict[]>(laptop, 'exchange:conflicts', {})).toEqual([]);
  } finally {
    await laptop.close();
    rmSync(laptopDir, { recursive: true, force: true });
  }
});

test('a refused file says why in Finnish and writes nothing', async ({ page, startApp }) => {
  const host = await startApp();
  await registerReady(page);
  const file = await exportAll(page);
  // One part's bytes changed after the manifest's hash was taken.
  const zip = await JSZip.loadAsync(readFileSync(file));
  const part = Object.keys(zip.files).find((name) => name.startsWith('projects/'));
  if (!part) throw new Error('the export holds projects');
  zip.file(part, (await zip.file(part)?.async('string') ?? '').replace(/"name_fi":"/u, '"name_fi":"X'));
  const tampered = path.join(path.dirname(file), 'tampered.pykala');
  writeFileSync(tampered, await zip.generateAsync({ type: 'nodebuffer' }));
  const before = await api<ProjectListResult>(host, 'projects:list', {});

  await openSettings(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Tuo siirtotiedosto' }).click();
  await (await chooser).setFiles(tampered);
  const refused = page.getByRole('alertdialog', { name: 'Siirtotiedostoa ei voitu tuoda' });
  await expect(refused).toContainText(/vioittunut|muutettu/u);
  await expectNoViolations(page, 'the refused exchange file');
  await refused.getByRole('button', { name: 'Sulje' }).click();
  expect(await api<ProjectListResult>(host, 'projects:list', {})).toEqual(before);
});

test('the meeting page and the item editor export their own exchange file', async ({ page, startApp }) => {
  await startApp();
  await registerReady(page);
  await openMeetings(page);
  await page.getByLabel('Vuosi', { exact: true }).fill('2024');
  // The planned meeting opens on its agenda, whose items link to the editor.
  await page.getByRole('link', { name: 'Avaa kokous Sivistyslautakunta 2/2024' }).click();
  const meetingDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie siirtotiedostoon' }).click();
  const meetingFile = await meetingDownload;
  expect(meetingFile.suggestedFilename()).toMatch(/\.pykala$/u);
  const meetingZip = await JSZip.loadAsync(readFileSync(await meetingFile.path()));
  const manifest = JSON.parse((await meetingZip.file('manifest.json')?.async('string')) ?? '{}') as { scope: { kind: string }; parts: { kind: string; title: string }[] };
  expect(manifest.scope.kind).toBe('meeting');
  // The meeting itself (an item tabled at 1/2024 brings that meeting along as its earlier handling).
  expect(manifest.parts.filter((entry) => entry.kind === 'meeting').map((entry) => entry.title)).toContain('Sivistyslautakunta 2/2024');
  // Every item on its agenda is in it.
  const agendaTitles = (await page.getByRole('link', { name: /^Avaa asia /u }).evaluateAll((links) => links.map((link) => link.getAttribute('aria-label') ?? ''))).map((name) => name.replace(/^Avaa asia /u, ''));
  expect(agendaTitles.length).toBeGreaterThan(1);
  const itemTitles = manifest.parts.filter((entry) => entry.kind === 'item').map((entry) => entry.title);
  for (const title of agendaTitles) expect(itemTitles).toContain(title);

  await page.getByRole('link', { name: /^Avaa asia /u }).first().click();
  await expect(page.getByTestId('save-status')).toBeVisible();
  const itemDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie siirtotiedostoon' }).click();
  const itemFile = await itemDownload;
  const itemZip = await JSZip.loadAsync(readFileSync(await itemFile.path()));
  const itemManifest = JSON.parse((await itemZip.file('manifest.json')?.async('string')) ?? '{}') as { scope: { kind: string }; parts: { kind: string }[] };
  expect(itemManifest.scope.kind).toBe('item');
  expect(itemManifest.parts.filter((entry) => entry.kind === 'item')).toHaveLength(1);
});
