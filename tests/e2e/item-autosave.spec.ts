// Autosave while typing, Ctrl+S, undo across the rich text, new items that leave nothing behind,
// and a save status that never says "Tallennettu" over a field error (issue 7).
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import type { RunningHost } from '../../electron/host/host';
import type { AgendaItem } from '../../shared/domain/item';
import { draftOf } from '../../shared/domain/item-schema';
import { paragraphsDoc, richToPlainText } from '../../shared/domain/rich-text';
import type { ItemSummary } from '../../shared/ipc/channels/items';
import { api, expect, test } from './fixtures';
import { backgroundEditor, openItemsList, waitSaved, addPreparer, createReviewFromTemplate } from './items-helpers';

async function storedItem(host: RunningHost): Promise<AgendaItem> {
  const created = await api<AgendaItem>(host, 'items:create', { template: 'empty' });
  const draft = { ...draftOf(created), title: 'Tallennuskoe', background: paragraphsDoc(['Ensimmäinen kappale.', 'Toinen kappale.']) };
  return api<AgendaItem>(host, 'items:update', { id: created.id, draft, expectedUpdatedAt: created.updatedAt });
}

const itemUrl = (host: RunningHost, id: string) => `${host.pageUrl}&item=${encodeURIComponent(id)}#/items`;
const getItem = (host: RunningHost, id: string) => api<AgendaItem>(host, 'items:get', { id });

async function showItem(page: Page, host: RunningHost, id: string): Promise<void> {
  await page.goto(itemUrl(host, id));
  await expect(backgroundEditor(page)).toBeVisible();
  await waitSaved(page);
}

function counts(dataDir: string): { items: number; versions: number } {
  const sqlite = new Database(path.join(dataDir, 'pykala.sqlite3'), { readonly: true, fileMustExist: true });
  try {
    const items = (sqlite.prepare('SELECT count(*) AS n FROM agenda_items').get() as { n: number }).n;
    const versions = (sqlite.prepare('SELECT count(*) AS n FROM item_versions').get() as { n: number }).n;
    return { items, versions };
  } finally {
    sqlite.close();
  }
}

/**
 * Typing without a pause, in page time: the page's clock stands still except for 100 ms after each
 * key, so the test decides how time passes and no timer fires by accident. Every 2 s (20 keys) it
 * checks that all text typed 2 s earlier is stored, and that the stored version is a newer one
 * than at the previous check: the 600 ms debounce alone would never have fired.
 */
async function typeContinuously(page: Page, host: RunningHost, id: string, type: (char: string) => Promise<void>, stored: (item: AgendaItem) => string): Promise<void> {
  const text = 'Kirjoitetaan jatkuvasti ilman taukoa, ja silti tallennetaan vahintaan kahden sekunnin valein. ';
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 1000);
  const stamps: string[] = [];
  for (let key = 1; key <= 80; key += 1) {
    await type(text.charAt(key - 1));
    await page.clock.runFor(100);
    // Half-way between the saves a 2 s rhythm makes, so no check sits on a save's moment.
    if (key % 20 === 15 && key > 20) {
      const typedBefore = text.slice(0, key - 20);
      await expect.poll(async () => stored(await getItem(host, id)).includes(typedBefore), { message: `after ${String(key)} keys (${String(key / 10)} s of typing)` }).toBe(true);
      stamps.push((await getItem(host, id)).updatedAt);
    }
  }
  // A save in every 2 s between two checks: never two checks on the same stored version.
  expect(stamps).toHaveLength(3);
  expect(new Set(stamps).size).toBe(stamps.length);
  await page.clock.resume();
}

test('continuous typing in Selostus is saved at least every 2 s', async ({ page, startApp }) => {
  await page.clock.install();
  const host = await startApp();
  const item = await storedItem(host);
  await showItem(page, host, item.id);
  await backgroundEditor(page).locator(':scope > p').last().click();
  await page.keyboard.press('Control+End');
  await typeContinuously(page, host, item.id, (char) => page.keyboard.type(char), (stored) => richToPlainText(stored.background));
});

test('continuous typing in the title is saved at least every 2 s', async ({ page, startApp }) => {
  await page.clock.install();
  const host = await startApp();
  const item = await storedItem(host);
  await showItem(page, host, item.id);
  await page.getByLabel('Otsikko', { exact: true }).press('End');
  await typeContinuously(page, host, item.id, (char) => page.keyboard.type(char), (stored) => stored.title);
});

