// What a person sees when the database is not Pykälä's or its storage fails: the fault named in
// Finnish, the file left as it was, and only the ways out that can work. The data folder is a
// real tmpfs (remounted read-only, or filled up); the tests run as root, which chmod would not stop.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { openSync, readFileSync, readdirSync, rmSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openAppContext } from '../../electron/services/app-context';
import { expect, pickUser, registerReady, test } from './fixtures';
import { backgroundEditor, openItemsList, waitSaved, createReviewFromTemplate } from './items-helpers';

function mount(...args: string[]): void {
  execFileSync('mount', args, { stdio: 'pipe' });
}

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Runs `body` with a tmpfs of `size` on `dir`, unmounted afterwards whatever happens. */
async function onSmallDisk(dir: string, size: string, body: () => Promise<void>): Promise<void> {
  mount('-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir);
  try {
    await body();
  } finally {
    execFileSync('umount', ['-l', dir], { stdio: 'pipe' });
  }
}

test('another program’s SQLite file: its own message, untouched, and a fresh start works', async ({ page, dataDir, startApp }) => {
  const file = path.join(dataDir, 'pykala.sqlite3');
  const raw = new Database(file);
  raw.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('Karjalanpiirakka')");
  raw.close();
  const before = sha256(file);

  await startApp();
  await expect(page.getByRole('heading', { level: 1, name: 'Tietokantaa ei voitu avata' })).toBeVisible();
  await expect(page.getByText('Tiedosto on toisen ohjelman tietokanta, ei Pykälän.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yritä uudelleen' })).toHaveCount(0);
  expect(sha256(file)).toBe(before);
  expect(readdirSync(dataDir)).toEqual(['pykala.sqlite3']);

  await page.getByRole('button', { name: 'Aloita esimerkkiaineistolla' }).click();
  // A new demo database asks who is working first (issue 9).
  await pickUser(page);
  await registerReady(page);
  expect(sha256(file)).toBe(before);
});

test('a read-only data folder: named, no new-file buttons it cannot honour, and "Yritä uudelleen" opens it once writable', async ({ page, dataDir, startApp }) => {
  await onSmallDisk(dataDir, '16m', async () => {
    openAppContext({ dataDir, seedDemoIfNew: true }).close();
    mount('-o', 'remount,ro', dataDir);
    const host = await startApp();
    try {
      await expect(page.getByText('Tietokantaan ei voi kirjoittaa', { exact: false })).toBeVisible();
      await expect(page.getByText('Tietokannan kansioon ei voi kirjoittaa, joten uutta tietokantaa ei voi aloittaa siellä.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Aloita esimerkkiaineistolla' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Aloita tyhjällä tietokannalla' })).toHaveCount(0);

      await page.getByRole('button', { name: 'Yritä uudelleen' }).click();
      await expect(page.getByText('Tiedostoa ei vieläkään voitu avata.')).toBeVisible();

      mount('-o', 'remount,rw', dataDir);
      await page.getByRole('button', { name: 'Yritä uudelleen' }).click();
      // Its users are asked for: nobody was chosen while it could not be opened (issue 9).
      await pickUser(page);
      await registerReady(page);
      await page.getByLabel('Käynnissä päivänä').fill('1.1.2024');
      await expect(page.getByTestId('totals-count')).toHaveText('27');
    } finally {
      await host.close();
    }
  });
});

test('a full disk during an autosave: "Levy on täynnä" beside the editor, and the next save after freeing space stores it', async ({ page, dataDir, startApp }) => {
  await onSmallDisk(dataDir, '24m', async () => {
    // Made and closed first, so that the app starts with an empty -wal: a save then needs new
    // space on the disk (a -wal grown earlier would take it in its own free pages).
    openAppContext({ dataDir, seedDemoIfNew: true }).close();
    const host = await startApp();
    try {
      // A new draft (the demo item is handled, its background frozen).
      await openItemsList(page);
      await createReviewFromTemplate(page);
      const editor = backgroundEditor(page);
      await expect(editor).toBeVisible();
      // A new item is stored by its first change.
      await page.getByLabel('Diaarinumero').fill('KOK/1/2025');
      await waitSaved(page);

      const filler = path.join(dataDir, 'filler.bin');
      const fd = openSync(filler, 'w');
      try {
        for (;;) writeSync(fd, Buffer.alloc(64 * 1024, 1));
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOSPC') throw error;
      } finally {
        closeSync(fd);
      }
      // A long paste needs new pages in the -wal, and there is no room for them.
      await editor.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.insertText(` ${'Pitkä lisäys ilman tilaa. '.repeat(20_000)}`);
      await expect(page.getByTestId('save-status')).toContainText('Levy on täynnä', { timeout: 20_000 });

      rmSync(filler);
      await page.keyboard.insertText(' Nyt on tilaa.');
      await waitSaved(page);
    } finally {
      await host.close();
    }
  });
});
