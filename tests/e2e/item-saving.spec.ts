// Autosave writes only what a person changed: opening an item is not an edit, and an export
// never goes ahead with data the last save could not store.
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { seedItemId } from '../../shared/demo/seed-item';
import type { ItemSummary } from '../../shared/ipc/channels/items';
import type { AgendaItem } from '../../shared/domain/item';
import type { RunningHost } from '../../electron/host/host';
import { api, expect, test } from './fixtures';
import { backgroundEditor, openItemsList, pointTexts, richEditor, waitSaved } from './items-helpers';
import { simpleShape } from '../../shared/domain/resolution';
import { docOf } from '../../shared/domain/rich-text-build';

const seedTitle = 'Kehittämishankkeiden ajankohtaiskatsaus 2024';

/** Versions are not on the API; the test reads the data folder's database file, read-only. */
function versionCount(dataDir: string, itemId: string): number {
  const sqlite = new Database(path.join(dataDir, 'pykala.sqlite3'), { readonly: true, fileMustExist: true });
  try {
    const row = sqlite.prepare('SELECT count(*) AS n FROM item_versions WHERE item_id = ?').get(itemId) as { n: number };
    return row.n;
  } finally {
    sqlite.close();
  }
}

async function seedSummary(host: RunningHost): Promise<ItemSummary | undefined> {
  const rows = await api<ItemSummary[]>(host, 'items:list', {});
  return rows.find((row) => row.id === seedItemId);
}

async function openSeedItem(page: Page): Promise<void> {
  await openItemsList(page);
  await page.getByRole('link', { name: seedTitle }).click();
  await expect(backgroundEditor(page).locator('[data-live-value]')).toHaveText('27');
}

/** Diaarinumero, Tila, Kokouspäivä, Muokattu: the title is the row's header, not a cell. */
const modifiedColumn = 3;

function seedRow(page: Page) {
  return page.getByRole('row').filter({ has: page.getByRole('link', { name: seedTitle }) });
}

test('opening the handled seed item and leaving it saves nothing', async ({ page, startApp, dataDir }) => {
  const host = await startApp({ demoMeetings: false }) // the seed handled, its minutes not yet checked (the demo meetings check them);
  const before = await seedSummary(host);
  expect(before?.updatedAt).toBe('2024-01-23T14:00:00.000Z');
  const versionsBefore = versionCount(dataDir, seedItemId);

  await openSeedItem(page);
  await expect(page.getByRole('note').filter({ hasText: 'Asia on käsitelty kokouksessa. Päätösehdotus on lukittu' })).toBeVisible();
  // Supplementary material is not an attachment of the minutes, and its entries do not say so.
  await expect(page.getByLabel('Oheismateriaalin 1 nimi')).toHaveValue('Yhteenveto hankkeista');
  await expect(page.getByLabel('Liitteen 1 nimi')).toHaveCount(0);
  // An export first saves whatever is pending, so once its file arrives any save the opening
  // caused has reached the database: no waiting on timers.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie päätösehdotus (Word)' }).click();
  await download;
  await waitSaved(page);

  await page.getByRole('link', { name: /Takaisin/u }).click();
  await openItemsList(page);
  await expect(seedRow(page).getByRole('cell').nth(modifiedColumn)).toHaveText('23.1.2024');
  expect((await seedSummary(host))?.updatedAt).toBe('2024-01-23T14:00:00.000Z');
  expect(versionCount(dataDir, seedItemId)).toBe(versionsBefore);
});

test('on the handled seed item the secretary records the decision', async ({ page, startApp, dataDir }) => {
  const host = await startApp({ demoMeetings: false });
  const versionsBefore = versionCount(dataDir, seedItemId);
  await openSeedItem(page);
  // The third point says "… välittömästi kokouksen yhteydessä."; the secretary rewrites its end.
  const thirdPoint = richEditor(page, 'decision').locator(':scope > ol > li').nth(2);
  await thirdPoint.click();
  await page.keyboard.press('End');
  for (let i = 0; i < 'välittömästi kokouksen yhteydessä.'.length; i += 1) await page.keyboard.press('Backspace');
  await page.keyboard.type('kokouksessa.');
  // The rich text reaches the draft a moment after typing stops; then it is saved.
  const thirdOf = (item: AgendaItem) => (simpleShape(item.decision ?? docOf()) as { points: string[] }).points[2];
  await expect.poll(async () => thirdOf(await api<AgendaItem>(host, 'items:get', { id: seedItemId }))).toBe('tarkistaa tämän pykälän kokouksessa.');
  await waitSaved(page);
  const saved = await api<AgendaItem>(host, 'items:get', { id: seedItemId });
  expect(saved.updatedAt > '2024-01-23T14:00:00.000Z').toBe(true);
  expect(versionCount(dataDir, seedItemId)).toBe(versionsBefore + 1);
  expect((await pointTexts(page, 'decision'))[2]).toBe('tarkistaa tämän pykälän kokouksessa.');
});

test('an export waits for a save the item refused and says why instead of exporting old text', async ({ page, startApp }) => {
  const host = await startApp();
  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  const title = page.getByLabel('Otsikko', { exact: true });
  await title.fill('Vietävä asia');
  await waitSaved(page);
  const downloads: string[] = [];
  page.on('download', (download) => { downloads.push(download.suggestedFilename()); });

  await title.fill('');
  await page.getByRole('button', { name: 'Vie päätösehdotus (Word)' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Asiaa ei voitu tallentaa, joten sitä ei viety.' })).toBeVisible();
  expect(downloads).toEqual([]);
  const rows = await api<ItemSummary[]>(host, 'items:list', {});
  expect(rows.map((row) => row.title)).toContain('Vietävä asia');

  // Once the title is back the save and the export go through, and the message is gone.
  await title.fill('Vietävä asia, korjattu');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie päätösehdotus (Word)' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.docx$/u);
  await expect(page.getByRole('alert').filter({ hasText: 'Asiaa ei voitu tallentaa' })).toHaveCount(0);
});