test('Ctrl+S saves at once and says so, also with nothing left to save', async ({ page, startApp }) => {
  const host = await startApp();
  const item = await storedItem(host);
  await showItem(page, host, item.id);
  const toast = page.getByRole('status').filter({ hasText: 'Asia tallennettu.' });

  await backgroundEditor(page).locator(':scope > p').last().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Heti talteen.');
  await page.keyboard.press('Control+s');
  await expect(toast).toBeVisible();
  // The toast comes only after the save answered: the text is stored now, no waiting on timers.
  expect(richToPlainText((await getItem(host, item.id)).background)).toContain('Heti talteen.');

  await page.getByRole('button', { name: 'Sulje ilmoitus' }).click();
  await expect(toast).toHaveCount(0);
  await page.getByLabel('Otsikko', { exact: true }).press('Control+s');
  await expect(toast).toBeVisible();
});

test('the toolbar’s Kumoa and Tee uudelleen undo the newest edit, the Selostus text included', async ({ page, startApp }) => {
  const host = await startApp();
  const item = await storedItem(host);
  await showItem(page, host, item.id);
  const title = page.getByLabel('Otsikko', { exact: true });
  const editor = backgroundEditor(page);
  const undo = page.getByRole('button', { name: 'Kumoa', exact: true });
  const redo = page.getByRole('button', { name: 'Tee uudelleen' });

  await title.press('End');
  await page.keyboard.type(' muutettu');
  await editor.locator(':scope > p').last().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Lisatty lause.');

  await undo.click();
  await expect(editor).not.toContainText('Lisatty lause.');
  await expect(title).toHaveValue('Tallennuskoe muutettu');
  await undo.click();
  await expect(title).toHaveValue('Tallennuskoe');
  await expect(undo).toBeDisabled();
  await redo.click();
  await expect(title).toHaveValue('Tallennuskoe muutettu');
  await redo.click();
  await expect(editor).toContainText('Lisatty lause.');
  await expect(redo).toBeDisabled();

  // Ctrl+Z inside Selostus is its own undo, and the toolbar follows it.
  await page.keyboard.press('Control+z');
  await expect(editor).not.toContainText('Lisatty lause.');
  await redo.click();
  await expect(editor).toContainText('Lisatty lause.');
  await waitSaved(page);
  const saved = await getItem(host, item.id);
  expect(saved.title).toBe('Tallennuskoe muutettu');
  expect(richToPlainText(saved.background)).toContain('Lisatty lause.');
});

