// Closing, reloading or leaving never loses typing (issue 7). Each trial types a unique marker into
// Selostus (or the title) of a stored item, leaves the page 0–300 ms after the last key in one
// of four ways, reopens the item and counts the marker: exactly once in the editor and in the
// stored item. A small item's text must be on the server before the item is reopened (the
// closing page's keepalive save); a draft over the browser's 64 KiB keepalive limit comes back
// from the recovery copy when the item is reopened, and is saved then.
import type { BrowserContext, Page } from '@playwright/test';
import type { RunningHost } from '../../electron/host/host';
import type { AgendaItem } from '../../shared/domain/item';
import { draftOf } from '../../shared/domain/item-schema';
import { paragraphsDoc, richToPlainText } from '../../shared/domain/rich-text';
import { api, expect, test } from './fixtures';
import { backgroundEditor, waitSaved } from './items-helpers';

const delays = [0, 50, 100, 200, 300];
/** Every delay twice per way of leaving: the reviewer saw 6 of 6 trials fail. */
const rounds = 2;
const keepaliveLimitBytes = 64 * 1024;

type Leave = 'close' | 'closeAfterBeforeUnload' | 'reload' | 'navigateAway';
const leaves: Leave[] = ['close', 'closeAfterBeforeUnload', 'reload', 'navigateAway'];

const sentence = 'Hankkeiden avulla kehitetään varhaiskasvatuksen, perusopetuksen ja lukiokoulutuksen toimintakulttuuria. ';

async function storedItem(host: RunningHost, paragraphs: number): Promise<AgendaItem> {
  const created = await api<AgendaItem>(host, 'items:create', { template: 'empty' });
  const background = paragraphsDoc(Array.from({ length: paragraphs }, (_, i) => `${String(i + 1)}. ${sentence.repeat(5)}`));
  const draft = { ...draftOf(created), title: `Sulkemiskoe ${String(paragraphs)}`, background };
  return api<AgendaItem>(host, 'items:update', { id: created.id, draft, expectedUpdatedAt: created.updatedAt });
}

const draftBytes = (item: AgendaItem) => Buffer.byteLength(JSON.stringify({ id: item.id, draft: draftOf(item), expectedUpdatedAt: item.updatedAt }));
const itemUrl = (host: RunningHost, id: string) => `${host.pageUrl}&item=${encodeURIComponent(id)}#/items`;
const count = (text: string, marker: string) => text.split(marker).length - 1;

async function showItem(page: Page, host: RunningHost, id: string): Promise<void> {
  await page.goto(itemUrl(host, id));
  await expect(backgroundEditor(page)).toBeVisible();
  await waitSaved(page);
}

async function openItem(context: BrowserContext, host: RunningHost, id: string): Promise<Page> {
  const page = await context.newPage();
  await showItem(page, host, id);
  return page;
}

/** Leaves the page as a person would; returns the page if it lives on (reload, navigation). */
async function leave(page: Page, how: Leave): Promise<Page | null> {
  switch (how) {
    case 'close':
      await page.close();
      return null;
    case 'closeAfterBeforeUnload': {
      // With beforeunload run, close() returns before the page is gone.
      const closed = page.waitForEvent('close');
      await page.close({ runBeforeUnload: true });
      await closed;
      return null;
    }
    case 'reload':
      await page.reload();
      return page;
    case 'navigateAway':
      await page.goto('about:blank');
      return page;
  }
}

interface Field {
  name: string;
  type: (page: Page, text: string) => Promise<void>;
  shown: (page: Page) => Promise<string>;
  stored: (item: AgendaItem) => string;
}

const selostus: Field = {
  name: 'Selostus',
  type: async (page, text) => {
    await backgroundEditor(page).locator(':scope > p').last().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(text);
  },
  shown: async (page) => (await backgroundEditor(page).textContent()) ?? '',
  stored: (item) => richToPlainText(item.background),
};

const title: Field = {
  name: 'Otsikko',
  type: async (page, text) => {
    await page.getByLabel('Otsikko', { exact: true }).press('End');
    await page.keyboard.type(text);
  },
  shown: (page) => page.getByLabel('Otsikko', { exact: true }).inputValue(),
  stored: (item) => item.title,
};

async function trials(context: BrowserContext, host: RunningHost, item: AgendaItem, field: Field, how: Leave): Promise<void> {
  const large = draftBytes(item) > keepaliveLimitBytes;
  for (let round = 0; round < rounds; round += 1) {
    for (const delay of delays) {
      const marker = ` ${how}${String(delay)}r${String(round)}q`;
      const page = await openItem(context, host, item.id);
      await field.type(page, marker);
      if (delay > 0) await page.waitForTimeout(delay);
      const alive = await leave(page, how);
      const storedText = async () => field.stored(await api<AgendaItem>(host, 'items:get', { id: item.id }));
      // A small draft is on the server without anyone reopening it: the closing page sent it.
      if (!large) await expect.poll(async () => count(await storedText(), marker), { message: `${field.name}, ${how} ${String(delay)} ms: stored` }).toBe(1);
      const reopened = alive ?? (await context.newPage());
      await showItem(reopened, host, item.id);
      expect(count(await field.shown(reopened), marker), `${field.name}, ${how} ${String(delay)} ms: shown`).toBe(1);
      expect(count(await storedText(), marker), `${field.name}, ${how} ${String(delay)} ms: stored after reopening`).toBe(1);
      await reopened.close();
    }
  }
}

test.describe('closing the page loses nothing typed', () => {
  // 10 trials per test, each a page opened twice: longer than one ordinary flow.
  test.setTimeout(180_000);

  for (const how of leaves) {
    test(`Selostus of a small item, ${how} 0–300 ms after the last key`, async ({ page, startApp }) => {
      const host = await startApp();
      const item = await storedItem(host, 3);
      expect(draftBytes(item)).toBeLessThan(keepaliveLimitBytes);
      await trials(page.context(), host, item, selostus, how);
    });

    test(`Selostus of a draft over 64 KiB, ${how} 0–300 ms after the last key`, async ({ page, startApp }) => {
      const host = await startApp();
      const item = await storedItem(host, 150);
      expect(draftBytes(item)).toBeGreaterThan(keepaliveLimitBytes);
      await trials(page.context(), host, item, selostus, how);
    });
  }

  test('the title, closed 0–300 ms after the last key', async ({ page, startApp }) => {
    const host = await startApp();
    const item = await storedItem(host, 3);
    await trials(page.context(), host, item, title, 'close');
    await trials(page.context(), host, item, title, 'reload');
  });
});