test('"Uusi tyhjä asia" opened and left untouched leaves no item and no version behind', async ({ page, startApp, dataDir }) => {
  const host = await startApp();
  const before = counts(dataDir);
  const listed = (await api<ItemSummary[]>(host, 'items:list', {})).length;
  await openItemsList(page);

  // Opened and left through the back link.
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  await expect(page.getByTestId('save-status')).toHaveText('Uusi asia – tallentuu, kun muutat sitä');
  await page.getByRole('link', { name: /Takaisin/u }).click();
  await expect(page.getByText(`${String(listed)} asiaa`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Uusi asia', exact: true })).toHaveCount(0);

  // Opened, reloaded, Ctrl+Z'd, blurred and closed.
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  await expect(page.getByLabel('Otsikko', { exact: true })).toHaveValue('Uusi asia');
  await page.reload();
  await expect(page.getByTestId('save-status')).toHaveText('Uusi asia – tallentuu, kun muutat sitä');
  // A change undone is no change either.
  await page.getByLabel('Kokouksen numero').fill('3/2025');
  await page.getByLabel('Kokouksen numero').press('Control+z');
  await expect(page.getByLabel('Kokouksen numero')).toHaveValue('');
  await expect(page.getByTestId('save-status')).toHaveText('Uusi asia – tallentuu, kun muutat sitä');
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
  expect((await api<ItemSummary[]>(host, 'items:list', {})).length).toBe(listed);
  expect(counts(dataDir)).toEqual(before);
});

test('a new item is stored once by its first change; a second tab on the same new item is told, not overwritten', async ({ page, startApp, dataDir }) => {
  const host = await startApp();
  const before = counts(dataDir);
  await openItemsList(page);
  await page.getByRole('button', { name: 'Uusi tyhjä asia' }).click();
  await expect(page.getByLabel('Otsikko', { exact: true })).toBeVisible();
  const second = await page.context().newPage();
  await second.goto(`${host.pageUrl}${page.url().replace(/^[^?]*\?/u, '&')}`);
  await expect(second.getByLabel('Otsikko', { exact: true })).toHaveValue('Uusi asia');

  await page.getByLabel('Otsikko', { exact: true }).fill('Ensimmäisen välilehden asia');
  await waitSaved(page);
  await second.getByLabel('Otsikko', { exact: true }).fill('Toisen välilehden asia');
  await expect(second.getByTestId('save-status')).toHaveText('Asiaa on muutettu toisaalla. Lataa asia uudelleen; viimeisimmät muutoksesi eivät tallentuneet.');

  const titles = (await api<ItemSummary[]>(host, 'items:list', {})).map((row) => row.title);
  expect(titles.filter((title) => title === 'Ensimmäisen välilehden asia')).toHaveLength(1);
  expect(titles).not.toContain('Toisen välilehden asia');
  expect(counts(dataDir)).toEqual({ items: before.items + 1, versions: before.versions + 1 });
  await second.getByRole('button', { name: 'Lataa asia uudelleen' }).click();
  await expect(second.getByLabel('Otsikko', { exact: true })).toHaveValue('Ensimmäisen välilehden asia');
});

test('a field error says "Ei tallennettu" even after other fields are saved, never "Tallennettu"', async ({ page, startApp }) => {
  const host = await startApp();
  const item = await storedItem(host);
  await showItem(page, host, item.id);
  const status = page.getByTestId('save-status');
  await page.getByLabel('Kokouspäivä').fill('32.13.2024');
  await expect(status).toHaveText('Ei tallennettu: Anna päivämäärä muodossa p.k.vvvv, esim. 1.1.2024.');
  await page.getByLabel('Diaarinumero').fill('KOK/5/2025');
  await expect.poll(async () => (await getItem(host, item.id)).caseNumber).toBe('KOK/5/2025');
  // The other field's save landed; the date is still not saved, and the status still says so.
  await expect(status).toHaveText('Ei tallennettu: Anna päivämäärä muodossa p.k.vvvv, esim. 1.1.2024.');
  await page.getByLabel('Kokouspäivä').fill('12.3.2025');
  await waitSaved(page);
  expect((await getItem(host, item.id)).meetingDate).toBe('2025-03-12');
});

test('"Tarkista merkityt kentät" names and marks the field, and the alert goes after the next successful save', async ({ page, startApp }) => {
  const host = await startApp();
  await openItemsList(page);
  await createReviewFromTemplate(page, '11.2.2025', '');
  await addPreparer(page);
  await page.getByRole('button', { name: 'Hyväksy esitykseksi' }).click();
  await expect(page.getByText('Tila: Hyväksytty esitykseksi')).toBeVisible();
  // An item put on an agenda by hand before meetings were kept: only such an item is marked
  // handled in the editor (one on a meeting is handled at the meeting, item-meeting.spec.ts).
  const id = new URL(page.url()).searchParams.get('item') ?? '';
  await api(host, 'items:setStatus', { id, status: 'esityslistalla' });
  await page.reload();
  await expect(page.getByText('Tila: Esityslistalla')).toBeVisible();
  await page.getByRole('button', { name: 'Merkitse käsitellyksi' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Tarkista merkityt kentät.' });
  await expect(alert).toContainText('Kirjaa ensin päätös');
  const decision = page.locator('section.editor-section').filter({ has: page.getByRole('heading', { name: 'Päätös', exact: true }) });
  await expect(decision.locator('.field__error')).toHaveText(/^Kirjaa ensin päätös/u);

  await page.getByRole('button', { name: 'Kirjoita päätös tyhjästä' }).click();
  await waitSaved(page);
  await expect(alert).toHaveCount(0);
  await expect(decision.locator('.field__error')).toHaveCount(0);
});

test('a recovery copy of an item changed elsewhere since is offered, not put back over the other change', async ({ page, startApp }) => {
  const host = await startApp();
  const item = await storedItem(host);
  const copy = { itemId: item.id, baseUpdatedAt: item.updatedAt, sending: null, draft: { ...draftOf(item), title: 'Tallentamaton otsikko' } };
  await page.evaluate((value) => { localStorage.setItem(`pykala.recovery.${value.itemId}`, JSON.stringify(value)); }, copy);
  await api(host, 'items:update', { id: item.id, draft: { ...draftOf(item), title: 'Toisaalla muutettu' }, expectedUpdatedAt: item.updatedAt });

  await showItem(page, host, item.id);
  const title = page.getByLabel('Otsikko', { exact: true });
  await expect(page.getByRole('alert').filter({ hasText: 'mutta asiaa on sen jälkeen muutettu toisaalla' })).toBeVisible();
  await expect(title).toHaveValue('Toisaalla muutettu');
  expect((await getItem(host, item.id)).title).toBe('Toisaalla muutettu');

  await page.getByRole('button', { name: 'Palauta tallentamattomat muutokset' }).click();
  await expect(title).toHaveValue('Tallentamaton otsikko');
  await waitSaved(page);
  expect((await getItem(host, item.id)).title).toBe('Tallentamaton otsikko');
  // Saved: the copy is gone, and the next opening offers nothing.
  await page.reload();
  await waitSaved(page);
  await expect(page.getByRole('alert').filter({ hasText: 'mutta asiaa on sen jälkeen muutettu toisaalla' })).toHaveCount(0);
  expect(await page.evaluate((id) => localStorage.getItem(`pykala.recovery.${id}`), item.id)).toBeNull();
});
